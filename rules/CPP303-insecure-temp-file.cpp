// CPP303 insecure-temp-file: Temporary file with a name another user can guess. The calls it reports are model data
// (rules/models/temp-files.yaml), call-checks of this rule.
#include "analysis/CallCheckRule.h"
#include "rules/BuiltInRules.h"

namespace cppsec {

std::unique_ptr<Rule> makeInsecureTempFile(const ModelIndex &) {
  return std::make_unique<CallCheckRule>(RuleInfo{
      .id = "CPP303",
      .name = "insecure-temp-file",
      .shortDescription = "Temporary file with a name another user can guess",
      .fullDescription =
          "tmpnam, tempnam and mktemp return a name that is free now; another local user can create it, or a symbolic "
          "link by that name, before the server opens it. A fixed path in /tmp has the same problem. Create temporary "
          "files with mkstemp or tmpfile, which open them atomically, and directories with mkdtemp.",
      .cwes = {377},
      .severity = Severity::Medium,
      .confidence = Confidence::High,
      .tags = {"security", "filesystem"},
      .help = {}});
}

}  // namespace cppsec
