// CPP501 banned-function: functions that cannot bound what they write (gets, strcpy, sprintf,
// scanf %s) or keep global state (strtok). The calls are model data
// (rules/models/banned-functions.yaml); this file knows the `unless:` exceptions that make a
// call provably safe, so that what is left is worth a maintainer's time:
//   fits            strcpy of a literal or of an array that the destination holds, into a
//                   buffer allocated from the source's length, or after a strlen/sizeof guard
//   bounded-output  sprintf whose longest possible output fits the destination array
//   source-fits     sscanf whose string destinations are at least as large as the source
//   guarded         strcat after an if that compares strlen(source) with sizeof(destination)
#include <algorithm>
#include <optional>

#include "analysis/CallCheckRule.h"
#include "analysis/FunctionContext.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "rules/BuiltInRules.h"

namespace cppsec {
namespace {

// The declared size (in elements) of an array an argument designates as a whole.
std::optional<uint64_t> arraySize(const clang::Expr *arg) {
  const clang::Expr *value = stripWrappers(arg);
  const clang::ValueDecl *decl = nullptr;
  if (const auto *ref = llvm::dyn_cast<clang::DeclRefExpr>(value)) decl = ref->getDecl();
  if (const auto *member = llvm::dyn_cast<clang::MemberExpr>(value)) decl = member->getMemberDecl();
  if (!decl) return std::nullopt;
  const auto *array =
      llvm::dyn_cast<clang::ConstantArrayType>(decl->getType().getNonReferenceType().getCanonicalType().getTypePtr());
  if (!array) return std::nullopt;
  return array->getSize().getZExtValue();
}

// The number of bits of the integer an argument holds before promotion (a byte for
// digest[i]), or of the conversion's length modifier.
unsigned integerBits(const clang::Expr *arg, const std::string &length, clang::ASTContext &context) {
  if (arg) {
    clang::QualType type = arg->IgnoreParenImpCasts()->getType();
    if (type->isIntegerType()) return static_cast<unsigned>(context.getTypeSize(type));
  }
  if (length == "hh") return 8;
  if (length == "h") return 16;
  if (length.empty()) return 32;
  return 64;
}

uint64_t decimalDigits(uint64_t value) {
  uint64_t digits = 1;
  for (; value >= 10; value /= 10) ++digits;
  return digits;
}

const clang::Decl *designated(const clang::Expr *arg) {
  const clang::Expr *value = stripWrappers(arg);
  if (const auto *ref = llvm::dyn_cast<clang::DeclRefExpr>(value)) return ref->getDecl();
  if (const auto *member = llvm::dyn_cast<clang::MemberExpr>(value)) return member->getMemberDecl();
  return nullptr;
}

// The longest text a printf conversion can produce, or nothing when unbounded (%s of unknown
// text, floating point).
std::optional<uint64_t> conversionLength(char conversion, const std::string &length, uint64_t width,
                                         std::optional<uint64_t> precision, const clang::Expr *arg,
                                         clang::ASTContext &context) {
  unsigned bits = std::min(integerBits(arg, length, context), 64u);
  uint64_t largest = bits >= 64 ? ~0ULL : (1ULL << bits) - 1;
  std::optional<uint64_t> longest;
  switch (conversion) {
    case 'd':
    case 'i':
      longest = decimalDigits(largest / 2 + 1) + 1;
      break;
    case 'u':
      longest = decimalDigits(largest);
      break;
    case 'x':
    case 'X':
      longest = (bits + 3) / 4;
      break;
    case 'o':
      longest = (bits + 2) / 3;
      break;
    case 'c':
      longest = 1;
      break;
    case 'p':
      longest = 18;
      break;
    case 's':
      if (const auto *literal = arg ? stringLiteralIn(arg) : nullptr)
        longest = literal->getLength();
      else if (auto size = arg ? arraySize(arg) : std::nullopt; size && *size > 0)
        longest = *size - 1;
      if (precision) longest = longest ? std::min(*longest, *precision) : *precision;
      break;
    default:
      return std::nullopt;
  }
  if (!longest) return std::nullopt;
  return std::max(*longest, width);
}

// The longest output of sprintf(dst, format, args...), terminator included; nothing when
// some conversion is unbounded.
std::optional<uint64_t> longestOutput(llvm::StringRef format, const CallView &call, unsigned firstValue,
                                      clang::ASTContext &context) {
  uint64_t total = 1;
  unsigned nextArg = firstValue;
  for (size_t i = 0; i < format.size(); ++i) {
    if (format[i] != '%') {
      ++total;
      continue;
    }
    ++i;  // past the '%'
    if (i < format.size() && format[i] == '%') {
      ++total;
      continue;
    }
    while (i < format.size() && llvm::StringRef("-+ #0").contains(format[i])) ++i;
    uint64_t width = 0;
    for (; i < format.size() && std::isdigit(static_cast<unsigned char>(format[i])); ++i)
      width = width * 10 + (format[i] - '0');
    if (i < format.size() && format[i] == '*') return std::nullopt;
    std::optional<uint64_t> precision;
    if (i < format.size() && format[i] == '.') {
      precision = 0;
      for (++i; i < format.size() && std::isdigit(static_cast<unsigned char>(format[i])); ++i)
        *precision = *precision * 10 + (format[i] - '0');
    }
    std::string length;
    while (i < format.size() && llvm::StringRef("hlLqjzt").contains(format[i])) length += format[i++];
    if (i >= format.size()) return std::nullopt;
    const clang::Expr *arg = nextArg < call.args.size() ? call.args[nextArg] : nullptr;
    ++nextArg;
    auto each = conversionLength(format[i], length, width, precision, arg, context);
    if (!each) return std::nullopt;
    total += *each;
  }
  return total;
}

// Whether a condition of the function compares strlen of the source with the destination's
// size (`if (strlen(dir) + 2 > sizeof wd) return;`): the copy below it was checked.
class LengthGuardFinder : public clang::RecursiveASTVisitor<LengthGuardFinder> {
 public:
  LengthGuardFinder(const clang::Decl *destination, const clang::Decl *source)
      : destination_(destination), source_(source) {}
  bool VisitIfStmt(clang::IfStmt *stmt) {
    if (mentions(stmt->getCond(), destination_, false) && mentions(stmt->getCond(), source_, true)) found = true;
    return !found;
  }
  bool found = false;

 private:
  static bool mentions(const clang::Stmt *stmt, const clang::Decl *decl, bool underStrlen) {
    if (!stmt || !decl) return false;
    if (const auto *call = llvm::dyn_cast<clang::CallExpr>(stmt); call && underStrlen)
      if (const auto *callee = call->getDirectCallee(); callee && callee->getNameAsString() == "strlen")
        return call->getNumArgs() == 1 && designated(call->getArg(0)) == decl;
    // const size_t dir_len = strlen(dir); if (sizeof wd < dir_len + ...)
    if (const auto *ref = llvm::dyn_cast<clang::DeclRefExpr>(stmt); ref && underStrlen)
      if (const auto *var = llvm::dyn_cast<clang::VarDecl>(ref->getDecl()); var && var->getInit())
        return mentions(var->getInit(), decl, true);
    if (!underStrlen)
      if (const auto *ref = llvm::dyn_cast<clang::DeclRefExpr>(stmt); ref && ref->getDecl() == decl) return true;
    for (const clang::Stmt *child : stmt->children())
      if (mentions(child, decl, underStrlen)) return true;
    return false;
  }
  const clang::Decl *destination_;
  const clang::Decl *source_;
};

class BannedFunction : public CallCheckRule {
 public:
  BannedFunction()
      : CallCheckRule({.id = "CPP501",
                       .name = "banned-function",
                       .shortDescription = "Function that cannot bound what it writes (gets, strcpy, sprintf, scanf "
                                           "%s) or is not thread-safe",
                       .fullDescription =
                           "gets, strcpy, strcat, sprintf, vsprintf and scanf-family %s conversions without a width "
                           "write as much as their input holds, whatever the size of the destination, and strtok "
                           "keeps its state in a global that a server's threads share. Each finding names the "
                           "bounded or re-entrant replacement. Calls that provably fit are not reported.",
                       .cwes = {242, 676},
                       .severity = Severity::Medium,
                       .confidence = Confidence::High,
                       .tags = {"security", "memory"},
                       .help = {}}) {}

 protected:
  bool accept(FunctionContext &function, const CallView &call, const CallCheck &check,
              Confidence &confidence) const override {
    // strcat(strcat(wd, "/"), dir): the inner call is the one reported.
    if (!call.args.empty())
      if (CallView inner = viewCall(stripWrappers(call.args[0])); inner.callee) {
        for (const CallCheck *other : function.models().callChecksFor(inner.callee, function.names()))
          if (other->rule == info().id) return false;
      }
    if (check.unless == "fits") return !copyFits(function, call);
    if (check.unless == "guarded") return !lengthGuarded(function, call);
    if (check.unless == "bounded-output") return outputMayOverflow(call, confidence, function.astContext());
    if (check.unless == "source-fits") return !scanFits(call);
    return CallCheckRule::accept(function, call, check, confidence);
  }

 private:
  static bool copyFits(FunctionContext &function, const CallView &call) {
    if (call.args.size() < 2) return false;
    if (literalFits(call)) return true;
    auto destination = arraySize(call.args[0]), source = arraySize(call.args[1]);
    if (destination && source && *source <= *destination) return true;
    // char *copy = new char[s.size() + 1]; strcpy(copy, s.c_str()): sized from the source.
    if (allocatedFrom(function, call.args[0], call.args[1])) return true;
    return lengthGuarded(function, call);
  }

  // An if in the function compares strlen of the source with the destination's size.
  static bool lengthGuarded(FunctionContext &function, const CallView &call) {
    if (call.args.size() < 2 || !function.function().getBody()) return false;
    const clang::Decl *target = designated(call.args[0]);
    std::vector<const clang::Decl *> sources{designated(call.args[1])};
    // strcat(strcat(wd, "/"), dir): the outer call's source is what the guard measures.
    for (const clang::Stmt *up = function.parent(call.expr); up; up = function.parent(up)) {
      if (const auto *outer = llvm::dyn_cast<clang::CallExpr>(up)) {
        if (outer->getNumArgs() >= 2) sources.push_back(designated(outer->getArg(1)));
        break;
      }
      if (!llvm::isa<clang::ImplicitCastExpr, clang::ParenExpr>(up)) break;
    }
    for (const clang::Decl *from : sources) {
      if (!target || !from) continue;
      LengthGuardFinder guard(target, from);
      guard.TraverseStmt(function.function().getBody());
      if (guard.found) return true;
    }
    return false;
  }

  // Whether the destination was allocated (new[], malloc) with a size made from a variable
  // the source is made from.
  static bool allocatedFrom(FunctionContext &function, const clang::Expr *destination, const clang::Expr *source) {
    llvm::SmallPtrSet<const clang::Decl *, 8> sourceVars;
    function.walkContributors(source, [&](const clang::Expr *expr) {
      if (const auto *ref = llvm::dyn_cast<clang::DeclRefExpr>(expr)) sourceVars.insert(ref->getDecl());
      return FunctionContext::Walk::Continue;
    });
    bool sized = false;
    function.walkContributors(destination, [&](const clang::Expr *expr) {
      const clang::Expr *size = nullptr;
      if (const auto *allocation = llvm::dyn_cast<clang::CXXNewExpr>(expr); allocation && allocation->isArray())
        size = allocation->getArraySize().value_or(nullptr);
      if (CallView call = viewCall(expr); call.callee && call.args.size() == 1) {
        std::string name = call.callee->getNameAsString();
        if (name == "malloc" || name == "alloca") size = call.args[0];
      }
      if (!size) return FunctionContext::Walk::Continue;
      function.walkContributors(size, [&](const clang::Expr *part) {
        if (const auto *ref = llvm::dyn_cast<clang::DeclRefExpr>(part); ref && sourceVars.count(ref->getDecl()))
          sized = true;
        return sized ? FunctionContext::Walk::Stop : FunctionContext::Walk::Continue;
      });
      return sized ? FunctionContext::Walk::Stop : FunctionContext::Walk::Prune;
    });
    return sized;
  }

  // sprintf / vsprintf: report when the longest output may not fit. A destination of unknown
  // size with only bounded conversions ("%02x") is reported at low confidence.
  static bool outputMayOverflow(const CallView &call, Confidence &confidence, clang::ASTContext &context) {
    if (call.args.size() < 2) return true;
    const auto *format = stringLiteralIn(call.args[1]);
    if (!format || format->getCharByteWidth() != 1) return true;
    bool variadic = call.callee && call.callee->getNameAsString() == "vsprintf";
    auto longest = variadic ? std::nullopt : longestOutput(format->getString(), call, 2, context);
    if (!longest) return true;
    if (auto size = arraySize(call.args[0])) return *longest > *size;
    confidence = Confidence::Low;
    return true;
  }

  // sscanf(src, "%[^&]", dst): no destination smaller than the source string can overflow.
  static bool scanFits(const CallView &call) {
    if (call.args.size() < 3) return false;
    const clang::Decl *source = designated(call.args[0]);
    auto sourceSize = arraySize(call.args[0]);
    if (!source && !sourceSize) return false;
    for (size_t i = 2; i < call.args.size(); ++i) {
      clang::QualType type = call.args[i]->IgnoreParenImpCasts()->getType();
      bool text = type->isArrayType() || (type->isPointerType() && type->getPointeeType()->isAnyCharacterType());
      if (!text) continue;
      if (designated(call.args[i]) == source && source) continue;
      auto size = arraySize(call.args[i]);
      if (!size || !sourceSize || *size < *sourceSize) return false;
    }
    return true;
  }
};

}  // namespace

std::unique_ptr<Rule> makeBannedFunction(const ModelIndex &) {
  return std::make_unique<BannedFunction>();
}

}  // namespace cppsec
