#include "findings/RuleInfo.h"

#include <cctype>

namespace cppsec {

std::string RuleInfo::pascalName() const {
  std::string out;
  bool upper = true;
  for (char c : name) {
    if (c == '-' || c == '_' || c == ' ') {
      upper = true;
      continue;
    }
    out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return out;
}

std::string RuleInfo::securitySeverity() const {
  // One representative score per band of GitHub's scale.
  switch (severity) {
    case Severity::Low:
      return "3.0";
    case Severity::Medium:
      return "5.5";
    case Severity::High:
      return "8.0";
    case Severity::Critical:
      return "9.5";
  }
  return "5.5";
}

}  // namespace cppsec
