#include "analysis/SensitiveValues.h"

#include <algorithm>

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

namespace cppsec {
namespace {

using Walk = FunctionContext::Walk;

// Helpers are followed into at most this many levels of arguments (recursion is bounded
// besides by the summaries being computed callees first).
constexpr unsigned kMaxDepth = 4;

std::vector<std::string> joined(std::vector<std::string> a, const std::vector<std::string> &b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

std::string lowerCase(llvm::StringRef text) {
  return text.lower();
}

}  // namespace

SensitiveValueFinder::SensitiveValueFinder(SensitiveValueOptions options)
    : options_(std::move(options)),
      strong_(options_.strongWords, options_.qualifiers),
      weak_(options_.weakWords, options_.qualifiers, options_.weakPlurals),
      anyWord_(joined(options_.strongWords, options_.weakWords)),
      sanitizers_(options_.sanitizerWords),
      passthrough_(options_.passthroughWords),
      harmless_(options_.harmlessFunctions.begin(), options_.harmlessFunctions.end()),
      printers_(options_.printerFunctions.begin(), options_.printerFunctions.end()) {}

std::optional<SensitiveHit> SensitiveValueFinder::byName(const std::string &name, const std::string &what,
                                                         clang::SourceRange range) const {
  if (std::string word = strong_.match(name); !word.empty()) return SensitiveHit{what, word, range, true};
  if (std::string word = weak_.match(name); !word.empty()) return SensitiveHit{what, word, range, false};
  return std::nullopt;
}

bool SensitiveValueFinder::qualifiedName(const std::string &name) const {
  // A sensitive word is there, but the qualifiers hide it (token_ttl; not session_id, whose
  // "id" is part of the phrase).
  return !anyWord_.match(name).empty() && strong_.match(name).empty() && weak_.match(name).empty();
}

std::optional<SensitiveHit> SensitiveValueFinder::find(FunctionContext &function, const clang::Expr *expr) const {
  Visitor visitor;
  walk(function, expr, visitor, 0);
  return visitor.hit;
}

std::vector<unsigned> SensitiveValueFinder::params(FunctionContext &function, const clang::Expr *expr) const {
  Visitor visitor;
  visitor.stopAtHit = false;
  walk(function, expr, visitor, 0);
  std::sort(visitor.params.begin(), visitor.params.end());
  visitor.params.erase(std::unique(visitor.params.begin(), visitor.params.end()), visitor.params.end());
  return visitor.params;
}

void SensitiveValueFinder::walk(FunctionContext &function, const clang::Expr *expr, Visitor &visitor,
                                unsigned depth) const {
  function.walkContributors(expr, [&](const clang::Expr *value) {
    Walk next = inspect(function, value, visitor, depth);
    return visitor.hit && visitor.stopAtHit ? Walk::Stop : next;
  });
}

bool SensitiveValueFinder::keep(Visitor &visitor, std::optional<SensitiveHit> hit) {
  if (!hit) return false;
  // A strong hit replaces a weak one: it decides the confidence.
  if (!visitor.hit || (hit->strong && !visitor.hit->strong)) visitor.hit = std::move(hit);
  return true;
}

Walk SensitiveValueFinder::inspect(FunctionContext &function, const clang::Expr *expr, Visitor &visitor,
                                   unsigned depth) const {
  clang::QualType type = expr->getType();
  if (!type.isNull() && type->isBooleanType()) return Walk::Prune;  // has_password, token.empty(), a == b
  if (llvm::isa<clang::UnaryExprOrTypeTraitExpr, clang::LambdaExpr, clang::StringLiteral>(expr)) return Walk::Prune;
  auto hitAt = [&](std::optional<SensitiveHit> hit) { return keep(visitor, std::move(hit)); };
  if (const auto *ref = llvm::dyn_cast<clang::DeclRefExpr>(expr)) {
    if (const auto *binding = llvm::dyn_cast<clang::BindingDecl>(ref->getDecl())) {  // auto [name, value]
      std::string name = binding->getNameAsString();
      hitAt(byName(name, "variable '" + name + "'", expr->getSourceRange()));
      return Walk::Prune;
    }
    const auto *var = llvm::dyn_cast<clang::VarDecl>(ref->getDecl());
    if (!var) return Walk::Prune;  // functions (callees are judged at the call), enumerators
    std::string name = var->getNameAsString();
    if (qualifiedName(name)) return Walk::Prune;
    if (const auto *param = llvm::dyn_cast<clang::ParmVarDecl>(var);
        param && param->getDeclContext() == &function.function())
      visitor.params.push_back(param->getFunctionScopeIndex());
    if (var->isLocalVarDeclOrParm() && filledByHarmless(function, var)) return Walk::Prune;  // pwd = getcwd()
    // A digest's output buffer named `hash` is a digest first: the source outranks a weak name.
    std::optional<SensitiveHit> named = byName(name, "variable '" + name + "'", expr->getSourceRange());
    if ((!named || !named->strong) && var->isLocalVarDeclOrParm() && hitAt(sourceOutput(function, var)))
      return Walk::Prune;
    if (hitAt(std::move(named))) return Walk::Prune;
    return Walk::Continue;  // the walk follows what was written to a local
  }
  if (const auto *member = llvm::dyn_cast<clang::MemberExpr>(expr)) {
    const auto *field = llvm::dyn_cast<clang::FieldDecl>(member->getMemberDecl());
    if (!field) return Walk::Continue;  // a method: the call decides; its object is walked
    std::string name = field->getNameAsString();
    hitAt(byName(name, "field '" + name + "'", expr->getSourceRange()));
    return Walk::Prune;  // user.name says nothing of user.password
  }
  if (const auto *call = llvm::dyn_cast<clang::CallExpr>(expr)) return inspectCall(function, call, visitor, depth);
  return Walk::Continue;
}

Walk SensitiveValueFinder::inspectCall(FunctionContext &function, const clang::CallExpr *call, Visitor &visitor,
                                       unsigned depth) const {
  const clang::FunctionDecl *callee = call->getDirectCallee();
  if (!callee) return Walk::Continue;
  std::string name = NameCache::simpleName(callee);
  if (harmless_.count(name)) return Walk::Prune;

  if (masks(name) || qualifiedName(name)) return Walk::Prune;
  auto hitAt = [&](std::optional<SensitiveHit> hit) { return keep(visitor, std::move(hit)); };
  CallView view = viewCall(call);
  if (!options_.sourceKind.empty())
    for (const SourceModel *source : function.models().sourcesFor(callee, function.names()))
      if (source->kind == options_.sourceKind && source->to.kind == ArgRef::Kind::Return &&
          hitAt(SensitiveHit{"the result of '" + name + "'", name, call->getSourceRange(), true}))
        return Walk::Prune;
  bool isOperator = callee->getOverloadedOperator() != clang::OO_None || llvm::isa<clang::CXXConversionDecl>(callee);
  if (!isOperator && hitAt(byName(name, "the result of '" + name + "'", call->getSourceRange()))) return Walk::Prune;
  // A number or a flag computed from a secret (token.find('.'), mysql_query's status) is not
  // the secret; make_otp() was judged by its name above.
  clang::QualType result = call->getType();
  if (!result.isNull() && (result->isBooleanType() || result->isEnumeralType() ||
                           (result->isArithmeticType() && !result->isAnyCharacterType())))
    return Walk::Prune;
  // headers["Authorization"], req.get_header_value("Cookie"), Beast's req[http::field::authorization].
  if (!options_.headerList.empty())
    for (const clang::Expr *arg : view.args) {
      std::string header;
      if (const auto *literal = stringLiteralIn(arg); literal && literal->getCharByteWidth() == 1)
        header = literal->getString().str();
      else if (arg->getType()->isEnumeralType())
        header = function.constantName(arg);                 // the enumerator's own name
      std::replace(header.begin(), header.end(), '_', '-');  // field::proxy_authorization
      if (!header.empty() && function.models().inList(options_.headerList, lowerCase(header)) &&
          hitAt(SensitiveHit{"header '" + header + "'", lowerCase(header), call->getSourceRange(), true}))
        return Walk::Prune;
    }
  if (const FunctionSummary *summary = function.summaryOf(callee)) {
    // A helper of this TU: what it returns is sensitive if it says so, or if it returns
    // (or builds its result from) a sensitive argument.
    if (!options_.summaryKey.empty())
      if (auto returned = summary->returnedSources.find(options_.summaryKey);
          returned != summary->returnedSources.end() &&
          hitAt(SensitiveHit{returned->second.description + ", returned by '" + name + "'", name,
                             call->getSourceRange(), !printers_.count(name)}))
        return Walk::Prune;
    if (depth < kMaxDepth) {
      std::vector<unsigned> flowing = summary->returnCopies;
      flowing.insert(flowing.end(), summary->returnJoins.begin(), summary->returnJoins.end());
      // An encoder of this TU (base32, conninfo_quote) returns its input, however it loops.
      if (!passthrough_.match(name).empty())
        for (unsigned param = 0; param < view.args.size(); ++param) flowing.push_back(param);
      for (unsigned param : flowing)
        if (param < view.args.size()) {
          walk(function, view.args[param], visitor, depth + 1);
          if (visitor.hit && visitor.stopAtHit) return Walk::Stop;
        }
    }
    return Walk::Prune;
  }
  // A project function of another TU: only its name speaks for it, and an encoder's name
  // (to_hex, base64_encode) says it returns its input in another form.
  if (function.isUnseen(callee)) return passthrough_.match(name).empty() ? Walk::Prune : Walk::Continue;
  return Walk::Continue;  // library code (std::string, fmt::format): its inputs make its result
}

bool SensitiveValueFinder::filledByHarmless(FunctionContext &function, const clang::VarDecl *var) const {
  if (options_.harmlessFillers.empty()) return false;
  for (const auto &[call, arg] : function.callsFilling(var))
    if (function.models().inList(options_.harmlessFillers, call.callee, function.names())) return true;
  if (const auto *init = var->getInit())
    if (const auto *call = llvm::dyn_cast<clang::CallExpr>(stripWrappers(init)))
      return function.models().inList(options_.harmlessFillers, call->getDirectCallee(), function.names());
  return false;
}

std::optional<SensitiveHit> SensitiveValueFinder::sourceOutput(FunctionContext &function,
                                                               const clang::VarDecl *var) const {
  if (options_.sourceKind.empty()) return std::nullopt;
  for (const auto &[call, arg] : function.callsFilling(var)) {
    if (!call.callee) continue;
    for (const SourceModel *source : function.models().sourcesFor(call.callee, function.names()))
      if (source->kind == options_.sourceKind && source->to.kind == ArgRef::Kind::Index && source->to.index == arg) {
        std::string name = NameCache::simpleName(call.callee);
        return SensitiveHit{"the output of '" + name + "'", name, call.expr->getSourceRange(), true};
      }
  }
  return std::nullopt;
}

}  // namespace cppsec
