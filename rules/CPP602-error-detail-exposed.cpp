// CPP602 error-detail-exposed: exception messages, database errors and stack traces written
// into an HTTP response body. Sources and sinks are model data (rules/models/error-detail.yaml);
// this file adds the bodies that are assigned rather than passed (res.body = e.what()).
#include "analysis/FunctionContext.h"
#include "analysis/TaintRule.h"
#include "rules/BuiltInRules.h"

namespace cppsec {
namespace {

class ErrorDetailExposed : public TaintRule {
 public:
  ErrorDetailExposed()
      : TaintRule({.id = "CPP602",
                   .name = "error-detail-exposed",
                   .shortDescription = "Exception or database error message sent to the client",
                   .fullDescription =
                       "An exception's what(), a database error (PQerrorMessage, sqlite3_errmsg, mysql_error), an "
                       "OpenSSL or system error string, or a stack trace is written into an HTTP response body. "
                       "These describe the server's internals (table and column names, file paths, library "
                       "versions, the failing SQL) and help an attacker shape the next request. Log the detail on "
                       "the server and send the client a generic message with a request id.",
                   .cwes = {209},
                   .severity = Severity::Medium,
                   .confidence = Confidence::High,
                   .tags = {"security", "web", "information-disclosure"},
                   .help = {}},
                  {.sinkKind = "response-body",
                   .sourceKinds = {"error-detail"},
                   .what = "the response body",
                   .fix = "it tells the client about the server's internals; log the detail and send a generic message "
                          "with a request id",
                   .builtTextCounts = false,
                   .checksSilence = false}) {}

 protected:
  void checkOtherSinks(FunctionContext &function, FindingCollector &findings) const override {
    for (const clang::Expr *expr : function.calls()) {
      CallView call = viewCall(expr);
      if ((call.op != clang::OO_Equal && call.op != clang::OO_PlusEqual) || !call.object || call.args.empty()) continue;
      const clang::Expr *target = stripWrappers(call.object);
      bool body = false;
      if (const auto *member = llvm::dyn_cast<clang::MemberExpr>(target))
        body = function.models().inList("response-body-fields", member->getMemberDecl(), function.names());
      CallView accessor = viewCall(target);
      if (accessor.callee)
        body = body || function.models().inList("response-body-accessors", accessor.callee, function.names());
      if (body) checkValue(function, findings, call.args.back(), "body", call.args.back());
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeErrorDetailExposed(const ModelIndex &) {
  return std::make_unique<ErrorDetailExposed>();
}

}  // namespace cppsec
