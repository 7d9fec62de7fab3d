// CPP411 secret-compare-timing: a MAC, signature, token or other secret compared with a
// function that stops at the first differing byte (==, strcmp, memcmp...), so response times
// reveal how much of a guess was right. What counts as a secret is model data
// (rules/models/secret-compare.yaml): name words, and MAC/digest outputs as `sources`.
#include "analysis/FindingCollector.h"
#include "analysis/FunctionContext.h"
#include "analysis/Names.h"
#include "analysis/Rule.h"
#include "analysis/SensitiveValues.h"
#include "analysis/Summary.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "rules/BuiltInRules.h"

namespace cppsec {
namespace {

constexpr const char *kReturnsSecret = "CPP411:secret";

SensitiveValueOptions optionsFrom(const ModelSet &models) {
  return {.strongWords = models.list("secret-compare-words"),
          .weakWords = models.list("secret-compare-weak-words"),
          .qualifiers = models.list("secret-compare-qualifiers"),
          // A list of tokens is a lexer's or a router's; a secret token is singular.
          .weakPlurals = false,
          .sanitizerWords = {},
          .harmlessFunctions = models.list("size-functions"),
          .printerFunctions = {},
          .passthroughWords = models.list("passthrough-function-words"),
          .headerList = {},
          .sourceKind = "secret",
          .harmlessFillers = {},
          .summaryKey = kReturnsSecret};
}

// A comparison: where it is, how it is spelled, and its two sides.
struct Comparison {
  const clang::Expr *expr;
  std::string how;  // "==", "strcmp"
  const clang::Expr *left;
  const clang::Expr *right;
};

class SecretCompareTiming : public Rule {
 public:
  explicit SecretCompareTiming(const ModelIndex &models)
      : Rule({.id = "CPP411",
              .name = "secret-compare-timing",
              .shortDescription = "Secret compared in time that depends on its contents",
              .fullDescription =
                  "A MAC, signature, digest, token, API key or one-time password is compared with ==, compare(), "
                  "strcmp, memcmp or std::equal, which stop at the first differing byte. Timing the responses "
                  "tells an attacker how many leading bytes of a guess were right, and the secret can be "
                  "recovered byte by byte. Compare secrets with CRYPTO_memcmp or sodium_memcmp.",
              .cwes = {208},
              .severity = Severity::Medium,
              .confidence = Confidence::High,
              .tags = {"security", "crypto", "timing"},
              .help = {}}),
        finder_(optionsFrom(models.models())),
        confirmWords_(models.models().list("secret-compare-confirm-words")) {}

  void summarize(FunctionContext &function, FunctionSummary &summary) const override {
    for (const clang::Expr *value : function.returnValues())
      if (auto hit = finder_.find(function, value); hit && hit->strong) {
        summary.returnedSources[kReturnsSecret] = {hit->what, hit->range, false};
        return;
      }
  }

  void checkFunction(FunctionContext &function, FindingCollector &findings) const override {
    const clang::Stmt *body = function.function().getBody();
    if (!body) return;
    std::vector<Comparison> comparisons;
    collect(function, body, comparisons);
    for (const Comparison &comparison : comparisons) check(function, findings, comparison);
  }

 private:
  void check(FunctionContext &function, FindingCollector &findings, const Comparison &comparison) const {
    if (isEmptyValue(comparison.left) || isEmptyValue(comparison.right)) return;
    if (confirmsInput(comparison)) return;
    std::optional<SensitiveHit> best;
    std::vector<std::optional<SensitiveHit>> hits;
    for (const clang::Expr *side : {comparison.left, comparison.right}) {
      auto hit = finder_.find(function, side);
      hits.push_back(hit);
      if (!hit) continue;
      const clang::Expr *other = side == comparison.left ? comparison.right : comparison.left;
      // A weak name (token, password) against a literal is a keyword or a setting check
      // (`token == "server_name"`, `password == "changeme"`): no secret of the attacker's is timed.
      if (!hit->strong && stringLiteralIn(other)) continue;
      if (!best || (hit->strong && !best->strong)) best = hit;
    }
    // pwd vs pwd2, two locals with the same weak name: a value checked against its retyping.
    if (best && !best->strong && hits[0].has_value() && hits[1].has_value()) {
      const SensitiveHit &left = hits[0].value(), &right = hits[1].value();
      if (!left.strong && !right.strong && isVariable(comparison.left) && isVariable(comparison.right) &&
          sameWords(left.what, right.what))
        return;
    }
    if (!best) return;
    findings.report(info(), &function, comparison.expr->getSourceRange(),
                    "'" + comparison.how + "' compares a secret (" + best->what +
                        ") and returns at the first differing byte: timing it reveals how much of a guess was "
                        "right, so the secret can be recovered byte by byte (CWE-208); compare fixed-length "
                        "values with CRYPTO_memcmp (OpenSSL) or sodium_memcmp (libsodium)",
                    best->strong ? Confidence::High : Confidence::Medium,
                    {{best->range, best->what + " looks secret ('" + best->word + "')"},
                     {comparison.expr->getSourceRange(), "compared here"}});
  }

  // Walks the body (not into lambdas, which are functions of their own) for comparisons.
  void collect(FunctionContext &function, const clang::Stmt *stmt, std::vector<Comparison> &out) const {
    if (!stmt || llvm::isa<clang::LambdaExpr>(stmt)) return;
    if (const auto *rewritten = llvm::dyn_cast<clang::CXXRewrittenBinaryOperator>(stmt)) {
      // `a != b` answered by operator==: one comparison, whatever the rewrite inside.
      auto decomposed = rewritten->getDecomposedForm();
      if (comparesBytes(decomposed.LHS) || comparesBytes(decomposed.RHS))
        out.push_back(
            {rewritten, clang::BinaryOperator::getOpcodeStr(decomposed.Opcode).str(), decomposed.LHS, decomposed.RHS});
      return;
    }
    if (auto comparison = asComparison(function, stmt)) out.push_back(*comparison);
    for (const clang::Stmt *child : stmt->children()) collect(function, child, out);
  }

  std::optional<Comparison> asComparison(FunctionContext &function, const clang::Stmt *stmt) const {
    if (const auto *binary = llvm::dyn_cast<clang::BinaryOperator>(stmt)) {
      if (!binary->isEqualityOp() && binary->getOpcode() != clang::BO_Cmp) return std::nullopt;
      if (!isCharPointer(binary->getLHS()->IgnoreParenImpCasts()->getType())) return std::nullopt;
      return Comparison{binary, binary->getOpcodeStr().str(), binary->getLHS(), binary->getRHS()};
    }
    const auto *call = llvm::dyn_cast<clang::CallExpr>(stmt);
    if (!call || !call->getDirectCallee()) return std::nullopt;
    CallView view = viewCall(call);
    if (const auto *op = llvm::dyn_cast<clang::CXXOperatorCallExpr>(call)) {
      auto kind = op->getOperator();
      if (kind == clang::OO_EqualEqual || kind == clang::OO_ExclaimEqual || kind == clang::OO_Spaceship) {
        if (op->getNumArgs() != 2 || !(comparesBytes(op->getArg(0)) || comparesBytes(op->getArg(1))))
          return std::nullopt;
        // A query builder's `column == value` builds an expression; it compares nothing.
        if (kind != clang::OO_Spaceship && !op->getType()->isBooleanType()) return std::nullopt;
        return Comparison{op, clang::getOperatorSpelling(kind), op->getArg(0), op->getArg(1)};
      }
      if (kind != clang::OO_Call) return std::nullopt;  // std::ranges::equal(a, b) is a call operator
    }
    if (view.object && view.callee->getNameAsString() == "compare" && comparesBytes(view.object) && !view.args.empty())
      return Comparison{call, "compare", view.object, view.args.size() >= 3 ? view.args[2] : view.args[0]};
    if (function.models().inList("compare-functions", view.callee, function.names()) && view.args.size() >= 2) {
      // std::equal(first1, last1, first2): the second range starts at the third argument.
      const clang::Expr *second =
          view.args.size() >= 3 && !isCharPointer(view.args[1]->getType()) && view.callee->getNameAsString() == "equal"
              ? view.args[2]
              : view.args[1];
      return Comparison{call, function.names().qualifiedName(view.callee), view.args[0], second};
    }
    return std::nullopt;
  }

  static bool isCharPointer(clang::QualType type) {
    type = type.getNonReferenceType();
    clang::QualType pointee = type->isPointerType() ? type->getPointeeType() : clang::QualType();
    if (const auto *array = type->getAsArrayTypeUnsafe()) pointee = array->getElementType();
    return !pointee.isNull() && pointee->isCharType();
  }

  // Strings, string views, byte vectors and arrays: compared element by element.
  static bool comparesBytes(const clang::Expr *expr) {
    clang::QualType type = expr->IgnoreParenImpCasts()->getType().getNonReferenceType();
    if (isCharPointer(type)) return true;
    const auto *record = type->getAsCXXRecordDecl();
    const auto *spec = llvm::dyn_cast_or_null<clang::ClassTemplateSpecializationDecl>(record);
    if (!spec || !spec->isInStdNamespace()) return false;
    llvm::StringRef name = spec->getName();
    return name == "basic_string" || name == "basic_string_view" || name == "vector" || name == "array" ||
           name == "span";
  }

  // "", nullptr, NULL, 0, std::string(), {}: a comparison that asks "is it set?".
  static bool isEmptyValue(const clang::Expr *expr) {
    const clang::Expr *value = stripWrappers(expr);
    if (const auto *literal = llvm::dyn_cast<clang::StringLiteral>(value)) return literal->getLength() == 0;
    if (llvm::isa<clang::CXXNullPtrLiteralExpr, clang::GNUNullExpr>(value)) return true;
    if (const auto *integer = llvm::dyn_cast<clang::IntegerLiteral>(value)) return integer->getValue() == 0;
    if (const auto *construct = llvm::dyn_cast<clang::CXXConstructExpr>(value)) return construct->getNumArgs() == 0;
    return llvm::isa<clang::InitListExpr>(value) && llvm::cast<clang::InitListExpr>(value)->getNumInits() == 0;
  }

  static bool isVariable(const clang::Expr *expr) {
    const auto *ref = llvm::dyn_cast<clang::DeclRefExpr>(stripWrappers(expr));
    return ref && llvm::isa<clang::VarDecl>(ref->getDecl());
  }

  // "variable 'pwd'" and "variable 'pwd2'": the same words once digits are dropped.
  static bool sameWords(const std::string &a, const std::string &b) {
    return splitIdentifierWords(a) == splitIdentifierWords(b);
  }

  // new_password == confirm_password: a user's input checked against its retyping.
  bool confirmsInput(const Comparison &comparison) const {
    for (const clang::Expr *side : {comparison.left, comparison.right})
      if (std::string name = designatedName(side); !name.empty() && !confirmWords_.match(name).empty()) return true;
    return false;
  }

  SensitiveValueFinder finder_;
  SensitiveNames confirmWords_;
};

}  // namespace

std::unique_ptr<Rule> makeSecretCompareTiming(const ModelIndex &models) {
  return std::make_unique<SecretCompareTiming>(models);
}

}  // namespace cppsec
