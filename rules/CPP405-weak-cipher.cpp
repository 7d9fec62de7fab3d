// CPP405 weak-cipher: Broken cipher (DES, 3DES, RC2, RC4, Blowfish), ECB mode or no cipher. The calls it reports are
// model data (rules/models/weak-cipher.yaml), call-checks of this rule.
#include "analysis/CallCheckRule.h"
#include "rules/BuiltInRules.h"

namespace cppsec {

std::unique_ptr<Rule> makeWeakCipher(const ModelIndex &) {
  return std::make_unique<CallCheckRule>(RuleInfo{
      .id = "CPP405",
      .name = "weak-cipher",
      .shortDescription = "Broken cipher (DES, 3DES, RC2, RC4, Blowfish), ECB mode or no cipher",
      .fullDescription =
          "Data is encrypted with a cipher that is broken or has 64-bit blocks (DES, 3DES, RC2, RC4, Blowfish, CAST5, "
          "IDEA), with a block cipher in ECB mode, which encrypts equal blocks to equal ciphertext, or with "
          "EVP_enc_null, which does not encrypt. Use an authenticated cipher: AES-256-GCM or ChaCha20-Poly1305.",
      .cwes = {327},
      .severity = Severity::High,
      .confidence = Confidence::High,
      .tags = {"security", "crypto"},
      .help = {}});
}

}  // namespace cppsec
