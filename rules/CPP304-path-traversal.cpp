// CPP304 path-traversal: File path taken from the request without canonicalising and checking it. Sources and sinks are
// model data (rules/models/*.yaml, sinks of kind path); the flow is the engine's (analysis/TaintRule).
#include "analysis/TaintRule.h"
#include "rules/BuiltInRules.h"

namespace cppsec {

std::unique_ptr<Rule> makePathTraversal(const ModelIndex &) {
  return std::make_unique<TaintRule>(
      RuleInfo{.id = "CPP304",
               .name = "path-traversal",
               .shortDescription = "File path taken from the request without canonicalising and checking it",
               .fullDescription =
                   "A file is opened, created, listed or removed by a path that comes from the request, and "
                   "the code never tests the path. '../' sequences or an absolute path then reach files "
                   "outside the folder meant to be served (configuration, keys, /etc/passwd). Canonicalise "
                   "the path (std::filesystem::weakly_canonical, realpath) and check that it is still inside "
                   "the base folder, or take only the file name (std::filesystem::path::filename).",
               .cwes = {22},
               .severity = Severity::High,
               .confidence = Confidence::High,
               .tags = {"security", "filesystem", "web"},
               .help = {}},
      TaintRuleOptions{.sinkKind = "path",
                       .sourceKinds = {"request"},
                       .what = "the file path",
                       .fix = "'../' or an absolute path reaches files outside the intended folder; canonicalise it "
                              "(std::filesystem::weakly_canonical) and check it stays inside the base folder, or keep "
                              "only its file name",
                       .builtTextCounts = false,
                       .checksSilence = true});
}

}  // namespace cppsec
