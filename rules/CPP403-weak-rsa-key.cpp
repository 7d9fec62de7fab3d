// CPP403 weak-rsa-key: RSA, DSA or DH key under 2048 bits, or an elliptic curve under 224 bits. The calls it reports
// are model data (rules/models/key-sizes.yaml), call-checks of this rule.
#include "analysis/CallCheckRule.h"
#include "rules/BuiltInRules.h"

namespace cppsec {

std::unique_ptr<Rule> makeWeakRsaKey(const ModelIndex &) {
  return std::make_unique<CallCheckRule>(RuleInfo{
      .id = "CPP403",
      .name = "weak-rsa-key",
      .shortDescription = "RSA, DSA or DH key under 2048 bits, or an elliptic curve under 224 bits",
      .fullDescription =
          "Keys are generated with a size that current factoring and discrete-logarithm attacks reach: RSA, DSA or "
          "Diffie-Hellman under 2048 bits, or a named elliptic curve under 224 bits. NIST SP 800-131A disallows them. "
          "Generate RSA keys of at least 2048 bits (3072 for use beyond 2030), or use P-256, X25519 or Ed25519.",
      .cwes = {326},
      .severity = Severity::High,
      .confidence = Confidence::High,
      .tags = {"security", "crypto"},
      .help = {}});
}

}  // namespace cppsec
