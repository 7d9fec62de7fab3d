// CPP302 weak-file-permissions: File or directory created or changed to be writable by others. The calls it reports are
// model data (rules/models/file-permissions.yaml), call-checks of this rule.
#include "analysis/CallCheckRule.h"
#include "rules/BuiltInRules.h"

namespace cppsec {

std::unique_ptr<Rule> makeWeakFilePermissions(const ModelIndex &) {
  return std::make_unique<CallCheckRule>(RuleInfo{
      .id = "CPP302",
      .name = "weak-file-permissions",
      .shortDescription = "File or directory created or changed to be writable by others",
      .fullDescription = "A mode with the world-write (0002) or group-write (0020) bit is given to chmod, fchmod, "
                         "std::filesystem::permissions, open, creat, mkdir, mkfifo or shm_open, or umask leaves "
                         "world-write open. Other local users and compromised services can then change configuration, "
                         "data or code the server trusts. Give files 0644 or 0600 and directories 0755 or 0700.",
      .cwes = {276, 732},
      .severity = Severity::Medium,
      .confidence = Confidence::High,
      .tags = {"security", "filesystem"},
      .help = {}});
}

}  // namespace cppsec
