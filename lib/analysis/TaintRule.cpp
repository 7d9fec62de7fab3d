#include "analysis/TaintRule.h"

#include <algorithm>

#include "analysis/FindingCollector.h"
#include "analysis/FunctionContext.h"
#include "analysis/Names.h"
#include "analysis/Summary.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

namespace cppsec {
namespace {

std::string calleeLabel(const clang::FunctionDecl *callee) {
  std::string name = callee->getNameAsString();
  if (const auto *method = llvm::dyn_cast<clang::CXXMethodDecl>(callee))
    return method->getParent()->getNameAsString() + "::" + name;
  return name;
}

bool derivesFromException(const clang::CXXRecordDecl *record, NameCache &names, unsigned depth = 0) {
  if (!record || !record->hasDefinition() || depth > 8) return false;
  if (names.qualifiedName(record) == "std::exception") return true;
  for (const clang::CXXBaseSpecifier &base : record->getDefinition()->bases())
    if (derivesFromException(base.getType()->getAsCXXRecordDecl(), names, depth + 1)) return true;
  return false;
}

// A value that cannot carry text an attacker shapes: numbers, booleans, enumerations.
bool carriesNoText(clang::QualType type) {
  if (type.isNull()) return false;
  type = type.getNonReferenceType().getCanonicalType();
  return type->isBooleanType() || type->isEnumeralType() || (type->isArithmeticType() && !type->isAnyCharacterType());
}

// How messages name data of a source kind.
std::string kindText(const std::string &kind) {
  if (kind == "request") return "the request";
  if (kind == "error-detail") return "an error description";
  return kind + " data";
}

bool hasWordFrom(const std::string &name, const std::vector<std::string> &words) {
  for (const std::string &word : splitIdentifierWords(name))
    if (std::find(words.begin(), words.end(), word) != words.end()) return true;
  return false;
}

// The if/while/for/?: conditions and the calls of a body, for the check search.
class ConditionCollector : public clang::RecursiveASTVisitor<ConditionCollector> {
 public:
  bool VisitIfStmt(clang::IfStmt *stmt) { return add(stmt->getCond()); }
  bool VisitWhileStmt(clang::WhileStmt *stmt) { return add(stmt->getCond()); }
  bool VisitForStmt(clang::ForStmt *stmt) { return add(stmt->getCond()); }
  bool VisitConditionalOperator(clang::ConditionalOperator *op) { return add(op->getCond()); }
  bool VisitCallExpr(clang::CallExpr *call) {
    calls.push_back(call);
    return true;
  }
  std::vector<const clang::Expr *> conditions;
  std::vector<const clang::CallExpr *> calls;

 private:
  bool add(const clang::Expr *condition) {
    if (condition) conditions.push_back(condition);
    return true;
  }
};

bool readsVariable(const clang::Stmt *stmt, const llvm::SmallPtrSetImpl<const clang::VarDecl *> &vars,
                   const clang::Stmt *skip) {
  if (!stmt || stmt == skip) return false;
  if (const auto *call = llvm::dyn_cast<clang::CXXMemberCallExpr>(stmt))
    if (const auto *method = call->getMethodDecl()) {
      std::string name = method->getNameAsString();
      if (name == "empty" || name == "size" || name == "length") return false;
    }
  if (const auto *ref = llvm::dyn_cast<clang::DeclRefExpr>(stmt))
    if (const auto *var = llvm::dyn_cast<clang::VarDecl>(ref->getDecl()); var && vars.count(var)) return true;
  for (const clang::Stmt *child : stmt->children())
    if (readsVariable(child, vars, skip)) return true;
  return false;
}

// Whether an operand is one of the variables itself (name, name.c_str(), *it).
bool isVariable(const clang::Expr *expr, const llvm::SmallPtrSetImpl<const clang::VarDecl *> &vars) {
  expr = stripWrappers(expr);
  if (const auto *call = llvm::dyn_cast<clang::CXXMemberCallExpr>(expr))
    expr = stripWrappers(call->getImplicitObjectArgument());
  const auto *ref = llvm::dyn_cast_or_null<clang::DeclRefExpr>(expr);
  const auto *var = ref ? llvm::dyn_cast<clang::VarDecl>(ref->getDecl()) : nullptr;
  return var && vars.count(var);
}

// Whether a condition is the kind of test that validates a path, URL or host: equality of the
// value with something (an allowlist entry, a known word: nothing else gets through), a prefix
// or containment test (starts_with, rfind(x, 0), find(".."), compare), a lookup (count,
// contains), a test against a literal or character with '.', '/', '\\' or ':' in it, a
// character-class test (all_of, regex_match), or a call whose name says it checks. A dispatch
// on a command word's prefix (strncmp(cmd, "get", 3)) or on one letter validates nothing.
bool isValidatingTest(const clang::Stmt *stmt, const llvm::SmallPtrSetImpl<const clang::VarDecl *> &vars,
                      const std::vector<std::string> &checkWords, const clang::Stmt *skip) {
  if (!stmt || stmt == skip) return false;
  if (const auto *literal = llvm::dyn_cast<clang::StringLiteral>(stmt))
    return literal->getCharByteWidth() == 1 && literal->getString().find_first_of("./\\:") != llvm::StringRef::npos;
  if (const auto *character = llvm::dyn_cast<clang::CharacterLiteral>(stmt))
    return llvm::StringRef("./\\:").contains(static_cast<char>(character->getValue()));
  if (const auto *binary = llvm::dyn_cast<clang::BinaryOperator>(stmt);
      binary && binary->isEqualityOp() && (isVariable(binary->getLHS(), vars) || isVariable(binary->getRHS(), vars)))
    return true;
  if (const auto *op = llvm::dyn_cast<clang::CXXOperatorCallExpr>(stmt);
      op && (op->getOperator() == clang::OO_EqualEqual || op->getOperator() == clang::OO_ExclaimEqual) &&
      op->getNumArgs() == 2 && (isVariable(op->getArg(0), vars) || isVariable(op->getArg(1), vars)))
    return true;
  if (const auto *call = llvm::dyn_cast<clang::CallExpr>(stmt))
    if (const auto *callee = call->getDirectCallee()) {
      static const std::vector<std::string> tests{
          "starts_with",       "ends_with",    "rfind",      "find",
          "compare",           "count",        "contains",   "find_first_of",
          "find_first_not_of", "mismatch",     "equal",      "lexically_relative",
          "regex_match",       "regex_search", "all_of",     "any_of",
          "none_of",           "strcmp",       "strcasecmp", "wcscmp"};
      std::string name = callee->getNameAsString();
      if (std::find(tests.begin(), tests.end(), name) != tests.end() || hasWordFrom(name, checkWords)) return true;
    }
  for (const clang::Stmt *child : stmt->children())
    if (isValidatingTest(child, vars, checkWords, skip)) return true;
  return false;
}

}  // namespace

TaintRule::Origin TaintRule::findOrigin(FunctionContext &function, const clang::Expr *value) const {
  const ModelIndex &models = function.models();
  NameCache &names = function.names();
  const auto &sanitizerWords = models.models().list("taint-sanitizer-words");
  Origin origin;
  auto isSourceKind = [&](const std::string &kind) {
    return std::find(options_.sourceKinds.begin(), options_.sourceKinds.end(), kind) != options_.sourceKinds.end();
  };
  function.walkContributors(value, [&](const clang::Expr *expr) {
    if (expr != value && carriesNoText(expr->getType())) return FunctionContext::Walk::Prune;
    if (llvm::isa<clang::CallExpr, clang::CXXConstructExpr>(expr)) {
      CallView call = viewCall(expr);
      if (call.callee) {
        if (const SanitizerModel *sanitizer = models.sanitizerFor(call.callee, names);
            sanitizer && sanitizer->kind == options_.sinkKind)
          return FunctionContext::Walk::Prune;
        if (hasWordFrom(call.callee->getNameAsString(), sanitizerWords)) return FunctionContext::Walk::Prune;
        for (const SourceModel *source : models.sourcesFor(call.callee, names))
          if (isSourceKind(source->kind) && source->to.kind == ArgRef::Kind::Return &&
              function.conditionHolds(source->when, call)) {
            origin = {kindText(source->kind) + " ('" + calleeLabel(call.callee) + "')", expr};
            return FunctionContext::Walk::Stop;
          }
        const auto *method = llvm::dyn_cast<clang::CXXMethodDecl>(call.callee);
        if (isSourceKind("error-detail") && method && method->getNameAsString() == "what" &&
            derivesFromException(method->getParent(), names)) {
          origin = {"the exception's message ('" + calleeLabel(call.callee) + "')", expr};
          return FunctionContext::Walk::Stop;
        }
        if (const FunctionSummary *summary = function.summaryOf(call.callee))
          for (const std::string &kind : options_.sourceKinds)
            if (summary->returnedSources.count("origin:" + kind)) {
              origin = {kindText(kind) + ", returned by '" + calleeLabel(call.callee) + "'", expr};
              return FunctionContext::Walk::Stop;
            }
      }
    }
    if (const auto *member = llvm::dyn_cast<clang::MemberExpr>(expr))
      for (const std::string &kind : options_.sourceKinds)
        if (models.inList(kind + "-fields", member->getMemberDecl(), names)) {
          origin = {kindText(kind) + " ('" + member->getMemberDecl()->getNameAsString() + "')", expr};
          return FunctionContext::Walk::Stop;
        }
    // A buffer filled by a source through an argument: recv(fd, buf, ...). (Text parsed out
    // of request data, sscanf(command + 7, "%s", file_name), is a write the walk follows.)
    if (const auto *ref = llvm::dyn_cast<clang::DeclRefExpr>(expr))
      for (const auto &[fill, argIndex] : function.callsFilling(ref->getDecl())) {
        for (const SourceModel *source : models.sourcesFor(fill.callee, names))
          if (isSourceKind(source->kind) && source->to.kind == ArgRef::Kind::Index && source->to.index == argIndex &&
              function.conditionHolds(source->when, fill)) {
            origin = {kindText(source->kind) + ", read by '" + calleeLabel(fill.callee) + "'", fill.expr};
            return FunctionContext::Walk::Stop;
          }
      }
    return FunctionContext::Walk::Continue;
  });
  return origin;
}

bool TaintRule::checkedInCondition(FunctionContext &function, const clang::Expr *value) const {
  llvm::SmallPtrSet<const clang::VarDecl *, 8> vars;
  function.walkContributors(value, [&](const clang::Expr *expr) {
    if (const auto *ref = llvm::dyn_cast<clang::DeclRefExpr>(expr))
      if (const auto *var = llvm::dyn_cast<clang::VarDecl>(ref->getDecl()); var && var->isLocalVarDeclOrParm())
        vars.insert(var);
    return FunctionContext::Walk::Continue;
  });
  if (vars.empty() || !function.function().getBody()) return false;
  ConditionCollector collector;
  collector.TraverseStmt(function.function().getBody());
  const auto &checkWords = function.models().models().list("taint-check-words");
  for (const clang::Expr *condition : collector.conditions)
    // The sink's own call may sit in the condition (if (rename(from, to) != 0)): it tests nothing.
    if (readsVariable(condition, vars, value) && isValidatingTest(condition, vars, checkWords, value)) return true;
  // A checking function called on the value (validate_url(url), ensure_inside(root, path)).
  for (const clang::CallExpr *call : collector.calls) {
    const clang::FunctionDecl *callee = call->getDirectCallee();
    if (!callee || !hasWordFrom(callee->getNameAsString(), checkWords)) continue;
    for (const clang::Expr *arg : call->arguments())
      if (readsVariable(arg, vars, value)) return true;
  }
  return false;
}

void TaintRule::checkValue(FunctionContext &function, FindingCollector &findings, const clang::Expr *value,
                           const std::string &sinkLabel, const clang::Expr *reportAt) const {
  Origin origin = findOrigin(function, value);
  Confidence confidence = info().confidence;
  std::string message;
  std::vector<FlowNote> flow;
  if (origin.where) {
    if (options_.checksSilence && checkedInCondition(function, value)) return;
    message = options_.what + " passed to '" + sinkLabel + "' comes from " + origin.description + ": " + options_.fix;
    flow.push_back({origin.where->getSourceRange(), "the value comes from here"});
  } else if (options_.builtTextCounts) {
    Classification how = function.classify(value);
    if (how.value != ValueClass::Built || how.numeric) return;
    // "grep " + shell_quote(q): the non-constant part went through a quoting function.
    std::string partCallee = how.part.substr(0, how.part.find('('));
    partCallee = partCallee.substr(partCallee.rfind(':') == std::string::npos ? 0 : partCallee.rfind(':') + 1);
    if (how.part.find('(') != std::string::npos &&
        hasWordFrom(partCallee, function.models().models().list("taint-sanitizer-words")))
      return;
    confidence = Confidence::Medium;
    message = options_.what + " passed to '" + sinkLabel + "' is built at run time from non-constant '" + how.part +
              "': " + options_.fix;
    flow = how.steps;
  } else {
    return;
  }
  if (!findings.firstAt(info(), reportAt->getBeginLoc())) return;
  flow.push_back({reportAt->getSourceRange(), "used as " + options_.what + " of '" + sinkLabel + "'"});
  findings.report(info(), &function, reportAt->getSourceRange(), std::move(message), confidence, flow);
}

void TaintRule::summarize(FunctionContext &function, FunctionSummary &summary) const {
  // A helper that checks the value before its sink (canonicalise and compare, an allowlist)
  // is not a sink for its callers.
  if (options_.checksSilence)
    std::erase_if(summary.paramSinks, [&](const ParamSink &sink) {
      if (sink.kind != options_.sinkKind) return false;
      for (const clang::Expr *expr : function.calls()) {
        if (expr->getSourceRange() != sink.site) continue;
        CallView call = viewCall(expr);
        if (!call.callee) continue;
        for (const SinkModel *model : function.models().sinksAt(call.callee, function.names()))
          for (unsigned arg = model->arg;
               model->kind == options_.sinkKind && arg < call.args.size() && model->covers(arg); ++arg)
            if (checkedInCondition(function, call.args[arg])) return true;
      }
      return false;
    });
  for (const std::string &kind : options_.sourceKinds) {
    std::string key = "origin:" + kind;
    if (summary.returnedSources.count(key)) continue;
    for (const clang::Expr *returned : function.returnValues()) {
      Origin origin = findOrigin(function, returned);
      if (!origin.where) continue;
      summary.returnedSources[key] = {origin.description, origin.where->getSourceRange(), false};
      break;
    }
  }
}

void TaintRule::checkFunction(FunctionContext &function, FindingCollector &findings) const {
  for (const clang::Expr *expr : function.calls()) {
    CallView call = viewCall(expr);
    if (!call.callee) continue;
    for (const SinkModel *sink : function.models().sinksAt(call.callee, function.names())) {
      if (sink->kind != options_.sinkKind || !function.sinkApplies(*sink, call)) continue;
      for (unsigned arg = sink->arg; arg < call.args.size() && sink->covers(arg); ++arg)
        checkValue(function, findings, call.args[arg], calleeLabel(call.callee), call.args[arg]);
    }
    if (const FunctionSummary *summary = function.summaryOf(call.callee))
      for (const ParamSink &sink : summary->paramSinks)
        if (sink.kind == options_.sinkKind && sink.param < call.args.size())
          checkValue(function, findings, call.args[sink.param], calleeLabel(call.callee) + " -> " + sink.sink,
                     call.args[sink.param]);
  }
  checkOtherSinks(function, findings);
}

}  // namespace cppsec
