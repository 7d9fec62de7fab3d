// CPP212 ssrf: Outgoing request to a host or URL taken from the request. Sources and sinks are model data
// (rules/models/*.yaml, sinks of kind url); the flow is the engine's (analysis/TaintRule).
#include "analysis/TaintRule.h"
#include "rules/BuiltInRules.h"

namespace cppsec {

std::unique_ptr<Rule> makeSsrf(const ModelIndex &) {
  return std::make_unique<TaintRule>(
      RuleInfo{.id = "CPP212",
               .name = "ssrf",
               .shortDescription = "Outgoing request to a host or URL taken from the request",
               .fullDescription =
                   "The server makes a request (libcurl's CURLOPT_URL, cpp-httplib's Client, a resolver) to "
                   "a host or URL that comes from the client's request, without testing it. An attacker "
                   "makes the server reach internal services, cloud metadata endpoints (169.254.169.254) or "
                   "local files. Allow only hosts from a fixed list, and test the value before use.",
               .cwes = {918},
               .severity = Severity::High,
               .confidence = Confidence::High,
               .tags = {"security", "web", "network"},
               .help = {}},
      TaintRuleOptions{.sinkKind = "url",
                       .sourceKinds = {"request"},
                       .what = "the URL or host",
                       .fix = "the client chooses where the server connects, internal services included; allow only "
                              "hosts from a fixed list and test the value before use",
                       .builtTextCounts = false,
                       .checksSilence = true});
}

}  // namespace cppsec
