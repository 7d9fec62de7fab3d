// CPP402 tls-insecure: TLS without certificate verification, with old protocol versions or weak ciphers. The calls it
// reports are model data (rules/models/tls.yaml), call-checks of this rule.
#include "analysis/CallCheckRule.h"
#include "rules/BuiltInRules.h"

namespace cppsec {

std::unique_ptr<Rule> makeTlsInsecure(const ModelIndex &) {
  return std::make_unique<CallCheckRule>(RuleInfo{
      .id = "CPP402",
      .name = "tls-insecure",
      .shortDescription = "TLS without certificate verification, with old protocol versions or weak ciphers",
      .fullDescription =
          "Peer certificate verification is turned off (SSL_VERIFY_NONE, CURLOPT_SSL_VERIFYPEER 0, asio verify_none, "
          "httplib's enable_server_certificate_verification(false), Qt's VerifyNone), the host name is not checked, a "
          "protocol below TLS 1.2 is chosen or allowed, or the cipher list enables NULL, export, RC4, DES, MD5 or "
          "anonymous suites. Anyone on the network path can then read and change the traffic. Keep verification on, "
          "require TLS 1.2 or later and use the library's default ciphers.",
      .cwes = {295, 326, 757},
      .severity = Severity::High,
      .confidence = Confidence::High,
      .tags = {"security", "crypto", "tls"},
      .help = {}});
}

}  // namespace cppsec
