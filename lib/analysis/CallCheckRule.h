#pragma once
// A rule made of call-checks (model data): a call is a finding when the callee is one a
// `call-checks:` entry of this rule names and all the entry's argument conditions hold.
// Rules with more to say (exceptions, confidence from context, other statements) derive
// from it and override the hooks.
#include "analysis/Rule.h"

namespace clang {
class Expr;
}

namespace cppsec {

struct CallView;
struct CallCheck;
enum class Confidence;

class CallCheckRule : public Rule {
 public:
  using Rule::Rule;
  void checkFunction(FunctionContext &function, FindingCollector &findings) const override;

 protected:
  // Whether a call that meets a check is reported; may change the confidence. The default
  // knows the `unless: literal-fits` exception.
  virtual bool accept(FunctionContext &function, const CallView &call, const CallCheck &check,
                      Confidence &confidence) const;
};

// Whether strcpy(dst, "literal") copies a literal into an array that holds it.
bool literalFits(const CallView &call);

}  // namespace cppsec
