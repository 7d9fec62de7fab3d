// CPP410 weak-password-hash: Password hashed with a fast hash, too little work, or a constant salt. The calls it
// reports are model data (rules/models/password-hashing.yaml), call-checks of this rule.
#include "analysis/CallCheckRule.h"
#include "rules/BuiltInRules.h"

namespace cppsec {

std::unique_ptr<Rule> makeWeakPasswordHash(const ModelIndex &) {
  return std::make_unique<CallCheckRule>(
      RuleInfo{.id = "CPP410",
               .name = "weak-password-hash",
               .shortDescription = "Password hashed with a fast hash, too little work, or a constant salt",
               .fullDescription =
                   "A password goes through a fast digest (MD5, SHA-1, SHA-2), or a password hash gets less work than "
                   "OWASP's minimums (PBKDF2 iterations, Argon2id memory and passes, scrypt N, bcrypt cost), or a "
                   "constant salt. A stolen table of such hashes is brute-forced at billions of guesses per second, "
                   "and a constant salt lets one precomputed table crack every entry. Use Argon2id (libsodium "
                   "crypto_pwhash_str) with at least OWASP's parameters and a random salt per password.",
               .cwes = {916, 759, 760},
               .severity = Severity::High,
               .confidence = Confidence::High,
               .tags = {"security", "crypto", "passwords"},
               .help = {}});
}

}  // namespace cppsec
