#include "findings/Finding.h"

#include <array>
#include <cctype>

namespace cppsec {
namespace {
constexpr std::array<std::string_view, 4> kSeverityNames = {"low", "medium", "high", "critical"};
constexpr std::array<std::string_view, 3> kConfidenceNames = {"low", "medium", "high"};
}  // namespace

std::string_view toString(Severity severity) {
  return kSeverityNames[static_cast<size_t>(severity)];
}
std::string_view toString(Confidence confidence) {
  return kConfidenceNames[static_cast<size_t>(confidence)];
}

std::optional<Severity> parseSeverity(std::string_view text) {
  for (size_t i = 0; i < kSeverityNames.size(); ++i)
    if (kSeverityNames[i] == text) return static_cast<Severity>(i);
  return std::nullopt;
}

std::optional<Confidence> parseConfidence(std::string_view text) {
  for (size_t i = 0; i < kConfidenceNames.size(); ++i)
    if (kConfidenceNames[i] == text) return static_cast<Confidence>(i);
  return std::nullopt;
}

std::string_view toString(Notification::Level level) {
  switch (level) {
    case Notification::Level::Error:
      return "error";
    case Notification::Level::Warning:
      return "warning";
    case Notification::Level::Note:
      return "note";
  }
  return "error";
}

std::string normaliseSnippet(std::string_view snippet) {
  std::string out;
  bool pendingSpace = false;
  for (char c : snippet) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      pendingSpace = !out.empty();
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += c;
  }
  return out;
}

}  // namespace cppsec
