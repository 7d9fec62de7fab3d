#pragma once
// The interface every rule implements. A rule is shared by all worker threads, so its
// checks are const and keep their state in the FunctionContext they are given.
#include <memory>
#include <string>
#include <vector>

#include "findings/RuleInfo.h"

namespace clang {
class ASTContext;
class DeclaratorDecl;
}  // namespace clang

namespace cppsec {

class FunctionContext;
class NameCache;
struct FunctionSummary;
class FindingCollector;
class ModelIndex;

class Rule {
 public:
  explicit Rule(RuleInfo info) : info_(std::move(info)) {}
  virtual ~Rule() = default;
  Rule(const Rule &) = delete;
  Rule &operator=(const Rule &) = delete;

  const RuleInfo &info() const { return info_; }
  // Called once for every function definition the TU holds outside system headers, callees
  // before callers: adds what the rule needs its callers to know to the function's summary.
  virtual void summarize(FunctionContext &, FunctionSummary &) const {}
  // Called once for every such function, after all summaries are made.
  virtual void checkFunction(FunctionContext &function, FindingCollector &findings) const = 0;
  // Called once for every variable of namespace or class scope with an initializer, and every
  // field with a default member initializer, outside system headers: what no function holds.
  virtual void checkDeclaration(const clang::DeclaratorDecl &, clang::ASTContext &, const ModelIndex &, NameCache &,
                                FindingCollector &) const {}
  // Called once per TU, after the functions and declarations: rules that look at the whole
  // AST at once (a pack's AST-matcher pattern).
  virtual void checkTranslationUnit(clang::ASTContext &, FindingCollector &) const {}

 private:
  RuleInfo info_;
};

// The built-in rule library (rules/), created against the run's models.
std::vector<std::unique_ptr<Rule>> createBuiltInRules(const ModelIndex &models);
// The rules the loaded packs define (`rules:` in model files); throws InputError naming
// file:line:col for a pattern that does not compile. With `errors`, records and goes on.
std::vector<std::unique_ptr<Rule>> createPackRules(const ModelIndex &models,
                                                   std::vector<std::string> *errors = nullptr);
// Both, built-in first.
std::vector<std::unique_ptr<Rule>> createRules(const ModelIndex &models);
// Metadata of the rules whose findings the engine itself makes (CPP001 invalid-suppression).
RuleInfo invalidSuppressionRuleInfo();
// The help page of a rule (docs/rules/<ID>.md, compiled in); empty when there is none.
std::string builtInHelp(const std::string &ruleId);

}  // namespace cppsec
