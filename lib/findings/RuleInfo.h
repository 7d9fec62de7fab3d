#pragma once
#include <string>
#include <vector>

#include "findings/Finding.h"

namespace cppsec {

// What a rule is, independent of how it checks code: the catalogue, the reporters and the
// configuration all work from this.
struct RuleInfo {
  std::string id;    // stable, e.g. CPP201
  std::string name;  // kebab-case friendly name, e.g. sql-string-built
  std::string shortDescription;
  std::string fullDescription;
  std::vector<unsigned> cwes;
  Severity severity = Severity::Medium;
  Confidence confidence = Confidence::Medium;  // the rule's typical confidence
  std::vector<std::string> tags;
  std::string help;  // Markdown help page (docs/rules/<ID>.md)

  std::string pascalName() const;        // SqlStringBuilt, for SARIF's rule name
  std::string securitySeverity() const;  // GitHub's 0.1-10.0 score
};

}  // namespace cppsec
