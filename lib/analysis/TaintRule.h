#pragma once
// A rule about data of some origin (request data, error details) reaching a sink of one
// kind (a shell command, a redirect target, a URL fetched, a file path, a response body).
// Sources, sinks and sanitizers are model data; the rule follows the sink's argument back
// through locals, string building and same-TU helpers (summaries), and reports where data
// of the origin gets in. Parameters that reach a sink make their function a sink for its
// callers (summaries), so a handler passing request data to a helper is reported at the call.
#include <string>
#include <vector>

#include "analysis/Rule.h"

namespace clang {
class Expr;
class SourceRange;
}  // namespace clang

namespace cppsec {

struct CallView;
enum class Confidence;

struct TaintRuleOptions {
  std::string sinkKind;                  // sinks of this kind (model `kind:`)
  std::vector<std::string> sourceKinds;  // sources of these kinds (request, error-detail)
  std::string what;                      // "the shell command", used in messages
  std::string fix;                       // the end of every message: what to do instead
  // Text built at run time from non-constant parts is reported too, at medium confidence,
  // when no source is seen (a command line assembled from parameters).
  bool builtTextCounts = false;
  // A condition in the function that tests the value (an allowlist, a prefix check after
  // canonicalisation) counts as a check, and the value is not reported.
  bool checksSilence = false;
};

class TaintRule : public Rule {
 public:
  TaintRule(RuleInfo info, TaintRuleOptions options) : Rule(std::move(info)), options_(std::move(options)) {}
  void summarize(FunctionContext &function, FunctionSummary &summary) const override;
  void checkFunction(FunctionContext &function, FindingCollector &findings) const override;

 protected:
  struct Origin {
    std::string description;  // "request parameter from 'get_param_value'"
    const clang::Expr *where = nullptr;
  };
  // Where data of a source kind gets into a value, if it does.
  Origin findOrigin(FunctionContext &function, const clang::Expr *value) const;
  void checkValue(FunctionContext &function, FindingCollector &findings, const clang::Expr *value,
                  const std::string &sinkLabel, const clang::Expr *reportAt) const;
  // Assignments that are sinks without a call (res.body = ...): rules that have them add them.
  virtual void checkOtherSinks(FunctionContext &, FindingCollector &) const {}
  const TaintRuleOptions &options() const { return options_; }

 private:
  bool checkedInCondition(FunctionContext &function, const clang::Expr *value) const;

  TaintRuleOptions options_;
};

}  // namespace cppsec
