// CPP501 banned-function: Function that cannot bound what it writes (gets, strcpy, sprintf, scanf %s) or is not
// thread-safe. The calls it reports are model data (rules/models/banned-functions.yaml), call-checks of this rule.
#include "analysis/CallCheckRule.h"
#include "rules/BuiltInRules.h"

namespace cppsec {

std::unique_ptr<Rule> makeBannedFunction(const ModelIndex &) {
  return std::make_unique<CallCheckRule>(
      RuleInfo{.id = "CPP501",
               .name = "banned-function",
               .shortDescription =
                   "Function that cannot bound what it writes (gets, strcpy, sprintf, scanf %s) or is not thread-safe",
               .fullDescription =
                   "gets, strcpy, strcat, sprintf, vsprintf and scanf-family %s conversions without a width write as "
                   "much as their input holds, whatever the size of the destination, and strtok keeps its state in a "
                   "global that a server's threads share. Each finding names the bounded or re-entrant replacement.",
               .cwes = {242, 676},
               .severity = Severity::Medium,
               .confidence = Confidence::High,
               .tags = {"security", "memory"},
               .help = {}});
}

}  // namespace cppsec
