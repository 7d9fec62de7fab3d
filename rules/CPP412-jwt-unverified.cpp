// CPP412 jwt-unverified: JSON Web Tokens accepted without a valid signature. The calls are
// model data (rules/models/jwt.yaml); this file adds jwt-cpp's jwt::decode in a function that
// never verifies the token it decoded.
#include <algorithm>

#include "analysis/CallCheckRule.h"
#include "analysis/FindingCollector.h"
#include "analysis/FunctionContext.h"
#include "analysis/Names.h"
#include "rules/BuiltInRules.h"

namespace cppsec {
namespace {

class JwtUnverified : public CallCheckRule {
 public:
  JwtUnverified()
      : CallCheckRule({.id = "CPP412",
                       .name = "jwt-unverified",
                       .shortDescription = "JSON Web Token used without verifying its signature",
                       .fullDescription =
                           "A JWT is decoded and its claims used without checking the signature (jwt-cpp's "
                           "jwt::decode with no verifier, cpp-jwt's verify(false)), or the verifier accepts the "
                           "'none' algorithm, whose tokens carry no signature. Anyone can then forge a token with "
                           "any user id or role. Verify every token with the algorithm and key you issue them "
                           "with before reading its claims.",
                       .cwes = {347},
                       .severity = Severity::High,
                       .confidence = Confidence::High,
                       .tags = {"security", "crypto", "authentication"},
                       .help = {}}) {}

  // cpp-jwt's jwt::decode(token, algorithms(...), secret(...)) verifies unless told not to
  // (verify(false), a call-check); only jwt-cpp's decode(token) leaves it to the caller.
  static bool isCppJwtDecode(const CallView &call) {
    for (const clang::Expr *arg : call.args) {
      const auto *record = arg->getType().getNonReferenceType()->getAsCXXRecordDecl();
      if (!record) continue;
      std::string name = record->getQualifiedNameAsString();
      if (name.starts_with("jwt::params::")) return true;
    }
    return false;
  }

  void checkFunction(FunctionContext &function, FindingCollector &findings) const override {
    CallCheckRule::checkFunction(function, findings);
    const ModelIndex &models = function.models();
    std::vector<const clang::Expr *> decodes;
    bool verifies = false;
    for (const clang::Expr *expr : function.calls()) {
      CallView call = viewCall(expr);
      if (!call.callee) continue;
      if (models.inList("jwt-decode-functions", call.callee, function.names()) && !isCppJwtDecode(call))
        decodes.push_back(expr);
      // jwt::verify() or the project's own verify_token(decoded): someone checks it here.
      auto words = splitIdentifierWords(call.callee->getNameAsString());
      if (models.inList("jwt-verify-functions", call.callee, function.names()) ||
          std::find(words.begin(), words.end(), "verify") != words.end() ||
          std::find(words.begin(), words.end(), "validate") != words.end())
        verifies = true;
    }
    if (verifies) return;
    for (const clang::Expr *decode : decodes)
      if (findings.firstAt(info(), decode->getBeginLoc()))
        findings.report(info(), &function, decode->getSourceRange(),
                        "the token is decoded and no verifier checks its signature in this function: its claims "
                        "are whatever the sender wrote; verify it first (jwt::verify().allow_algorithm(...)"
                        ".verify(decoded))",
                        Confidence::Medium);
  }
};

}  // namespace

std::unique_ptr<Rule> makeJwtUnverified(const ModelIndex &) {
  return std::make_unique<JwtUnverified>();
}

}  // namespace cppsec
