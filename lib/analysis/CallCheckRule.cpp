#include "analysis/CallCheckRule.h"

#include <algorithm>
#include <optional>

#include "analysis/FindingCollector.h"
#include "analysis/FunctionContext.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"

namespace cppsec {
namespace {

std::string formatMessage(const FunctionContext &function, const CallCheck &check, const CallView &call) {
  std::string message = check.message;
  auto replace = [&](const std::string &placeholder, const std::string &text) {
    for (size_t at = message.find(placeholder); at != std::string::npos;
         at = message.find(placeholder, at + text.size()))
      message.replace(at, placeholder.size(), text);
  };
  replace("{callee}", call.callee ? call.callee->getNameAsString() : std::string("the call"));
  std::optional<unsigned> argIndex = check.when.empty() ? std::nullopt : check.when.front().arg;
  if (argIndex && *argIndex < call.args.size()) replace("{arg}", function.sourceText(call.args[*argIndex]));
  return message;
}

}  // namespace

bool literalFits(const CallView &call) {
  if (call.args.size() < 2) return false;
  const auto *literal = stringLiteralIn(call.args[1]);
  if (!literal) return false;
  const clang::Expr *destination = stripWrappers(call.args[0]);
  const clang::ValueDecl *decl = nullptr;
  if (const auto *ref = llvm::dyn_cast<clang::DeclRefExpr>(destination)) decl = ref->getDecl();
  if (const auto *member = llvm::dyn_cast<clang::MemberExpr>(destination)) decl = member->getMemberDecl();
  if (!decl) return false;
  const auto *array = llvm::dyn_cast<clang::ConstantArrayType>(decl->getType().getCanonicalType().getTypePtr());
  return array && array->getSize().getZExtValue() >= literal->getLength() + 1;
}

bool CallCheckRule::accept(FunctionContext &, const CallView &call, const CallCheck &check, Confidence &) const {
  return !(check.unless == "literal-fits" && literalFits(call));
}

void CallCheckRule::checkFunction(FunctionContext &function, FindingCollector &findings) const {
  for (const clang::Expr *expr : function.calls()) {
    CallView call = viewCall(expr);
    if (!call.callee) continue;
    for (const CallCheck *check : function.models().callChecksFor(call.callee, function.names())) {
      if (check->rule != info().id) continue;
      if (!std::all_of(check->when.begin(), check->when.end(),
                       [&](const ArgCondition &condition) { return function.conditionHolds(condition, call); }))
        continue;
      Confidence confidence =
          check->confidence ? parseConfidence(*check->confidence).value_or(info().confidence) : info().confidence;
      if (!accept(function, call, *check, confidence)) continue;
      if (findings.firstAt(info(), expr->getBeginLoc()))
        findings.report(info(), &function, expr->getSourceRange(), formatMessage(function, *check, call), confidence);
      break;
    }
  }
}

}  // namespace cppsec
