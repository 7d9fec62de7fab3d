// CPP407 hardcoded-iv-nonce: Constant initialisation vector or nonce. The calls it reports are model data
// (rules/models/iv-nonce.yaml), call-checks of this rule.
#include "analysis/CallCheckRule.h"
#include "rules/BuiltInRules.h"

namespace cppsec {

std::unique_ptr<Rule> makeHardcodedIvNonce(const ModelIndex &) {
  return std::make_unique<CallCheckRule>(
      RuleInfo{.id = "CPP407",
               .name = "hardcoded-iv-nonce",
               .shortDescription = "Constant initialisation vector or nonce",
               .fullDescription =
                   "An encryption gets an IV or nonce that is fixed in the program: a literal, or an array that only "
                   "ever holds constants. Under one key, a repeated IV makes CBC leak which messages share a prefix, "
                   "and a repeated nonce makes CTR, GCM, ChaCha20-Poly1305 and NaCl's box and secretbox reuse their "
                   "keystream, which reveals the plaintexts and lets GCM tags be forged. Draw a fresh IV or nonce for "
                   "every message (RAND_bytes, randombytes_buf) and send it with the ciphertext.",
               .cwes = {329, 1204},
               .severity = Severity::High,
               .confidence = Confidence::High,
               .tags = {"security", "crypto"},
               .help = {}});
}

}  // namespace cppsec
