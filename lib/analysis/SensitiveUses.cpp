#include "analysis/SensitiveUses.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

namespace cppsec {
namespace {

using Walk = FunctionContext::Walk;

// Text extracted from a holder is followed back through at most this many copies, streams
// and parses (istringstream in(line) made of the lambda's buffer...).
constexpr unsigned kMaxHolderDepth = 3;

// Methods that show their object as it is: the object is what is logged.
bool showsItsObject(const std::string &name) {
  return name == "c_str" || name == "data" || name == "str" || name == "string" || name == "view" || name == "dump";
}

// The value an expression shows: x for x, x.c_str(), std::string(x).
const clang::Expr *shownValue(const clang::Expr *expr) {
  for (unsigned step = 0; step < 4; ++step) {
    expr = stripWrappers(expr);
    if (const auto *call = llvm::dyn_cast<clang::CXXMemberCallExpr>(expr)) {
      const auto *method = call->getMethodDecl();
      if (method && method->getIdentifier() && showsItsObject(method->getName().str()) &&
          call->getImplicitObjectArgument()) {
        expr = call->getImplicitObjectArgument();
        continue;
      }
    }
    if (const auto *construct = llvm::dyn_cast<clang::CXXConstructExpr>(expr);
        construct && construct->getNumArgs() == 1) {
      expr = construct->getArg(0);
      continue;
    }
    break;
  }
  return expr;
}

std::string simpleCalleeName(const CallView &call) {
  return call.callee && call.callee->getIdentifier() ? call.callee->getName().str() : std::string();
}

}  // namespace

std::optional<std::string> valueKey(const clang::Expr *expr) {
  expr = stripWrappers(expr);
  if (const auto *ref = llvm::dyn_cast<clang::DeclRefExpr>(expr)) {
    if (!llvm::isa<clang::VarDecl>(ref->getDecl())) return std::nullopt;
    return "v" + std::to_string(reinterpret_cast<std::uintptr_t>(ref->getDecl()->getCanonicalDecl()));
  }
  if (const auto *member = llvm::dyn_cast<clang::MemberExpr>(expr)) {
    const auto *field = llvm::dyn_cast<clang::FieldDecl>(member->getMemberDecl());
    if (!field) return std::nullopt;
    const clang::Expr *base = stripWrappers(member->getBase());
    std::optional<std::string> baseKey = llvm::isa<clang::CXXThisExpr>(base) ? std::string("this") : valueKey(base);
    if (!baseKey) return std::nullopt;
    return *baseKey + ".f" + std::to_string(reinterpret_cast<std::uintptr_t>(field->getCanonicalDecl()));
  }
  return std::nullopt;
}

SensitiveUses::SensitiveUses(FunctionContext &function, const SensitiveValueFinder &finder,
                             const SensitiveUseLists &lists)
    : function_(function),
      finder_(finder),
      comparisons_(lists.comparisonWords),
      extracted_(lists.extractedWords, lists.qualifiers),
      extractors_(lists.extractorFunctions.begin(), lists.extractorFunctions.end()),
      parsers_(lists.parserFunctions.begin(), lists.parserFunctions.end()) {
  for (const clang::Expr *expr : function.calls()) {
    CallView call = viewCall(expr);
    if (!call.callee) continue;
    noteComparison(call);
    noteExtraction(call);
    noteStreamExtraction(call);
    noteScan(call);
  }
  noteRewrittenComparisons(function.function().getBody());
}

bool SensitiveUses::namesExtractedSecret(const std::string &name) const {
  return !extracted_.match(name).empty() && !extracted_.qualified(name);
}

void SensitiveUses::noteComparison(const CallView &call) {
  bool byOperator = call.op == clang::OO_EqualEqual || call.op == clang::OO_ExclaimEqual;
  if (!byOperator && (call.op != clang::OO_None || comparisons_.match(simpleCalleeName(call)).empty())) return;
  std::vector<const clang::Expr *> sides;
  if (call.object) sides.push_back(call.object);
  sides.insert(sides.end(), call.args.begin(), call.args.end());
  if (sides.size() >= 2) noteComparison(sides[0], sides[1]);
}

// C++20 answers `a != b` with operator== behind a rewritten operator, which the function's
// call list does not show.
void SensitiveUses::noteRewrittenComparisons(const clang::Stmt *stmt) {
  if (!stmt || llvm::isa<clang::LambdaExpr>(stmt)) return;
  if (const auto *rewritten = llvm::dyn_cast<clang::CXXRewrittenBinaryOperator>(stmt)) {
    auto decomposed = rewritten->getDecomposedForm();
    if (decomposed.Opcode == clang::BO_EQ || decomposed.Opcode == clang::BO_NE)
      noteComparison(decomposed.LHS, decomposed.RHS);
  }
  for (const clang::Stmt *child : stmt->children()) noteRewrittenComparisons(child);
}

void SensitiveUses::noteComparison(const clang::Expr *left, const clang::Expr *right) {
  const clang::Expr *sides[] = {left, right};
  for (unsigned secretSide = 0; secretSide < 2; ++secretSide) {
    const clang::Expr *presented = shownValue(sides[1 - secretSide]);
    std::optional<std::string> key = valueKey(presented);
    if (!key || byKey_.count(*key) || finder_.find(function_, presented)) continue;
    std::optional<SensitiveHit> secret = finder_.find(function_, sides[secretSide]);
    if (!secret || !secret->strong) continue;
    byKey_[*key] = SensitiveHit{"'" + function_.sourceText(presented) + "', compared with " + secret->what,
                                secret->word, presented->getSourceRange(), true};
  }
}

void SensitiveUses::noteExtraction(const CallView &call) {
  if (!call.object || (call.op != clang::OO_Subscript && !extractors_.count(simpleCalleeName(call)))) return;
  // j["password"], creds.at("api_key")...
  for (const clang::Expr *arg : call.args)
    if (const auto *literal = stringLiteralIn(arg);
        literal && literal->getCharByteWidth() == 1 && namesExtractedSecret(literal->getString().str())) {
      markHolder(call.object, literal->getString().str(), call.expr->getSourceRange());
      return;
    }
  // ...or password = creds.substr(colon + 1).
  std::string secret;
  function_.forEachDestination(call.expr, [&](const Destination &destination) {
    // Variables and fields only: a callee's parameter named `password` is not stored here.
    bool stored = llvm::StringRef(destination.description).starts_with("variable '") ||
                  llvm::StringRef(destination.description).starts_with("member '");
    if (!stored || !namesExtractedSecret(destination.name)) return false;
    secret = destination.name;
    return true;
  });
  if (!secret.empty()) markHolder(call.object, secret, call.expr->getSourceRange());
}

void SensitiveUses::noteStreamExtraction(const CallView &call) {
  const clang::Expr *stream = nullptr;
  const clang::Expr *target = nullptr;
  if (call.op == clang::OO_GreaterGreater) {
    stream = call.object ? call.object : (call.args.size() == 2 ? call.args[0] : nullptr);
    target = call.args.empty() ? nullptr : call.args.back();
  } else if (simpleCalleeName(call) == "getline" && call.args.size() >= 2 && !call.object) {
    stream = call.args[0];
    target = call.args[1];
  }
  if (!stream || !target) return;
  std::string name = designatedName(target);
  if (!namesExtractedSecret(name)) return;
  // in >> hello >> user >> password: the stream is at the start of the chain.
  while (const auto *inner = llvm::dyn_cast<clang::CXXOperatorCallExpr>(stripWrappers(stream))) {
    if (inner->getOperator() != clang::OO_GreaterGreater || inner->getNumArgs() != 2) break;
    stream = inner->getArg(0);
  }
  markHolder(stream, name, call.expr->getSourceRange());
}

void SensitiveUses::noteScan(const CallView &call) {
  std::string name = simpleCalleeName(call);
  if ((name != "sscanf" && name != "sscanf_s") || call.args.size() < 3) return;
  for (unsigned arg = 2; arg < call.args.size(); ++arg)
    if (const auto *place = llvm::dyn_cast_or_null<clang::NamedDecl>(function_.storageOf(call.args[arg]));
        place && namesExtractedSecret(place->getNameAsString())) {
      markHolder(call.args[0], place->getNameAsString(), call.expr->getSourceRange());
      return;
    }
}

void SensitiveUses::markHolder(const clang::Expr *holder, const std::string &secret, clang::SourceRange where,
                               unsigned depth) {
  holder = shownValue(holder);
  std::optional<std::string> key = valueKey(holder);
  if (!key) return;
  byKey_.try_emplace(
      *key, SensitiveHit{"'" + function_.sourceText(holder) + "', which holds the '" + secret + "' taken out of it",
                         secret, where, true});
  if (depth >= kMaxHolderDepth) return;
  // Where a local holder came from: the text an istringstream or a parser was made of, or a copy.
  const auto *ref = llvm::dyn_cast<clang::DeclRefExpr>(stripWrappers(holder));
  const auto *var = ref ? llvm::dyn_cast<clang::VarDecl>(ref->getDecl()) : nullptr;
  if (!var || !var->hasLocalStorage() || llvm::isa<clang::ParmVarDecl>(var) || !var->getInit()) return;
  const clang::Expr *init = stripWrappers(var->getInit());
  if (const auto *construct = llvm::dyn_cast<clang::CXXConstructExpr>(init)) {
    if (construct->getNumArgs() >= 1) markHolder(construct->getArg(0), secret, where, depth + 1);
    return;
  }
  if (const auto *call = llvm::dyn_cast<clang::CallExpr>(init)) {
    CallView view = viewCall(call);
    if (parsers_.count(simpleCalleeName(view)) && !view.args.empty())
      markHolder(view.args[0], secret, where, depth + 1);
    return;
  }
  if (llvm::isa<clang::DeclRefExpr, clang::MemberExpr>(init)) markHolder(init, secret, where, depth + 1);
}

bool SensitiveUses::holds(const clang::VarDecl *var) const {
  return byKey_.count("v" + std::to_string(reinterpret_cast<std::uintptr_t>(var->getCanonicalDecl()))) > 0;
}

std::optional<SensitiveHit> SensitiveUses::hitIn(const clang::Expr *operand) const {
  if (byKey_.empty()) return std::nullopt;
  std::optional<SensitiveHit> hit;
  function_.walkContributors(operand, [&](const clang::Expr *value) {
    if (std::optional<std::string> key = valueKey(shownValue(value))) {
      if (auto found = byKey_.find(*key); found != byKey_.end()) {
        hit = found->second;
        return Walk::Stop;
      }
      // req.remote_addr is not req: a field of a holder is judged by its own name.
      if (llvm::isa<clang::MemberExpr>(stripWrappers(value))) return Walk::Prune;
    }
    if (llvm::isa<clang::CXXConstructExpr>(value)) return Walk::Continue;
    if (const auto *call = llvm::dyn_cast<clang::CallExpr>(value)) {
      // The holder joined into the text is logged; a part taken out of it is not this value.
      CallView view = viewCall(call);
      std::string name = simpleCalleeName(view);
      bool keepsWhole = view.op == clang::OO_Plus || showsItsObject(name) || name == "format" || name == "append";
      return keepsWhole ? Walk::Continue : Walk::Prune;
    }
    return Walk::Continue;
  });
  return hit;
}

}  // namespace cppsec
