#include "analysis/FunctionContext.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Index/USRGeneration.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace cppsec {
namespace {

// A walk follows at most this many variables, so one function costs a bounded amount.
constexpr unsigned kMaxFollowedVariables = 64;

bool isCompoundWriteOperator(clang::OverloadedOperatorKind op) {
  return op == clang::OO_PlusEqual || op == clang::OO_LessLess;
}

ValueClass worse(ValueClass a, ValueClass b) {
  return a > b ? a : b;
}

}  // namespace

const clang::Expr *stripWrappers(const clang::Expr *expr) {
  while (expr) {
    const clang::Expr *next = nullptr;
    if (const auto *cast = llvm::dyn_cast<clang::CastExpr>(expr))
      next = cast->getSubExpr();
    else if (const auto *paren = llvm::dyn_cast<clang::ParenExpr>(expr))
      next = paren->getSubExpr();
    else if (const auto *temp = llvm::dyn_cast<clang::MaterializeTemporaryExpr>(expr))
      next = temp->getSubExpr();
    else if (const auto *bind = llvm::dyn_cast<clang::CXXBindTemporaryExpr>(expr))
      next = bind->getSubExpr();
    else if (const auto *full = llvm::dyn_cast<clang::FullExpr>(expr))
      next = full->getSubExpr();
    else if (const auto *arg = llvm::dyn_cast<clang::CXXDefaultArgExpr>(expr))
      next = arg->getExpr();
    else if (const auto *init = llvm::dyn_cast<clang::CXXDefaultInitExpr>(expr))
      next = init->getExpr();
    else if (const auto *construct = llvm::dyn_cast<clang::CXXConstructExpr>(expr)) {
      // Copies, moves and converting constructions carry their argument unchanged.
      if (construct->getNumArgs() == 1 &&
          (construct->getConstructor()->isCopyOrMoveConstructor() || llvm::isa<clang::CXXFunctionalCastExpr>(expr)))
        next = construct->getArg(0);
    }
    if (!next) return expr;
    expr = next;
  }
  return expr;
}

// `const Base &object = Derived(); object.action(n);` or `Base *object = new Derived;`: the
// override of the class the variable was made from, when a virtual method is called through it.
static const clang::FunctionDecl *devirtualized(const clang::CXXMethodDecl *method, const clang::Expr *object) {
  if (!method->isVirtual() || !object) return method;
  const auto *ref = llvm::dyn_cast<clang::DeclRefExpr>(object->IgnoreParenImpCasts());
  const auto *var = ref ? llvm::dyn_cast<clang::VarDecl>(ref->getDecl()) : nullptr;
  if (!var || !var->isLocalVarDecl() || !var->getInit()) return method;
  const clang::Expr *made = var->getInit()->IgnoreImplicit()->IgnoreParenCasts()->IgnoreImplicit();
  clang::QualType type;
  if (const auto *allocation = llvm::dyn_cast<clang::CXXNewExpr>(made))
    type = allocation->getAllocatedType();
  else if (llvm::isa<clang::CXXConstructExpr>(made))
    type = made->getType();
  const auto *record = type.isNull() ? nullptr : type->getAsCXXRecordDecl();
  const clang::CXXMethodDecl *override = record ? method->getCorrespondingMethodInClass(record) : nullptr;
  return override ? override : method;
}

// `void (*sink)(size_t) = handle_size; sink(n);`: the function a local (or constant) function
// pointer was made to point at, when it is called through it.
static const clang::FunctionDecl *pointedToFunction(const clang::Expr *callee) {
  callee = callee ? callee->IgnoreParenImpCasts() : nullptr;
  if (const auto *deref = llvm::dyn_cast_or_null<clang::UnaryOperator>(callee);
      deref && deref->getOpcode() == clang::UO_Deref)
    callee = deref->getSubExpr()->IgnoreParenImpCasts();
  const auto *ref = llvm::dyn_cast_or_null<clang::DeclRefExpr>(callee);
  const auto *pointer = ref ? llvm::dyn_cast<clang::VarDecl>(ref->getDecl()) : nullptr;
  if (!pointer || !pointer->getInit() || !(pointer->isLocalVarDecl() || pointer->getType().isConstQualified()))
    return nullptr;
  const clang::Expr *target = pointer->getInit()->IgnoreParenImpCasts();
  if (const auto *address = llvm::dyn_cast<clang::UnaryOperator>(target);
      address && address->getOpcode() == clang::UO_AddrOf)
    target = address->getSubExpr()->IgnoreParenImpCasts();
  const auto *function = llvm::dyn_cast<clang::DeclRefExpr>(target);
  return function ? llvm::dyn_cast<clang::FunctionDecl>(function->getDecl()) : nullptr;
}

CallView viewCall(const clang::Expr *call) {
  CallView view;
  view.expr = call;
  if (const auto *construct = llvm::dyn_cast<clang::CXXConstructExpr>(call)) {
    view.callee = construct->getConstructor();
    for (const auto *arg : construct->arguments()) view.args.push_back(arg);
    return view;
  }
  const auto *plain = llvm::dyn_cast<clang::CallExpr>(call);
  if (!plain) return view;
  view.callee = plain->getDirectCallee();
  if (!view.callee) view.callee = pointedToFunction(plain->getCallee());
  unsigned first = 0;
  if (const auto *member = llvm::dyn_cast<clang::CXXMemberCallExpr>(plain)) {
    view.object = member->getImplicitObjectArgument();
    if (const auto *method = llvm::dyn_cast_or_null<clang::CXXMethodDecl>(view.callee))
      view.callee = devirtualized(method, view.object);
  } else if (const auto *op = llvm::dyn_cast<clang::CXXOperatorCallExpr>(plain)) {
    view.op = op->getOperator();
    if (llvm::isa_and_nonnull<clang::CXXMethodDecl>(view.callee) && op->getNumArgs() > 0) {
      view.object = op->getArg(0);
      first = 1;
    }
  }
  for (unsigned i = first; i < plain->getNumArgs(); ++i) view.args.push_back(plain->getArg(i));
  return view;
}

// One pass over the body: collects calls, uses of variables and every write to them.
class FunctionContext::BodyIndexer : public clang::RecursiveASTVisitor<BodyIndexer> {
 public:
  explicit BodyIndexer(FunctionContext &owner) : owner_(owner) {}

  // Lambdas are functions of their own; their bodies are analysed separately.
  bool TraverseLambdaExpr(clang::LambdaExpr *) { return true; }

  bool VisitCallExpr(clang::CallExpr *call) {
    onCall(call);
    return true;
  }
  bool VisitCXXConstructExpr(clang::CXXConstructExpr *construct) {
    onCall(construct);
    return true;
  }
  bool VisitDeclRefExpr(clang::DeclRefExpr *ref) {
    if (const auto *var = llvm::dyn_cast<clang::VarDecl>(ref->getDecl())) owner_.uses_[var].push_back(ref);
    return true;
  }
  bool VisitVarDecl(clang::VarDecl *var) {
    if (const auto *init = var->getInit()) owner_.writes_[var].push_back({init, {init}, false, true});
    return true;
  }
  bool VisitReturnStmt(clang::ReturnStmt *ret) {
    if (ret->getRetValue()) owner_.returns_.push_back(ret->getRetValue());
    return true;
  }
  bool VisitBinaryOperator(clang::BinaryOperator *op) {
    if (op->isAssignmentOp())
      owner_.recordWrite(op->getLHS(), op, {op->getRHS()}, op->isCompoundAssignmentOp(), !op->isCompoundAssignmentOp());
    return true;
  }

 private:
  void onCall(const clang::Expr *call) {
    owner_.calls_.push_back(call);
    CallView view = viewCall(call);
    if (const SanitizerModel *sanitizer =
            view.callee ? owner_.models_.sanitizerFor(view.callee, owner_.names_) : nullptr) {
      // An escaping function writing into a buffer (or a reset such as clear()): what it
      // leaves there is safe text.
      if (sanitizer->to.kind == ArgRef::Kind::Index && sanitizer->to.index < view.args.size())
        owner_.recordWrite(view.args[sanitizer->to.index], call, {}, false, true);
      if (sanitizer->to.kind == ArgRef::Kind::This && view.object)
        owner_.recordWrite(view.object, call, {}, false, true);
      return;
    }
    const PropagatorModel *propagator = nullptr;
    const clang::Expr *target = owner_.writeTarget(view, propagator);
    if (!target) {
      recordOutArguments(view);
      return;
    }
    if (propagator) {
      owner_.recordWrite(target, call, owner_.sources(view, *propagator), propagator->concat,
                         propagator->overwrites.value_or(!propagator->concat));
    } else if (!view.args.empty()) {
      // Built-in operator meaning: a = b copies, a += b and a << b append.
      owner_.recordWrite(target, call, {view.args.back()}, view.op != clang::OO_Equal, view.op == clang::OO_Equal);
    }
  }

  // A local buffer or object handed to an unknown function by non-const pointer or
  // reference may come back filled (fgets, recv, read_line): from then on it is not constant.
  void recordOutArguments(const CallView &view) {
    if (!view.callee || view.op != clang::OO_None || owner_.models_.propagatorFor(view.callee, owner_.names_) ||
        !owner_.models_.sinksAt(view.callee, owner_.names_).empty())
      return;
    // sscanf(line + 7, "%s", name): the text of the (variadic) outputs comes out of the first
    // argument.
    bool parses = owner_.models_.inList("out-parse-functions", view.callee, owner_.names_);
    for (unsigned i = 0; i < view.args.size() && (parses || i < view.callee->getNumParams()); ++i) {
      clang::QualType param = i < view.callee->getNumParams() ? view.callee->getParamDecl(i)->getType()
                                                              : view.args[i]->IgnoreParenImpCasts()->getType();
      if (param->isArrayType()) param = owner_.context_.getArrayDecayedType(param);
      clang::QualType pointee =
          param->isPointerType() || param->isReferenceType() ? param->getPointeeType() : clang::QualType();
      if (pointee.isNull() || pointee.isConstQualified()) continue;
      // &buf, buf, buf.data(), (char *)&hdr, asio::buffer(buf): the storage handed over.
      const auto *var = llvm::dyn_cast_or_null<clang::VarDecl>(owner_.storageOf(view.args[i]));
      if (!var || !var->isLocalVarDeclOrParm() || var->isStaticLocal()) continue;
      // Only text-like things: char buffers and strings, not counters or handles.
      clang::QualType type = var->getType().getNonReferenceType();
      bool text = type->isArrayType() ? type->castAsArrayTypeUnsafe()->getElementType()->isAnyCharacterType()
                                      : type->isRecordType();
      if (!text) continue;
      if (parses && i >= 1)
        owner_.writes_[var].push_back({view.expr, {view.args[0]}, false, false});
      else
        owner_.writes_[var].push_back({view.expr, {}, false, false, true});
    }
  }

  FunctionContext &owner_;
};

FunctionContext::FunctionContext(const clang::FunctionDecl &function, clang::ASTContext &context,
                                 const ModelIndex &models, NameCache &names, const SummaryTable *summaries)
    : function_(function), context_(context), models_(models), names_(names), summaries_(summaries) {
  clang::Stmt *body = function.getBody();
  parents_ = std::make_unique<clang::ParentMap>(body);
  BodyIndexer indexer(*this);
  if (const auto *ctor = llvm::dyn_cast<clang::CXXConstructorDecl>(&function)) {
    for (const auto *init : ctor->inits()) {
      if (!init->isWritten() || !init->getInit()) continue;
      parents_->addStmt(init->getInit());
      indexer.TraverseStmt(init->getInit());
      // `: query_("SELECT ... " + filter)` stores into a field like an assignment does.
      if (const auto *field = init->getMember())
        fieldWrites_[{nullptr, field}].push_back(Write{init->getInit(), {init->getInit()}, false, true});
    }
  }
  indexer.TraverseStmt(body);
  // Source order; calls starting at the same place keep the order of the walk.
  std::vector<std::pair<unsigned, size_t>> order;
  order.reserve(calls_.size());
  for (size_t i = 0; i < calls_.size(); ++i) order.emplace_back(calls_[i]->getBeginLoc().getRawEncoding(), i);
  std::sort(order.begin(), order.end());
  std::vector<const clang::Expr *> sorted;
  sorted.reserve(order.size());
  for (const auto &[location, index] : order) sorted.push_back(calls_[index]);
  calls_ = std::move(sorted);
}

FunctionContext::~FunctionContext() = default;

// Where a call writes its result into one of its own operands: the object of
// `q.append(x)`, the first argument of `snprintf(buf, ...)`, the left side of `a += b`.
const clang::Expr *FunctionContext::writeTarget(const CallView &call, const PropagatorModel *&propagator) const {
  propagator = call.callee ? models_.propagatorFor(call.callee, names_) : nullptr;
  if (propagator) {
    if (propagator->to.kind == ArgRef::Kind::This) return call.object;
    if (propagator->to.kind == ArgRef::Kind::Index && propagator->to.index < call.args.size())
      return call.args[propagator->to.index];
    return nullptr;
  }
  bool assigns = call.op == clang::OO_Equal || isCompoundWriteOperator(call.op);
  if (!assigns) return nullptr;
  if (call.object && call.args.size() == 1) return call.object;
  if (!call.object && call.args.size() == 2) return call.args[0];
  return nullptr;
}

namespace {

// The arguments a printf-style format consumes with one of the escaping conversions (SQLite's
// %q, %Q, %w), by index into the call's arguments; empty when the format is not a literal.
std::vector<unsigned> escapedArguments(const clang::Expr *format, unsigned formatIndex, const std::string &escapes) {
  const auto *literal = llvm::dyn_cast_or_null<clang::StringLiteral>(stripWrappers(format));
  if (!literal || escapes.empty() || !literal->isOrdinary()) return {};
  llvm::StringRef text = literal->getString();
  std::vector<unsigned> escaped;
  unsigned next = formatIndex + 1;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') continue;
    ++i;
    if (i < text.size() && text[i] == '%') continue;
    while (i < text.size() && llvm::StringRef("-+ #0!,").contains(text[i])) ++i;
    for (bool precision = false;; precision = true) {  // width, then .precision; '*' takes an argument
      if (i < text.size() && text[i] == '*') ++next, ++i;
      while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
      if (precision || i >= text.size() || text[i] != '.') break;
      ++i;
    }
    while (i < text.size() && llvm::StringRef("hlLjzt").contains(text[i])) ++i;
    if (i >= text.size()) break;
    if (escapes.find(text[i]) != std::string::npos) escaped.push_back(next);
    ++next;
  }
  return escaped;
}

}  // namespace

std::vector<const clang::Expr *> FunctionContext::sources(const CallView &call,
                                                          const PropagatorModel &propagator) const {
  std::vector<unsigned> escaped;
  if (propagator.format && *propagator.format < call.args.size())
    escaped = escapedArguments(call.args[*propagator.format], *propagator.format, propagator.escapes);
  std::vector<const clang::Expr *> out;
  for (const ArgRef &from : propagator.from) {
    if (from.kind == ArgRef::Kind::This && call.object) out.push_back(call.object);
    for (unsigned i = 0; i < call.args.size(); ++i)
      // Default arguments are the callee's constants (QString::arg's fill character), not data.
      if (from.covers(i) && !llvm::isa<clang::CXXDefaultArgExpr>(call.args[i]) &&
          std::find(escaped.begin(), escaped.end(), i) == escaped.end())
        out.push_back(call.args[i]);
  }
  return out;
}

// A method that hands out the object's own storage, through which callees write into it.
static bool storageAccessor(const clang::CXXMemberCallExpr *call) {
  const auto *method = call->getMethodDecl();
  if (!method || !method->getIdentifier()) return false;
  llvm::StringRef name = method->getName();
  return name == "data" || name == "begin" || name == "front";
}

// The local variable an expression designates, looking through chained writes
// (`ss << a << b`, `q.append(a).append(b)`), `&buf[0]` and `buf + n`.
const clang::VarDecl *FunctionContext::targetVariable(const clang::Expr *target) const {
  for (unsigned depth = 0; target && depth < 32; ++depth) {
    target = stripWrappers(target);
    if (const auto *ref = llvm::dyn_cast<clang::DeclRefExpr>(target)) {
      const auto *var = llvm::dyn_cast<clang::VarDecl>(ref->getDecl());
      return var && var->isLocalVarDeclOrParm() && !var->isStaticLocal() ? var : nullptr;
    }
    if (const auto *unary = llvm::dyn_cast<clang::UnaryOperator>(target)) {
      target = unary->getSubExpr();
    } else if (const auto *subscript = llvm::dyn_cast<clang::ArraySubscriptExpr>(target)) {
      target = subscript->getBase();
    } else if (const auto *binary = llvm::dyn_cast<clang::BinaryOperator>(target)) {
      target = binary->isAdditiveOp() ? binary->getLHS() : nullptr;
    } else if (const auto *member = llvm::dyn_cast<clang::CXXMemberCallExpr>(target);
               member && storageAccessor(member)) {
      target = member->getImplicitObjectArgument();  // buf.data(), out.begin(): the object's storage
    } else if (const auto *element = llvm::dyn_cast<clang::CXXOperatorCallExpr>(target);
               element && element->getOperator() == clang::OO_Subscript && element->getNumArgs() == 2) {
      target = element->getArg(0);  // &text[0]: the string's storage
    } else if (llvm::isa<clang::CallExpr>(target)) {
      const PropagatorModel *propagator = nullptr;
      target = writeTarget(viewCall(target), propagator);
    } else {
      return nullptr;
    }
  }
  return nullptr;
}

void FunctionContext::recordWrite(const clang::Expr *target, const clang::Stmt *site,
                                  std::vector<const clang::Expr *> parts, bool concat, bool overwrites) {
  const auto *var = targetVariable(target);
  if (!var) {
    if (auto field = fieldPlace(target)) fieldWrites_[*field].push_back({site, std::move(parts), concat, overwrites});
    return;
  }
  // Writing through &buf[i] or buf + n changes part of the buffer only; through buf.data()
  // or &buf[0] (an escaping function filling a std::string) it starts at the beginning.
  const clang::Expr *written = stripWrappers(target);
  if (const auto *member = llvm::dyn_cast<clang::CXXMemberCallExpr>(written); member && storageAccessor(member))
    written = stripWrappers(member->getImplicitObjectArgument());
  if (const auto *address = llvm::dyn_cast<clang::UnaryOperator>(written);
      address && address->getOpcode() == clang::UO_AddrOf)
    if (const auto *element = llvm::dyn_cast<clang::CallExpr>(stripWrappers(address->getSubExpr()));
        element && element->getNumArgs() == 2 && llvm::isa<clang::CXXOperatorCallExpr>(element)) {
      clang::Expr::EvalResult index;
      if (element->getArg(1)->EvaluateAsInt(index, context_) && index.Val.getInt() == 0)
        written = stripWrappers(element->getArg(0));
    }
  bool whole = llvm::isa<clang::DeclRefExpr>(written);
  // `size_t *alias = &n; ... *alias = value;`: a write to n as well (n may be read directly,
  // or through another pointer to it). Kept as a may-write: the pointer may have moved on.
  if (const auto *deref = llvm::dyn_cast<clang::UnaryOperator>(written);
      deref && deref->getOpcode() == clang::UO_Deref && var->getType()->isPointerType() && var->getInit())
    if (const auto *address = llvm::dyn_cast<clang::UnaryOperator>(var->getInit()->IgnoreParenImpCasts());
        address && address->getOpcode() == clang::UO_AddrOf)
      if (const auto *pointee = targetVariable(address->getSubExpr()); pointee && pointee != var)
        writes_[pointee].push_back({site, parts, concat, false});
  writes_[var].push_back({site, std::move(parts), concat, overwrites && whole});
}

std::string FunctionContext::sourceText(const clang::Stmt *stmt, size_t maxLength) const {
  const auto &sources = context_.getSourceManager();
  auto range = clang::CharSourceRange::getTokenRange(sources.getFileLoc(stmt->getBeginLoc()),
                                                     sources.getFileLoc(stmt->getEndLoc()));
  std::string text = clang::Lexer::getSourceText(range, sources, context_.getLangOpts()).str();
  std::replace(text.begin(), text.end(), '\n', ' ');
  if (text.size() > maxLength) text = text.substr(0, maxLength - 3) + "...";
  return text;
}

Classification FunctionContext::join(const std::vector<const clang::Expr *> &parts, bool concat,
                                     const clang::Stmt *site) {
  Classification result;
  std::string firstNonConstant;
  bool allNumeric = true;
  bool namedTextPart = false;  // messages name a text part before a number: it is the likelier attack
  for (const auto *part : parts) {
    Classification each = classify(part);
    if (each.value == ValueClass::Constant) continue;
    allNumeric = allNumeric && each.numeric;
    if (firstNonConstant.empty() || (!namedTextPart && !each.numeric)) {
      firstNonConstant = each.part.empty() ? sourceText(part) : each.part;
      namedTextPart = !each.numeric;
    }
    if (each.value > result.value) {
      result.value = each.value;
      result.part = each.part.empty() ? sourceText(part) : each.part;
      result.steps = each.steps;
    }
  }
  if (concat && result.value == ValueClass::Opaque) {
    // Joining a non-constant part into text is what builds it.
    result.value = ValueClass::Built;
    result.part = firstNonConstant;
    result.steps.push_back({site->getSourceRange(), "text built here from non-constant '" + firstNonConstant + "'"});
  }
  result.numeric = result.value != ValueClass::Constant && allNumeric;
  return result;
}

Classification FunctionContext::classify(const clang::Expr *expr) {
  expr = stripWrappers(expr);
  if (!expr) return {};
  if (llvm::isa<clang::StringLiteral, clang::IntegerLiteral, clang::CharacterLiteral, clang::FloatingLiteral,
                clang::CXXBoolLiteralExpr, clang::CXXNullPtrLiteralExpr, clang::GNUNullExpr,
                clang::UnaryExprOrTypeTraitExpr, clang::LambdaExpr>(expr))
    return {};
  if (expr->isValueDependent() || expr->isTypeDependent()) return opaque(expr, expr->getType());
  if (const auto *ref = llvm::dyn_cast<clang::DeclRefExpr>(expr)) {
    const auto *decl = ref->getDecl();
    if (llvm::isa<clang::EnumConstantDecl, clang::FunctionDecl>(decl)) return {};
    if (const auto *var = llvm::dyn_cast<clang::VarDecl>(decl)) return classifyVariable(var, ref);
    return opaque(expr, expr->getType());
  }
  if (const auto *member = llvm::dyn_cast<clang::MemberExpr>(expr)) {
    if (const auto *var = llvm::dyn_cast<clang::VarDecl>(member->getMemberDecl())) return classifyVariable(var, member);
    if (auto place = fieldPlace(member)) return classifyField(*place, member);
    return opaque(expr, expr->getType());
  }
  if (const auto *conditional = llvm::dyn_cast<clang::AbstractConditionalOperator>(expr))
    return join({conditional->getTrueExpr(), conditional->getFalseExpr()}, false, expr);
  if (const auto *binary = llvm::dyn_cast<clang::BinaryOperator>(expr)) {
    if (binary->isCommaOp() || binary->isAssignmentOp()) return classify(binary->getRHS());
    return join({binary->getLHS(), binary->getRHS()}, false, expr);
  }
  if (const auto *unary = llvm::dyn_cast<clang::UnaryOperator>(expr)) return classify(unary->getSubExpr());
  if (const auto *subscript = llvm::dyn_cast<clang::ArraySubscriptExpr>(expr))
    return join({subscript->getBase(), subscript->getIdx()}, false, expr);
  if (const auto *list = llvm::dyn_cast<clang::InitListExpr>(expr)) {
    std::vector<const clang::Expr *> inits(list->inits().begin(), list->inits().end());
    return join(inits, false, expr);
  }
  if (llvm::isa<clang::CallExpr, clang::CXXConstructExpr>(expr)) return classifyCall(viewCall(expr));
  if (expr->isEvaluatable(context_)) return {};
  return opaque(expr, expr->getType());
}

Classification FunctionContext::opaque(const clang::Expr *expr, clang::QualType type) const {
  if (type.isNull()) return {ValueClass::Opaque, sourceText(expr), {}, false};
  type = type.getNonReferenceType().getCanonicalType();
  bool number = type->isArithmeticType() || type->isEnumeralType();
  return {ValueClass::Opaque, sourceText(expr), {}, number && !type->isAnyCharacterType()};
}

Classification FunctionContext::classifyCall(const CallView &call) {
  if (call.op == clang::OO_Plus) {
    std::vector<const clang::Expr *> operands = call.args;
    if (call.object) operands.insert(operands.begin(), call.object);
    return join(operands, true, call.expr);
  }
  // Escaped or quoted text counts as constant. (Only SQL sinks ask today; when other kinds
  // do, the sanitizer's kind will have to match the sink's.)
  if (call.callee && models_.sanitizerFor(call.callee, names_)) return {};
  // A model says what a library function does, even when its body is at hand (an inline
  // function of a header included with -I); a summary speaks for the project's own code.
  if (const FunctionSummary *summary = summaryOf(call.callee); summary && !models_.propagatorFor(call.callee, names_))
    return classifyThroughSummary(call, *summary);
  const PropagatorModel *propagator = nullptr;
  if (const clang::Expr *target = writeTarget(call, propagator)) return classify(target);
  if (propagator && propagator->to.kind == ArgRef::Kind::Return)
    return join(sources(call, *propagator), propagator->concat, call.expr);
  if (llvm::isa<clang::CXXConstructExpr>(call.expr)) {
    // An unknown construction is taken to carry its arguments (wrappers, views).
    return join(call.args, false, call.expr);
  }
  return opaque(call.expr, call.expr->getType());
}

// A call to a function analysed before: its result is what the summary says, with the
// caller's arguments in place of the parameters.
Classification FunctionContext::classifyThroughSummary(const CallView &call, const FunctionSummary &summary) {
  std::string callee = call.callee->getNameAsString();
  if (summary.returns == ValueClass::Built) {
    Classification built{ValueClass::Built, summary.returnPart, {}, false};
    built.steps.push_back(
        {summary.returnSite, "text built in '" + callee + "' from non-constant '" + summary.returnPart + "'"});
    built.steps.push_back({call.expr->getSourceRange(), "returned by '" + callee + "' here"});
    return built;
  }
  auto argumentsAt = [&](const std::vector<unsigned> &params) {
    std::vector<const clang::Expr *> out;
    for (unsigned param : params)
      if (param < call.args.size()) out.push_back(call.args[param]);
    return out;
  };
  Classification result = join(argumentsAt(summary.returnJoins), true, call.expr);
  if (result.value == ValueClass::Built) {
    result.steps.push_back({call.expr->getSourceRange(), "joined into the text '" + callee + "' returns"});
    return result;
  }
  Classification copied = join(argumentsAt(summary.returnCopies), false, call.expr);
  if (copied.value > result.value) result = std::move(copied);
  if (result.value == ValueClass::Constant && summary.returns == ValueClass::Opaque)
    return opaque(call.expr, call.expr->getType());
  return result;
}

const FunctionSummary *FunctionContext::summaryOf(const clang::FunctionDecl *callee) const {
  if (!summaries_ || !callee) return nullptr;
  auto found = summaries_->find(callee->getCanonicalDecl());
  return found == summaries_->end() ? nullptr : &found->second;
}

std::vector<unsigned> FunctionContext::contributingParams(const clang::Expr *expr) const {
  std::vector<unsigned> params;
  walkContributors(expr, [&](const clang::Expr *contributor) {
    // in.size(): the length of a parameter carries none of its text (an escaping helper sizes
    // its output buffer from its input).
    if (const auto *call = llvm::dyn_cast<clang::CallExpr>(contributor))
      if (const auto *callee = call->getDirectCallee();
          callee && models_.inList("size-functions", NameCache::simpleName(callee)))
        return Walk::Prune;
    const auto *ref = llvm::dyn_cast<clang::DeclRefExpr>(contributor);
    const auto *param = ref ? llvm::dyn_cast<clang::ParmVarDecl>(ref->getDecl()) : nullptr;
    if (param && param->getDeclContext() == &function_ &&
        std::find(params.begin(), params.end(), param->getFunctionScopeIndex()) == params.end())
      params.push_back(param->getFunctionScopeIndex());
    return Walk::Continue;
  });
  std::sort(params.begin(), params.end());
  return params;
}

bool FunctionContext::isUnseen(const clang::FunctionDecl *callee) const {
  if (!callee || callee->getDefinition() || !callee->isExternallyVisible() || summaryOf(callee)) return false;
  if (context_.getSourceManager().isInSystemHeader(callee->getLocation())) return false;
  return models_.sinksFor(callee, names_).empty() && !models_.propagatorFor(callee, names_) &&
         !models_.sanitizerFor(callee, names_);
}

std::vector<CallView> FunctionContext::unseenResultsIn(const clang::Expr *expr) const {
  std::vector<CallView> calls;
  forEachContributor(expr, [&](const clang::Expr *contributor) {
    if (!llvm::isa<clang::CallExpr>(contributor)) return false;
    CallView call = viewCall(contributor);
    const FunctionSummary *summary = summaryOf(call.callee);
    if (isUnseen(call.callee) || (summary && !summary->returnsResultOf.empty())) calls.push_back(std::move(call));
    return false;
  });
  return calls;
}

std::string FunctionContext::usrOf(const clang::Decl *decl) const {
  llvm::SmallString<128> usr;
  if (clang::index::generateUSRForDecl(decl->getCanonicalDecl(), usr)) return {};
  return std::string(usr);
}

void FunctionContext::collectMemberWrites(MemberTable &members) {
  const auto *method = llvm::dyn_cast<clang::CXXMethodDecl>(&function_);
  if (!method || method->isStatic()) return;
  std::string name = method->getParent()->getNameAsString() + "::" + method->getNameAsString();
  for (const auto &[place, writes] : fieldWrites_) {
    if (place.first) continue;  // a field of a local object, not of this
    for (const Write &write : writes) {
      if (write.unknown) continue;
      Classification stored = join(write.parts, write.concat, write.site);
      if (stored.value != ValueClass::Built) continue;
      MemberSummary &member = members[place.second];
      // Text parts win over numbers: they say more about the risk.
      if (member.value == ValueClass::Built && (!member.numeric || stored.numeric)) continue;
      clang::SourceRange site = stored.steps.empty() ? write.site->getSourceRange() : stored.steps.front().range;
      member = {ValueClass::Built, stored.part, stored.numeric, site, name};
    }
  }
}

void FunctionContext::useMembers(const MemberTable *members) {
  members_ = members;
  variableCache_[0].clear();
  variableCache_[1].clear();
}

FunctionSummary FunctionContext::summarize() {
  FunctionSummary summary;
  auto addUnique = [](std::vector<unsigned> &to, const std::vector<unsigned> &from) {
    for (unsigned value : from)
      if (std::find(to.begin(), to.end(), value) == to.end()) to.push_back(value);
  };
  for (const clang::Expr *value : returns_) {
    paramsConstant_ = true;
    Classification own = classify(value);
    paramsConstant_ = false;
    if (own.value == ValueClass::Built) {
      summary.returns = ValueClass::Built;
      summary.returnPart = own.part;
      summary.returnSite = own.steps.empty() ? value->getSourceRange() : own.steps.front().range;
      break;
    }
    if (own.value == ValueClass::Opaque) summary.returns = ValueClass::Opaque;
    Classification withParams = classify(value);
    if (withParams.value == ValueClass::Built)
      addUnique(summary.returnJoins, contributingParams(value));
    else if (withParams.value == ValueClass::Opaque)
      addUnique(summary.returnCopies, contributingParams(value));
  }
  // Parameters that reach a sink unchanged make this function a sink for its callers.
  for (const clang::Expr *call : calls_) {
    CallView view = viewCall(call);
    if (!view.callee) continue;
    // A parameter that reaches a sink as it is, or (for the kinds that say so) joined
    // with other text: `system(("convert " + name).c_str())`.
    auto record = [&](unsigned argIndex, const std::string &kind, const std::string &sink, clang::SourceRange site,
                      bool innerJoined) {
      if (argIndex >= view.args.size()) return;
      // vector(first, last) shares a sink with vector(n): only an integer is a size.
      if (models_.inList("integer-sink-kinds", kind) &&
          !view.args[argIndex]->IgnoreParenImpCasts()->getType()->isIntegerType())
        return;
      ValueClass value = classify(view.args[argIndex]).value;
      bool joined = innerJoined || value == ValueClass::Built;
      if (value == ValueClass::Constant || (joined && !models_.inList("joined-sink-kinds", kind))) return;
      for (unsigned param : contributingParams(view.args[argIndex]))
        summary.paramSinks.push_back({param, kind, sink, site, joined});
    };
    // Only for the kinds whose rules rely on it; the others (logs) follow their own paths.
    for (const SinkModel *sink : models_.sinksAt(view.callee, names_))
      if (models_.inList("summarized-sink-kinds", sink->kind) && sinkApplies(*sink, view))
        for (unsigned arg = sink->arg; !sink->fragment && arg < view.args.size() && sink->covers(arg); ++arg)
          record(arg, sink->kind, view.callee->getNameAsString(), call->getSourceRange(), false);
    if (const FunctionSummary *callee = summaryOf(view.callee)) {
      for (const ParamSink &inner : callee->paramSinks)
        if (models_.inList("summarized-sink-kinds", inner.kind))
          record(inner.param, inner.kind, view.callee->getNameAsString() + " -> " + inner.sink, inner.site,
                 inner.joined);
      // Our parameter handed on to a callee that hands it to another TU.
      for (const auto &unseen : callee->paramCalls)
        if (unseen.param < view.args.size() && classify(view.args[unseen.param]).value == ValueClass::Opaque)
          for (unsigned param : contributingParams(view.args[unseen.param]))
            summary.paramCalls.push_back({param, unseen.callee, unseen.arg});
    }
    if (isUnseen(view.callee))
      for (unsigned arg = 0; arg < view.args.size(); ++arg)
        if (classify(view.args[arg]).value == ValueClass::Opaque)
          for (unsigned param : contributingParams(view.args[arg]))
            summary.paramCalls.push_back({param, view.callee, arg});
  }
  if (summary.returns != ValueClass::Built)
    for (const clang::Expr *value : returns_)
      for (const CallView &call : unseenResultsIn(value)) {
        const clang::FunctionDecl *callee = call.callee;
        if (isUnseen(callee))
          summary.returnsResultOf.push_back(callee);
        else if (const FunctionSummary *inner = summaryOf(callee))
          summary.returnsResultOf.insert(summary.returnsResultOf.end(), inner->returnsResultOf.begin(),
                                         inner->returnsResultOf.end());
      }
  return summary;
}

// Whether a write has taken effect where a use begins: the write's whole expression (its
// right-hand side included: q = q + x) ends before the use.
bool FunctionContext::isBefore(const clang::Stmt *write, const clang::Stmt *use) const {
  const auto &sources = context_.getSourceManager();
  return sources.isBeforeInTranslationUnit(sources.getExpansionLoc(write->getEndLoc()),
                                           sources.getExpansionLoc(use->getBeginLoc()));
}

bool FunctionContext::sharesLoop(const clang::Stmt *site, const clang::Stmt *use) const {
  for (const clang::Stmt *up = parents_->getParent(use); up; up = parents_->getParent(up))
    if (llvm::isa<clang::ForStmt, clang::WhileStmt, clang::DoStmt, clang::CXXForRangeStmt>(up) &&
        up->getSourceRange().fullyContains(site->getSourceRange()))
      return true;
  return false;
}

bool FunctionContext::surelyRunsBefore(const clang::Stmt *site, const clang::Stmt *use) const {
  if (!isBefore(site, use)) return false;
  for (const clang::Stmt *up = parents_->getParent(site); up; up = parents_->getParent(up)) {
    if (llvm::isa<clang::CompoundStmt>(up)) return up->getSourceRange().fullyContains(use->getSourceRange());
    if (llvm::isa<clang::IfStmt, clang::ForStmt, clang::WhileStmt, clang::DoStmt, clang::CXXForRangeStmt,
                  clang::SwitchStmt, clang::SwitchCase, clang::AbstractConditionalOperator, clang::CXXTryStmt,
                  clang::CXXCatchStmt, clang::LambdaExpr>(up))
      return false;
    if (const auto *binary = llvm::dyn_cast<clang::BinaryOperator>(up); binary && binary->isLogicalOp()) return false;
  }
  return false;
}

FunctionContext::Reaching FunctionContext::writesReaching(const std::vector<Write> &writes,
                                                          const clang::Expr *use) const {
  Reaching reaching;
  if (use) {
    if (!flow_) flow_ = std::make_unique<FlowOrder>(function_, context_, *parents_);
    std::vector<FlowOrder::Site> sites;
    sites.reserve(writes.size());
    for (const Write &write : writes) sites.push_back({write.site, write.overwrites});
    if (auto onCfg = flow_->reaching(sites, use)) {
      for (size_t index : onCfg->sites) reaching.writes.push_back(&writes[index]);
      reaching.replaced = onCfg->replaced;
      return reaching;
    }
  }
  // Off the CFG (a lambda body, a catch handler): judged by source order.
  auto &found = reaching.writes;
  const Write *kill = nullptr;
  for (const Write &write : writes) {
    if (!use) {
      found.push_back(&write);
      continue;
    }
    bool before = isBefore(write.site, use);
    if (!before && !sharesLoop(write.site, use)) continue;
    if (before && leavesBeforeReaching(write.site, use)) continue;
    // A write that surely replaced the variable before the use hides everything before it.
    if (before && write.overwrites && surelyRunsBefore(write.site, use)) {
      found.clear();
      kill = &write;
    }
    found.push_back(&write);
  }
  // Replaced inside the loop on every iteration: what the loop writes after the use does
  // not come round to it.
  if (kill && sharesLoop(kill->site, use))
    std::erase_if(found, [&](const Write *write) { return !isBefore(write->site, use); });
  reaching.replaced = kill != nullptr;
  // Replaced on both sides of an if/else that surely runs before the use: the same as one
  // replacing write where the if statement stands.
  if (const clang::IfStmt *branches = replacedOnBothBranches(found, use)) {
    std::erase_if(found, [&](const Write *write) { return isBefore(write->site, branches); });
    reaching.replaced = true;
  }
  return reaching;
}

// The if statement (with an else, surely run before the use) both of whose branches
// unconditionally overwrite the variable with one of the given writes; null if none.
const clang::IfStmt *FunctionContext::replacedOnBothBranches(const std::vector<const Write *> &writes,
                                                             const clang::Expr *use) const {
  if (!use) return nullptr;
  // The branch of an if statement a write surely runs in, or null.
  auto branchOf = [&](const Write *write) -> std::pair<const clang::IfStmt *, bool> {
    const clang::Stmt *child = write->site;
    for (const clang::Stmt *up = parents_->getParent(child); up; child = up, up = parents_->getParent(up)) {
      if (const auto *branch = llvm::dyn_cast<clang::IfStmt>(up)) {
        if (child == branch->getThen()) return {branch, true};
        if (child == branch->getElse()) return {branch, false};
        return {nullptr, false};  // the condition
      }
      if (!llvm::isa<clang::CompoundStmt, clang::Expr, clang::DeclStmt>(up) ||
          llvm::isa<clang::AbstractConditionalOperator>(up))
        return {nullptr, false};
      if (const auto *binary = llvm::dyn_cast<clang::BinaryOperator>(up); binary && binary->isLogicalOp())
        return {nullptr, false};
    }
    return {nullptr, false};
  };
  for (const Write *write : writes) {
    if (!write->overwrites) continue;
    auto [branch, inThen] = branchOf(write);
    if (!branch || !branch->getElse() || !surelyRunsBefore(branch, use)) continue;
    for (const Write *other : writes) {
      if (!other->overwrites || other == write) continue;
      auto [otherBranch, otherInThen] = branchOf(other);
      if (otherBranch == branch && otherInThen != inThen) return branch;
    }
  }
  return nullptr;
}

// Whether a write sits in a block that returns or throws after it, a block the use is not
// in: then the written value never gets to the use.
bool FunctionContext::leavesBeforeReaching(const clang::Stmt *site, const clang::Stmt *use) const {
  const clang::Stmt *child = site;
  for (const clang::Stmt *up = parents_->getParent(site); up; child = up, up = parents_->getParent(up)) {
    const auto *block = llvm::dyn_cast<clang::CompoundStmt>(up);
    if (!block) continue;
    if (block->getSourceRange().fullyContains(use->getSourceRange())) return false;
    bool after = false;
    for (const clang::Stmt *statement : block->body()) {
      if (statement == child) after = true;
      const auto *expr = llvm::dyn_cast<clang::Expr>(statement);
      if (after &&
          (llvm::isa<clang::ReturnStmt>(statement) || (expr && llvm::isa<clang::CXXThrowExpr>(expr->IgnoreImplicit()))))
        return true;
    }
  }
  return false;
}

Classification FunctionContext::classifyVariable(const clang::VarDecl *var, const clang::Expr *use) {
  bool ownedHere = var->isLocalVarDeclOrParm() && !var->isStaticLocal();
  if (!ownedHere) {
    // Globals and static members: constant when initialised from constants. Their other
    // writes are out of this function's sight; a later engine follows them across TUs.
    const clang::Expr *init = var->getAnyInitializer();
    if (var->isConstexpr() || (init && (var->getType().isConstQualified() || var->getType()->isPointerType())))
      if (init && classify(init).value == ValueClass::Constant) return {};
    return opaque(use, var->getType());
  }
  auto &cache = variableCache_[paramsConstant_ ? 1 : 0];
  VariableUse key{var, nullptr, use};
  auto cached = cache.find(key);
  if (cached != cache.end()) return cached->second;
  if (inProgress_[key]) return {};  // a cycle through a loop: the other parts decide
  inProgress_[key] = true;
  Classification base;
  if (llvm::isa<clang::ParmVarDecl>(var) && !paramsConstant_) {
    base = opaque(use, var->getType());
    base.part = var->getNameAsString();
  }
  auto found = writes_.find(var);
  Classification result =
      joinReaching(std::move(base), found == writes_.end() ? nullptr : &found->second, use, var->getNameAsString());
  inProgress_[key] = false;
  cache[key] = result;
  return result;
}

std::optional<FunctionContext::FieldPlace> FunctionContext::fieldPlace(const clang::Expr *expr) const {
  const auto *member = llvm::dyn_cast_or_null<clang::MemberExpr>(stripWrappers(expr));
  const auto *field = member ? llvm::dyn_cast<clang::FieldDecl>(member->getMemberDecl()) : nullptr;
  if (!field) return std::nullopt;
  // The members of a union share their storage: written as one, read as another.
  if (field->getParent()->isUnion() && !field->getParent()->field_empty()) field = *field->getParent()->field_begin();
  const clang::Expr *base = stripWrappers(member->getBase());
  if (llvm::isa<clang::CXXThisExpr>(base)) return FieldPlace{nullptr, field};
  if (const auto *ref = llvm::dyn_cast<clang::DeclRefExpr>(base))
    if (const auto *var = llvm::dyn_cast<clang::VarDecl>(ref->getDecl());
        var && var->isLocalVarDeclOrParm() && !var->isStaticLocal())
      return FieldPlace{var, field};
  return std::nullopt;
}

Classification FunctionContext::classifyField(const FieldPlace &place, const clang::MemberExpr *use) {
  auto &cache = variableCache_[paramsConstant_ ? 1 : 0];
  VariableUse key{place.first, place.second, use};
  auto cached = cache.find(key);
  if (cached != cache.end()) return cached->second;
  if (inProgress_[key]) return {};
  inProgress_[key] = true;
  // Before any write here, a field holds what its object held: unknown for `this` and for
  // parameters, and whatever the local object was made from otherwise.
  Classification base;
  const auto *var = place.first;
  const MemberSummary *member = nullptr;
  if (!var && members_)
    if (auto found = members_->find(place.second); found != members_->end()) member = &found->second;
  if (member && member->value == ValueClass::Built) {
    base = {ValueClass::Built, member->part, {}, member->numeric};
    base.steps.push_back({member->site, "text built in '" + member->method + "' from non-constant '" + member->part +
                                            "' and stored in '" + place.second->getNameAsString() + "'"});
  } else if (!var || llvm::isa<clang::ParmVarDecl>(var) || var->getType()->isReferenceType()) {
    if (!(paramsConstant_ && var && llvm::isa<clang::ParmVarDecl>(var))) base = opaque(use, use->getType());
  } else {
    base = classify(use->getBase());
  }
  if (base.value == ValueClass::Opaque) base.part = place.second->getNameAsString();
  auto found = fieldWrites_.find(place);
  Classification result = joinReaching(std::move(base), found == fieldWrites_.end() ? nullptr : &found->second, use,
                                       (var ? var->getNameAsString() + "." : "") + place.second->getNameAsString());
  inProgress_[key] = false;
  cache[key] = result;
  return result;
}

// The value at a use: the writes that reach it joined, on top of the value from before
// them (base), unless a write surely replaced that.
Classification FunctionContext::joinReaching(Classification base, const std::vector<Write> *writes,
                                             const clang::Expr *use, const std::string &name) {
  Reaching reaching;
  if (writes) reaching = writesReaching(*writes, use);
  Classification result = reaching.replaced ? Classification{} : std::move(base);
  bool allNumeric = result.value == ValueClass::Constant || result.numeric;
  for (const Write *write : reaching.writes) {
    Classification each = write->unknown ? opaque(llvm::cast<clang::Expr>(write->site), clang::QualType())
                                         : join(write->parts, write->concat, write->site);
    if (each.value != ValueClass::Constant) allNumeric = allNumeric && each.numeric;
    if (each.value <= result.value) continue;
    if (each.value == ValueClass::Built)
      each.steps.push_back({write->site->getSourceRange(), "'" + name + "' takes the built text here"});
    result.value = worse(result.value, each.value);
    result.part = each.part;
    result.steps = std::move(each.steps);
  }
  result.numeric = result.value != ValueClass::Constant && allNumeric;
  return result;
}

const std::vector<const clang::DeclRefExpr *> &FunctionContext::usesOf(const clang::VarDecl *var) const {
  static const std::vector<const clang::DeclRefExpr *> none;
  auto found = uses_.find(var);
  return found == uses_.end() ? none : found->second;
}

void FunctionContext::forEachContributor(const clang::Expr *expr,
                                         const std::function<bool(const clang::Expr *)> &visit) const {
  walkContributors(expr, [&](const clang::Expr *value) { return visit(value) ? Walk::Stop : Walk::Continue; });
}

void FunctionContext::walkContributors(const clang::Expr *expr,
                                       const std::function<Walk(const clang::Expr *)> &visit) const {
  llvm::SmallPtrSet<const clang::VarDecl *, 8> followed;
  std::set<FieldPlace> followedFields;
  std::vector<const clang::Stmt *> work{expr};
  while (!work.empty()) {
    const clang::Stmt *stmt = work.back();
    work.pop_back();
    if (!stmt) continue;
    if (const auto *value = llvm::dyn_cast<clang::Expr>(stmt)) {
      Walk next = visit(value);
      if (next == Walk::Stop) return;
      if (next == Walk::Prune) continue;
    }
    if (const auto *ref = llvm::dyn_cast<clang::DeclRefExpr>(stmt)) {
      const auto *var = llvm::dyn_cast<clang::VarDecl>(ref->getDecl());
      if (var && var->isLocalVarDeclOrParm() && followed.size() < kMaxFollowedVariables &&
          followed.insert(var).second) {
        auto writes = writes_.find(var);
        if (writes != writes_.end())
          for (const Write &write : writes->second) work.insert(work.end(), write.parts.begin(), write.parts.end());
      }
    }
    // A field of a local or of this, written in this function: ctx.user = req.param("user").
    if (const auto *member = llvm::dyn_cast<clang::MemberExpr>(stmt))
      if (auto place = fieldPlace(member);
          place && followedFields.size() < kMaxFollowedVariables && followedFields.insert(*place).second) {
        auto writes = fieldWrites_.find(*place);
        if (writes != fieldWrites_.end())
          for (const Write &write : writes->second) work.insert(work.end(), write.parts.begin(), write.parts.end());
      }
    for (const clang::Stmt *child : stmt->children()) work.push_back(child);
  }
}

const clang::StringLiteral *stringLiteralIn(const clang::Expr *expr) {
  const clang::Expr *value = stripWrappers(expr);
  if (const auto *construct = llvm::dyn_cast_or_null<clang::CXXConstructExpr>(value);
      construct && construct->getNumArgs() >= 1)
    value = stripWrappers(construct->getArg(0));
  return llvm::dyn_cast_or_null<clang::StringLiteral>(value);
}

std::string designatedName(const clang::Expr *expr) {
  expr = stripWrappers(expr);
  if (const auto *ref = llvm::dyn_cast_or_null<clang::DeclRefExpr>(expr))
    if (llvm::isa<clang::VarDecl, clang::BindingDecl>(ref->getDecl())) return ref->getDecl()->getNameAsString();
  if (const auto *member = llvm::dyn_cast_or_null<clang::MemberExpr>(expr))
    if (llvm::isa<clang::FieldDecl>(member->getMemberDecl())) return member->getMemberDecl()->getNameAsString();
  return {};
}

const clang::Decl *FunctionContext::storageOf(const clang::Expr *arg) const {
  for (unsigned step = 0; arg && step < 8; ++step) {
    arg = stripWrappers(arg);
    if (const auto *unary = llvm::dyn_cast<clang::UnaryOperator>(arg);
        unary && unary->getOpcode() == clang::UO_AddrOf) {
      arg = unary->getSubExpr();
      continue;
    }
    if (const auto *binary = llvm::dyn_cast<clang::BinaryOperator>(arg); binary && binary->isAdditiveOp()) {
      arg = binary->getLHS();  // buf + got
      continue;
    }
    if (const auto *ref = llvm::dyn_cast<clang::DeclRefExpr>(arg))
      return llvm::dyn_cast<clang::VarDecl>(ref->getDecl());
    if (const auto *member = llvm::dyn_cast<clang::MemberExpr>(arg))
      return llvm::dyn_cast<clang::FieldDecl>(member->getMemberDecl());
    if (const auto *call = llvm::dyn_cast<clang::CXXMemberCallExpr>(arg)) {
      arg = call->getImplicitObjectArgument();  // buf.data()
      continue;
    }
    const auto *call = llvm::dyn_cast<clang::CallExpr>(arg);
    if (!call || call->getNumArgs() == 0 || !models_.inList("buffer-wrappers", call->getDirectCallee(), names_))
      return nullptr;
    arg = call->getArg(0);
  }
  return nullptr;
}

std::vector<std::pair<CallView, unsigned>> FunctionContext::callsFilling(const clang::Decl *place) const {
  std::vector<std::pair<CallView, unsigned>> fills;
  if (!place) return fills;
  for (const clang::Expr *call : calls_) {
    CallView view = viewCall(call);
    for (unsigned arg = 0; arg < view.args.size(); ++arg)
      if (storageOf(view.args[arg]) == place) fills.emplace_back(view, arg);
  }
  return fills;
}

void FunctionContext::forEachDestination(const clang::Expr *start,
                                         const std::function<bool(const Destination &)> &visit) {
  llvm::SmallPtrSet<const clang::VarDecl *, 8> followed;
  std::vector<const clang::Stmt *> work{start};
  auto emitVariable = [&](const clang::VarDecl *var, clang::SourceRange where) {
    if (visit({var->getNameAsString(), "variable '" + var->getNameAsString() + "'", where})) return true;
    if (var->isLocalVarDeclOrParm() && followed.size() < kMaxFollowedVariables && followed.insert(var).second) {
      auto uses = uses_.find(var);
      if (uses != uses_.end())
        for (const auto *use : uses->second) work.push_back(use);
    }
    return false;
  };
  // Names the entity an expression stands for: a variable, a field (with its object).
  auto emitTarget = [&](const clang::Expr *target, clang::SourceRange where) {
    target = stripWrappers(target);
    if (const auto *var = targetVariable(target)) return emitVariable(var, where);
    // A global or static: named, not followed (its other uses are out of this function).
    if (const auto *ref = llvm::dyn_cast_or_null<clang::DeclRefExpr>(target))
      if (const auto *global = llvm::dyn_cast<clang::VarDecl>(ref->getDecl()))
        return visit({global->getNameAsString(), "variable '" + global->getNameAsString() + "'", where});
    if (const auto *member = llvm::dyn_cast_or_null<clang::MemberExpr>(target)) {
      std::string field = member->getMemberDecl()->getNameAsString();
      if (visit({field, "member '" + field + "'", where})) return true;
      // `session.id`, `reset.code`: a field that only says "the value" takes its meaning from
      // the object (model list identifier-fields); `session.display_name` does not.
      if (const auto *base = llvm::dyn_cast<clang::DeclRefExpr>(stripWrappers(member->getBase()));
          base && models_.inList("identifier-fields", llvm::StringRef(field).lower()))
        return visit(
            {base->getDecl()->getNameAsString(), "'" + base->getDecl()->getNameAsString() + "." + field + "'", where});
    }
    return false;
  };

  while (!work.empty()) {
    const clang::Stmt *node = work.back();
    work.pop_back();
    for (unsigned depth = 0; node && depth < 64; ++depth) {
      const clang::Stmt *parent = parents_->getParent(node);
      if (!parent) break;
      if (const auto *decl = llvm::dyn_cast<clang::DeclStmt>(parent)) {
        for (const auto *d : decl->decls())
          if (const auto *var = llvm::dyn_cast<clang::VarDecl>(d); var && var->getInit() == node)
            if (emitVariable(var, var->getSourceRange())) return;
        break;
      }
      if (llvm::isa<clang::ReturnStmt>(parent)) {
        std::string name = function_.getNameAsString();
        if (const auto *method = llvm::dyn_cast<clang::CXXMethodDecl>(&function_); method && name.empty())
          name = method->getParent()->getNameAsString();
        visit({name, "return value of '" + name + "'", parent->getSourceRange(), true});
        break;
      }
      if (const auto *binary = llvm::dyn_cast<clang::BinaryOperator>(parent); binary && binary->isAssignmentOp()) {
        if (binary->getRHS() == node && emitTarget(binary->getLHS(), binary->getSourceRange())) return;
        break;
      }
      if (llvm::isa<clang::CallExpr, clang::CXXConstructExpr>(parent)) {
        CallView call = viewCall(llvm::cast<clang::Expr>(parent));
        auto argument = std::find(call.args.begin(), call.args.end(), node);
        if (argument == call.args.end()) {
          node = parent;  // the value is the object or the callee: the result derives from it
          continue;
        }
        const PropagatorModel *propagator = nullptr;
        if (const clang::Expr *target = writeTarget(call, propagator); target && target != node) {
          if (emitTarget(target, parent->getSourceRange())) return;
          break;
        }
        if (call.callee && !propagator && !llvm::isa<clang::CXXConstructExpr>(parent)) {
          // An unmodelled callee: its name and its parameter's name say where the value goes.
          std::string callee = call.callee->getNameAsString();
          size_t index = static_cast<size_t>(argument - call.args.begin());
          std::string param =
              index < call.callee->getNumParams() ? call.callee->getParamDecl(index)->getNameAsString() : "";
          if (visit({callee, "call to '" + callee + "'", parent->getSourceRange(), false, param})) return;
          if (index < call.callee->getNumParams()) {
            std::string description = "parameter '";
            description.append(param).append("' of '").append(callee).append("'");
            if (!param.empty() && visit({param, description, parent->getSourceRange()})) return;
          }
          if (const auto *object = call.object ? stripWrappers(call.object) : nullptr)
            if (emitTarget(object, parent->getSourceRange())) return;
        }
        node = parent;
        continue;
      }
      // Refund{order, amount, code}: the value lands in the field at its position.
      if (const auto *list = llvm::dyn_cast<clang::InitListExpr>(parent)) {
        const auto *record = list->getType()->getAsRecordDecl();
        if (record && !record->isUnion()) {
          unsigned index = 0;
          for (const auto *field : record->fields()) {
            if (index >= list->getNumInits()) break;
            if (list->getInit(index++) != node) continue;
            std::string name = field->getNameAsString();
            if (visit({name, "member '" + name + "'", node->getSourceRange()})) return;
          }
        }
      }
      if (llvm::isa<clang::Expr>(parent) && !llvm::isa<clang::StmtExpr>(parent)) {
        node = parent;  // casts, arithmetic, subscripts, conditionals: the value carries on
        continue;
      }
      break;
    }
  }
}

}  // namespace cppsec
