// CPP204 command-injection: Shell command built from request data or other non-constant text. Sources and sinks are
// model data (rules/models/*.yaml, sinks of kind command); the flow is the engine's (analysis/TaintRule).
#include "analysis/TaintRule.h"
#include "rules/BuiltInRules.h"

namespace cppsec {

std::unique_ptr<Rule> makeCommandInjection(const ModelIndex &) {
  return std::make_unique<TaintRule>(
      RuleInfo{.id = "CPP204",
               .name = "command-injection",
               .shortDescription = "Shell command built from request data or other non-constant text",
               .fullDescription =
                   "A command line run through the shell (system, popen, execl with sh -c, wordexp) contains request "
                   "data, or is assembled at run time from non-constant parts. Shell metacharacters in that text (; | "
                   "` $( ) &&) run commands of the attacker's choice. Run the program directly with an argument vector "
                   "(posix_spawn, execv) and no shell, or allow only values from a fixed list.",
               .cwes = {78},
               .severity = Severity::High,
               .confidence = Confidence::High,
               .tags = {"security", "injection"},
               .help = {}},
      TaintRuleOptions{.sinkKind = "command",
                       .sourceKinds = {"request"},
                       .what = "the shell command",
                       .fix = "characters such as ; | ` $( ) in it run other commands; run the program with an "
                              "argument vector (posix_spawn, execv) instead of a shell, or allow only known values",
                       .builtTextCounts = true,
                       .checksSilence = false});
}

}  // namespace cppsec
