// CPP124 insecure-cookie: Cookie set without Secure, HttpOnly or SameSite. The calls it reports are model data
// (rules/models/cookies.yaml), call-checks of this rule.
#include "analysis/CallCheckRule.h"
#include "rules/BuiltInRules.h"

namespace cppsec {

std::unique_ptr<Rule> makeInsecureCookie(const ModelIndex &) {
  return std::make_unique<CallCheckRule>(RuleInfo{
      .id = "CPP124",
      .name = "insecure-cookie",
      .shortDescription = "Cookie set without Secure, HttpOnly or SameSite",
      .fullDescription = "A Set-Cookie header is built without the Secure attribute (the cookie also travels over "
                         "plain HTTP), without HttpOnly (scripts injected into the page can read it) or without "
                         "SameSite=Lax or Strict (other sites' requests carry it, which enables CSRF), or a framework "
                         "cookie object has these turned off. Session and authentication cookies need all three.",
      .cwes = {614, 1004, 1275},
      .severity = Severity::Medium,
      .confidence = Confidence::High,
      .tags = {"security", "web"},
      .help = {}});
}

}  // namespace cppsec
