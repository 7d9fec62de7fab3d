#pragma once
// What the rules see of one function: its calls, and a value-flow view of its body.
// Built once per function and queried by every rule. A local's value at a use is the join
// of the writes that reach it on the function's CFG (see FlowOrder); bounded, and close to
// linear in the size of the body.
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "analysis/FlowOrder.h"
#include "analysis/ModelIndex.h"
#include "analysis/Summary.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ParentMap.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/Regex.h"

namespace cppsec {

// A step of an explanation: a place in the code and what happened there.
struct FlowNote {
  clang::SourceRange range;
  std::string message;
};

struct Classification {
  ValueClass value = ValueClass::Constant;
  std::string part;             // source text of a non-constant part, for messages
  std::vector<FlowNote> steps;  // where it was built, in flow order
  bool numeric = false;         // every non-constant part is a number (or an enum)
};

// A call seen uniformly: callee, the object of a method call (if any) and the arguments
// without it. Covers plain, member and operator calls and constructions.
struct CallView {
  const clang::Expr *expr = nullptr;
  const clang::FunctionDecl *callee = nullptr;
  const clang::Expr *object = nullptr;
  std::vector<const clang::Expr *> args;
  clang::OverloadedOperatorKind op = clang::OO_None;
};
CallView viewCall(const clang::Expr *call);

// Somewhere a value ends up: a variable, a field, a callee parameter, a function result.
struct Destination {
  std::string name;         // the identifier that receives the value
  std::string description;  // "variable 'token'", "return value of 'make_otp'"
  clang::SourceRange range;
  bool isReturn = false;       // the function's result
  std::string parameter = {};  // for a call: the declared name of the parameter it is passed as
};

class FunctionContext {
 public:
  FunctionContext(const clang::FunctionDecl &function, clang::ASTContext &context, const ModelIndex &models,
                  NameCache &names, const SummaryTable *summaries = nullptr);
  ~FunctionContext();

  const clang::FunctionDecl &function() const { return function_; }
  clang::ASTContext &astContext() const { return context_; }
  const ModelIndex &models() const { return models_; }
  NameCache &names() const { return names_; }

  // Every call and construction in the body (and constructor initialisers), in source order.
  const std::vector<const clang::Expr *> &calls() const { return calls_; }
  // The values the function returns (return statements' expressions).
  const std::vector<const clang::Expr *> &returnValues() const { return returns_; }

  // The summary of a function called here, when its body was analysed first.
  const FunctionSummary *summaryOf(const clang::FunctionDecl *callee) const;
  // Every summary of this TU (all are made before any function is checked), or null.
  const SummaryTable *summaryTable() const { return summaries_; }
  // Computes this function's summary (its callees' summaries must be in the table already).
  FunctionSummary summarize();
  // Adds what this method stores in fields of `this` to the class-wide table.
  void collectMemberWrites(MemberTable &members);
  // From now on, a field of `this` read before any write here holds what the class's other
  // methods store in it. (Forgets what was classified before.)
  void useMembers(const MemberTable *members);
  // The parameters whose values flow into an expression.
  std::vector<unsigned> contributingParams(const clang::Expr *expr) const;
  // A project function whose body is in another TU (declared here, not defined, no model).
  bool isUnseen(const clang::FunctionDecl *callee) const;
  // Calls to unseen functions, or to functions returning such calls' results, whose result
  // flows into expr: the cross-TU part of where expr comes from.
  std::vector<CallView> unseenResultsIn(const clang::Expr *expr) const;
  // Clang's unified symbol resolution name: the same in every TU.
  std::string usrOf(const clang::Decl *decl) const;

  // Backward: how the value of an expression was made.
  Classification classify(const clang::Expr *expr);

  // Forward: the named places the value of an expression reaches within this function,
  // following locals through assignments, appends, stream insertions and returns. visit
  // returns true to stop the walk.
  void forEachDestination(const clang::Expr *expr, const std::function<bool(const Destination &)> &visit);

  // Backward: every expression whose value may flow into expr, following locals through
  // their writes (bounded). visit returns true to stop.
  void forEachContributor(const clang::Expr *expr, const std::function<bool(const clang::Expr *)> &visit) const;
  // The same walk, where visit can also prune: not look inside an expression (the argument
  // of a masking function, the string whose size() is taken).
  enum class Walk { Continue, Prune, Stop };
  void walkContributors(const clang::Expr *expr, const std::function<Walk(const clang::Expr *)> &visit) const;
  // The name of the constant an argument spells (an enumerator such as CURLOPT_PASSWORD, or
  // the macro it was written as) or the text of a string literal, or empty.
  std::string constantName(const clang::Expr *expr) const;
  // The variable or field whose storage an argument hands to a callee: &len, (char *)&hdr,
  // buf + n, buf.data(), boost::asio::buffer(&len, 4) (model list buffer-wrappers), this->header_.
  const clang::Decl *storageOf(const clang::Expr *arg) const;
  // The calls that fill a variable's or field's storage through an argument.
  std::vector<std::pair<CallView, unsigned>> callsFilling(const clang::Decl *place) const;
  // Whether a model's `when` condition holds at a call (always, when it has none).
  // (ArgConditions.cpp)
  bool conditionHolds(const ArgCondition &condition, const CallView &call);
  bool sinkApplies(const SinkModel &sink, const CallView &call) { return conditionHolds(sink.when, call); }
  // The integer an expression surely has here: a constant expression, or a local whose every
  // write reaching this use is the same constant.
  std::optional<long long> integerValue(const clang::Expr *expr, unsigned depth = 0) const;
  // Whether the expression is, or is built from, a string literal (or a constant variable
  // initialised with one) whose text the regex finds.
  bool builtFromLiteralMatching(const clang::Expr *expr, const std::string &pattern) const;
  // Whether a variable, field or getter the expression is built from is named with one of
  // the words (phrases as SensitiveNames takes them).
  bool builtFromNamed(const clang::Expr *expr, const std::vector<std::string> &words) const;
  // The places a local variable is used (reads and writes), in source order of the walk.
  const std::vector<const clang::DeclRefExpr *> &usesOf(const clang::VarDecl *var) const;
  const clang::Stmt *parent(const clang::Stmt *stmt) const { return parents_->getParent(stmt); }

  std::string sourceText(const clang::Stmt *stmt, size_t maxLength = 60) const;

 private:
  struct Write {
    const clang::Stmt *site;
    std::vector<const clang::Expr *> parts;
    bool concat;           // parts joined into the variable (vs. copied)
    bool overwrites;       // the variable's old value is gone afterwards (=, init, snprintf)
    bool unknown = false;  // filled by a function we cannot see into (an out-parameter)
  };
  class BodyIndexer;

  void recordWrite(const clang::Expr *target, const clang::Stmt *site, std::vector<const clang::Expr *> parts,
                   bool concat, bool overwrites);
  // Which writes can reach a use: on the CFG, those met on some path back from the use
  // before a write that surely overwrites the variable. Off the CFG, by source order: those
  // before the use (or in a loop around it), from the last one that surely overwrites it
  // on the way there (unconditional, in a block that holds the use).
  struct Reaching {
    std::vector<const Write *> writes;
    bool replaced = false;  // the value from before these writes is surely gone
  };
  Reaching writesReaching(const std::vector<Write> &writes, const clang::Expr *use) const;
  const clang::IfStmt *replacedOnBothBranches(const std::vector<const Write *> &writes, const clang::Expr *use) const;
  bool isBefore(const clang::Stmt *a, const clang::Stmt *b) const;
  bool sharesLoop(const clang::Stmt *site, const clang::Stmt *use) const;
  bool surelyRunsBefore(const clang::Stmt *site, const clang::Stmt *use) const;
  bool leavesBeforeReaching(const clang::Stmt *site, const clang::Stmt *use) const;
  const clang::VarDecl *targetVariable(const clang::Expr *target) const;
  const clang::Expr *writeTarget(const CallView &call, const PropagatorModel *&propagator) const;
  Classification opaque(const clang::Expr *expr, clang::QualType type) const;
  Classification classifyThroughSummary(const CallView &call, const FunctionSummary &summary);
  Classification classifyVariable(const clang::VarDecl *var, const clang::Expr *use);
  // A field of a local or of `this` is followed like a variable of its own.
  using FieldPlace = std::pair<const clang::VarDecl *, const clang::FieldDecl *>;  // var null: this
  std::optional<FieldPlace> fieldPlace(const clang::Expr *expr) const;
  Classification classifyField(const FieldPlace &place, const clang::MemberExpr *use);
  Classification joinReaching(Classification base, const std::vector<Write> *writes, const clang::Expr *use,
                              const std::string &name);
  Classification classifyCall(const CallView &call);
  Classification join(const std::vector<const clang::Expr *> &parts, bool concat, const clang::Stmt *site);
  std::vector<const clang::Expr *> sources(const CallView &call, const PropagatorModel &propagator) const;

  const clang::FunctionDecl &function_;
  clang::ASTContext &context_;
  const ModelIndex &models_;
  NameCache &names_;
  const SummaryTable *summaries_;
  const MemberTable *members_ = nullptr;
  // While summarising, parameters are taken as constants to tell what the function builds
  // by itself from what it builds out of its arguments; each mode has its own cache.
  bool paramsConstant_ = false;
  std::vector<const clang::Expr *> returns_;
  std::unique_ptr<clang::ParentMap> parents_;
  mutable std::unique_ptr<FlowOrder> flow_;  // built at the first question of order
  std::vector<const clang::Expr *> calls_;
  llvm::DenseMap<const clang::VarDecl *, std::vector<Write>> writes_;
  llvm::DenseMap<const clang::VarDecl *, std::vector<const clang::DeclRefExpr *>> uses_;
  std::map<FieldPlace, std::vector<Write>> fieldWrites_;
  using VariableUse = std::tuple<const clang::VarDecl *, const clang::FieldDecl *, const clang::Expr *>;
  std::map<VariableUse, Classification> variableCache_[2];
  std::map<VariableUse, bool> inProgress_;
  mutable std::map<std::string, std::unique_ptr<llvm::Regex>> regexes_;  // compiled model patterns
};

// Strips parentheses, implicit and explicit casts, temporaries and cleanups.
const clang::Expr *stripWrappers(const clang::Expr *expr);
// The string literal an expression is, also when converted to std::string or a view on the way.
const clang::StringLiteral *stringLiteralIn(const clang::Expr *expr);
// The name of the variable or field an expression designates, or empty.
std::string designatedName(const clang::Expr *expr);

}  // namespace cppsec
