// CPP401 weak-hash: MD4, MD5, SHA-1 and RIPEMD-160. The calls are model data
// (rules/models/weak-hash.yaml); this file sets the confidence from what the enclosing
// function says it does: protecting something (hash_password) or not (compute_etag).
#include "analysis/CallCheckRule.h"
#include "analysis/FunctionContext.h"
#include "analysis/Names.h"
#include "rules/BuiltInRules.h"

namespace cppsec {
namespace {

class WeakHash : public CallCheckRule {
 public:
  explicit WeakHash(const ModelIndex &models)
      : CallCheckRule({.id = "CPP401",
                       .name = "weak-hash",
                       .shortDescription = "Broken hash function (MD4, MD5, SHA-1)",
                       .fullDescription =
                           "MD4, MD5, SHA-1 and RIPEMD-160 have practical collision attacks: two inputs with "
                           "the same digest can be made on demand, so the digest no longer stands for one "
                           "document, certificate, token or password. Use SHA-256 or better, and a password "
                           "hash (Argon2id, scrypt, bcrypt, PBKDF2) for passwords. Checksums and cache keys "
                           "that no attacker chooses are reported at low confidence.",
                       .cwes = {327, 328},
                       .severity = Severity::Medium,
                       .confidence = Confidence::Medium,
                       .tags = {"security", "crypto"},
                       .help = {}}),
        security_(models.models().list("weak-hash-security-words"), {}, true),
        benign_(models.models().list("weak-hash-benign-words"), {}, true) {}

 protected:
  bool accept(FunctionContext &function, const CallView &call, const CallCheck &check,
              Confidence &confidence) const override {
    // HMAC(EVP_sha1(), ...): HMAC does not rely on collision resistance.
    for (const clang::Stmt *up = function.parent(call.expr); up; up = function.parent(up)) {
      if (const auto *outer = llvm::dyn_cast<clang::CallExpr>(up)) {
        if (function.models().inList("hmac-functions", outer->getDirectCallee(), function.names())) return false;
        break;
      }
      if (const auto *construct = llvm::dyn_cast<clang::CXXConstructExpr>(up)) {
        if (function.models().inList("hmac-functions", construct->getConstructor(), function.names())) return false;
        break;
      }
      if (!llvm::isa<clang::ImplicitCastExpr, clang::ParenExpr, clang::CStyleCastExpr, clang::MaterializeTemporaryExpr>(
              up))
        break;
    }
    if (check.confidence) return true;
    std::string name = function.function().getNameAsString();
    if (const auto *method = llvm::dyn_cast<clang::CXXMethodDecl>(&function.function()))
      name = method->getParent()->getNameAsString() + "_" + name;
    if (!security_.match(name).empty())
      confidence = Confidence::High;
    else if (!benign_.match(name).empty())
      confidence = Confidence::Low;
    return true;
  }

 private:
  SensitiveNames security_;
  SensitiveNames benign_;
};

}  // namespace

std::unique_ptr<Rule> makeWeakHash(const ModelIndex &models) {
  return std::make_unique<WeakHash>(models);
}

}  // namespace cppsec
