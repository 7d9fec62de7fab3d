// CPP211 open-redirect: Redirect to a URL taken from the request without a check. Sources and sinks are model data
// (rules/models/*.yaml, sinks of kind redirect); the flow is the engine's (analysis/TaintRule).
#include "analysis/TaintRule.h"
#include "rules/BuiltInRules.h"

namespace cppsec {

std::unique_ptr<Rule> makeOpenRedirect(const ModelIndex &) {
  return std::make_unique<TaintRule>(
      RuleInfo{.id = "CPP211",
               .name = "open-redirect",
               .shortDescription = "Redirect to a URL taken from the request without a check",
               .fullDescription = "A response redirects (a Location header, a framework's redirect helper) to a URL "
                                  "that comes from the request, and the code never tests it. An attacker's link to the "
                                  "trusted site then forwards victims to a phishing page. Redirect only to relative "
                                  "paths or to hosts on an allowlist, and test the value before use.",
               .cwes = {601},
               .severity = Severity::Medium,
               .confidence = Confidence::High,
               .tags = {"security", "web"},
               .help = {}},
      TaintRuleOptions{.sinkKind = "redirect",
                       .sourceKinds = {"request"},
                       .what = "the redirect target",
                       .fix = "a link to this site can send the visitor to any other site; accept only relative paths "
                              "or hosts from an allowlist",
                       .builtTextCounts = false,
                       .checksSilence = true});
}

}  // namespace cppsec
