// The argument tests of model conditions (`when:`), on a FunctionContext: constant names,
// integer values, literal text, the call that made an argument, constant or not.
#include <algorithm>

#include "analysis/FunctionContext.h"
#include "analysis/Names.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Lex/Lexer.h"

namespace cppsec {
namespace {

constexpr unsigned kMaxValueDepth = 4;

const clang::Expr *withoutDefault(const clang::Expr *expr) {
  if (const auto *defaulted = llvm::dyn_cast_or_null<clang::CXXDefaultArgExpr>(expr)) return defaulted->getExpr();
  return expr;
}

// A conversion that builds an object from one constant (QHostAddress from QHostAddress::Any).
const clang::Expr *throughConversion(const clang::Expr *expr) {
  const clang::Expr *value = stripWrappers(withoutDefault(expr));
  // std::string("Location") has a defaulted allocator argument too.
  const auto *construct = llvm::dyn_cast_or_null<clang::CXXConstructExpr>(value);
  if (!construct || construct->getNumArgs() == 0 || construct->getConstructor()->isCopyOrMoveConstructor()) return expr;
  for (unsigned i = 1; i < construct->getNumArgs(); ++i)
    if (!llvm::isa<clang::CXXDefaultArgExpr>(construct->getArg(i))) return expr;
  return construct->getArg(0);
}

}  // namespace

std::string FunctionContext::constantName(const clang::Expr *expr) const {
  if (!expr) return {};
  expr = throughConversion(expr);
  if (const auto *ref = llvm::dyn_cast<clang::DeclRefExpr>(stripWrappers(expr)))
    if (const auto *constant = llvm::dyn_cast<clang::EnumConstantDecl>(ref->getDecl()))
      return constant->getNameAsString();
  if (const auto *literal = llvm::dyn_cast<clang::StringLiteral>(stripWrappers(expr)))
    return literal->getCharByteWidth() == 1 ? literal->getString().str() : std::string();
  // A macro constant (SSL_VERIFY_NONE): the macro whose body produced the first token. A
  // token that is a macro's argument (everything inside curl's curl_easy_setopt macro) is
  // followed back to where it was written.
  const auto &sources = context_.getSourceManager();
  clang::SourceLocation location = expr->IgnoreParenImpCasts()->getBeginLoc();
  while (location.isMacroID()) {
    if (!sources.isMacroArgExpansion(location))
      return clang::Lexer::getImmediateMacroName(location, sources, context_.getLangOpts()).str();
    location = sources.getImmediateSpellingLoc(location);
  }
  return {};
}

std::optional<long long> FunctionContext::integerValue(const clang::Expr *expr, unsigned depth) const {
  expr = withoutDefault(expr);
  if (!expr || expr->isValueDependent() || expr->isTypeDependent()) return std::nullopt;
  clang::Expr::EvalResult result;
  if (expr->EvaluateAsInt(result, context_)) return result.Val.getInt().trySExtValue();
  const auto *ref = llvm::dyn_cast<clang::DeclRefExpr>(expr->IgnoreParenImpCasts());
  const auto *var = ref ? llvm::dyn_cast<clang::VarDecl>(ref->getDecl()) : nullptr;
  if (!var || !var->isLocalVarDecl() || depth >= kMaxValueDepth) return std::nullopt;
  auto found = writes_.find(var);
  if (found == writes_.end()) return std::nullopt;
  Reaching reaching = writesReaching(found->second, ref);
  if (!reaching.replaced || reaching.writes.empty()) return std::nullopt;
  std::optional<long long> value;
  for (const Write *write : reaching.writes) {
    if (write->unknown || write->concat || write->parts.size() != 1) return std::nullopt;
    auto each = integerValue(write->parts.front(), depth + 1);
    if (!each || (value && *value != *each)) return std::nullopt;
    value = each;
  }
  return value;
}

bool FunctionContext::builtFromLiteralMatching(const clang::Expr *expr, const std::string &pattern) const {
  auto &regex = regexes_[pattern];
  if (!regex) regex = std::make_unique<llvm::Regex>(pattern, llvm::Regex::IgnoreCase);
  auto literalMatches = [&](const clang::Expr *value) {
    const auto *literal = stringLiteralIn(value);
    return literal && literal->getCharByteWidth() == 1 && regex->match(literal->getString());
  };
  bool matched = false;
  walkContributors(withoutDefault(expr), [&](const clang::Expr *value) {
    // A constant global or static initialised with a literal (kListenAddress).
    if (const auto *ref = llvm::dyn_cast<clang::DeclRefExpr>(stripWrappers(value)))
      if (const auto *var = llvm::dyn_cast<clang::VarDecl>(ref->getDecl());
          var && !var->isLocalVarDeclOrParm() && var->getType().isConstQualified() && var->getInit())
        value = var->getInit();
    matched = literalMatches(value);
    return matched ? Walk::Stop : Walk::Continue;
  });
  return matched;
}

bool FunctionContext::builtFromNamed(const clang::Expr *expr, const std::vector<std::string> &words) const {
  // Names of the thing itself; qualifier words (length, policy, hash) describe it instead.
  SensitiveNames names(words, models_.models().list("named-condition-qualifiers"));
  bool found = false;
  walkContributors(withoutDefault(expr), [&](const clang::Expr *value) {
    std::string name = designatedName(value);
    CallView call = viewCall(value);
    if (name.empty() && call.callee && call.args.empty()) name = call.callee->getNameAsString();  // a getter
    found = !name.empty() && !names.match(name).empty();
    return found ? Walk::Stop : Walk::Continue;
  });
  return found;
}

bool FunctionContext::conditionHolds(const ArgCondition &condition, const CallView &call) {
  if (!condition.arg) return true;
  if (*condition.arg >= call.args.size()) {
    bool onlyNoneOf = (!condition.noneOf.empty() || condition.notEquals) && condition.oneOf.empty() &&
                      !condition.needsValue() && condition.matches.empty() && condition.notMatches.empty() &&
                      condition.named.empty() && condition.typeOf.empty() && condition.callOf.empty() &&
                      !condition.constantData && !condition.notConstant;
    return onlyNoneOf;
  }
  const clang::Expr *arg = call.args[*condition.arg];
  // `$name` stands for the model list of that name.
  // Only ever called with the condition's own lists, which outlive the call.
  // NOLINTNEXTLINE(bugprone-return-const-ref-from-parameter)
  auto expand = [&](const std::vector<std::string> &names) -> const std::vector<std::string> & {
    if (names.size() == 1 && names.front().starts_with("$")) return models_.models().list(names.front().substr(1));
    return names;
  };
  if (!condition.oneOf.empty()) {
    const auto &names = expand(condition.oneOf);
    if (std::find(names.begin(), names.end(), constantName(arg)) == names.end()) return false;
  }
  if (!condition.noneOf.empty()) {
    const auto &names = expand(condition.noneOf);
    if (std::find(names.begin(), names.end(), constantName(arg)) != names.end()) return false;
  }
  if (condition.notEquals)
    if (auto value = integerValue(arg); value && *value == *condition.notEquals) return false;
  if (condition.needsValue()) {
    auto value = integerValue(arg);
    if (!value) return false;
    if (condition.equals && *value != *condition.equals) return false;
    if (condition.below && *value >= *condition.below) return false;
    if (condition.above && *value <= *condition.above) return false;
    auto bits = static_cast<unsigned long long>(*value);
    if (condition.anyBits && (bits & *condition.anyBits) == 0) return false;
    if (condition.lacksBits && (bits & *condition.lacksBits) != 0) return false;
  }
  if (!condition.matches.empty() && !builtFromLiteralMatching(arg, condition.matches)) return false;
  if (!condition.notMatches.empty() && builtFromLiteralMatching(arg, condition.notMatches)) return false;
  if (!condition.named.empty() && !builtFromNamed(arg, expand(condition.named))) return false;
  if (!condition.typeOf.empty()) {
    clang::QualType type = stripWrappers(withoutDefault(arg))->getType().getNonReferenceType();
    const auto *record = type.isNull() ? nullptr : type->getAsCXXRecordDecl();
    const auto &names = expand(condition.typeOf);
    if (!record || std::find(names.begin(), names.end(), names_.qualifiedName(record)) == names.end()) return false;
  }
  if (!condition.callOf.empty()) {
    CallView inner = viewCall(stripWrappers(withoutDefault(arg)));
    const auto &names = expand(condition.callOf);
    if (!inner.callee || std::find(names.begin(), names.end(), names_.qualifiedName(inner.callee)) == names.end())
      return false;
  }
  if (condition.constantData) {
    const clang::Expr *value = stripWrappers(withoutDefault(arg));
    if (value->isNullPointerConstant(context_, clang::Expr::NPC_ValueDependentIsNotNull)) return false;
    if (!stringLiteralIn(value) && classify(arg).value != ValueClass::Constant) return false;
  }
  if (condition.notConstant && classify(withoutDefault(arg)).value == ValueClass::Constant) return false;
  return true;
}

}  // namespace cppsec
