// CPP201 sql-string-built: SQL text built at run time from non-constant parts and handed to
// a database API. Which functions take SQL text is model data (rules/models/sql-sinks.yaml).
#include "analysis/FindingCollector.h"
#include "analysis/FunctionContext.h"
#include "analysis/Rule.h"
#include "clang/AST/DeclCXX.h"
#include "rules/BuiltInRules.h"

#include <algorithm>

namespace cppsec {
namespace {

constexpr const char *kWhy =
    "whoever controls that value can change the statement (SQL injection). Keep the SQL text constant";

// "sqlite3_exec", "transaction_base::exec": short enough for a message, precise enough to find.
std::string calleeLabel(const clang::FunctionDecl *callee) {
  std::string name = callee->getNameAsString();
  if (const auto *method = llvm::dyn_cast<clang::CXXMethodDecl>(callee))
    return method->getParent()->getNameAsString() + "::" + name;
  return name;
}

class SqlStringBuilt : public Rule {
 public:
  SqlStringBuilt()
      : Rule({.id = "CPP201",
              .name = "sql-string-built",
              .shortDescription = "SQL text built at run time from non-constant parts",
              .fullDescription =
                  "The SQL text passed to a database API is assembled at run time (operator+, append, streams, "
                  "snprintf, fmt::format, absl::StrCat) from values that are not constants. Whoever controls "
                  "those values can change the statement (SQL injection). Keep the SQL text constant and pass "
                  "values as bound parameters.",
              .cwes = {89},
              .severity = Severity::High,
              .confidence = Confidence::High,
              .tags = {"security", "injection", "sql"},
              .help = {}}) {}

  void checkFunction(FunctionContext &function, FindingCollector &findings) const override {
    for (const clang::Expr *call : function.calls()) {
      CallView view = viewCall(call);
      if (!view.callee) continue;
      for (const SinkModel *sink : function.models().sinksAt(view.callee, function.names())) {
        if (sink->kind != "sql" || sink->arg >= view.args.size()) continue;
        const clang::Expr *text = view.args[sink->arg];
        Classification how = function.classify(text);
        if (how.value == ValueClass::Opaque &&
            !(sink->fragment && view.object && isStreamedAfterText(function, view.object))) {
          textFromOtherTu(function, findings, view, text);
          continue;
        }
        // A fragment counts as a piece of larger text only when it is streamed after another
        // piece (`stmt << "..." << name`); streamed first it is the whole text so far.
        bool piece = sink->fragment && view.object && isStreamedAfterText(function, view.object);
        if (piece ? how.value == ValueClass::Constant : how.value != ValueClass::Built) continue;
        std::string callee = calleeLabel(view.callee);
        std::string message =
            piece && how.value == ValueClass::Opaque
                ? "non-constant value '" + how.part + "' becomes part of the SQL text sent through '" + callee +
                      "': whoever controls it can change the statement (SQL injection). Bind it as a parameter "
                      "(e.g. soci::use) instead of streaming it into the text"
                : "SQL text passed to '" + callee + "' is built at run time from non-constant '" + how.part +
                      "': " + kWhy +
                      " and pass values as bound parameters (sqlite3_bind_*, PQexecParams, "
                      "prepared statements)";
        // Numbers spliced into SQL are bugs too, but rarely exploitable: say so in the confidence.
        Confidence confidence = how.numeric ? Confidence::Low : info().confidence;
        if (how.numeric) message += " (the non-constant parts are numbers, which limits what can be injected)";
        std::vector<FlowNote> flow = how.steps;
        flow.push_back({text->getSourceRange(), "used as the SQL text of '" + callee + "'"});
        findings.report(info(), &function, text->getSourceRange(), std::move(message), confidence, flow);
      }
      checkThroughCallee(function, findings, view);
    }
  }

 private:
  // Whether the stream object is itself the result of streaming text into a SQL statement.
  static bool isStreamedAfterText(FunctionContext &function, const clang::Expr *object) {
    const auto *call = llvm::dyn_cast<clang::CallExpr>(stripWrappers(object));
    if (!call) return false;
    CallView previous = viewCall(call);
    return previous.op == clang::OO_LessLess && !function.models().sinksAt(previous.callee, function.names()).empty();
  }

  void checkThroughCallee(FunctionContext &function, FindingCollector &findings, const CallView &call) const {
    const FunctionSummary *summary = function.summaryOf(call.callee);
    std::vector<unsigned> reported;
    if (summary) reported = checkKnownCallee(function, findings, call, *summary);
    // Built text handed to a function that passes it on to another TU (or lives there):
    // the merge step reports it if that function runs it as SQL.
    bool unseen = function.isUnseen(call.callee);
    for (unsigned arg = 0; arg < call.args.size(); ++arg) {
      if (std::find(reported.begin(), reported.end(), arg) != reported.end()) continue;
      bool passedOn = summary && std::any_of(summary->paramCalls.begin(), summary->paramCalls.end(),
                                             [&](const auto &unseenCall) { return unseenCall.param == arg; });
      if (!unseen && !passedOn) continue;
      Classification how = function.classify(call.args[arg]);
      if (how.value != ValueClass::Built) continue;
      std::string callee = calleeLabel(call.callee);
      PendingFinding pending{PendingFinding::Needs::ParamSink, function.usrOf(call.callee), arg, "sql", {}, {}};
      std::vector<FlowNote> flow = how.steps;
      flow.push_back({call.args[arg]->getSourceRange(), "passed to '" + callee + "'"});
      findings.reportPending(std::move(pending), info(), &function, call.args[arg]->getSourceRange(),
                             "SQL text built at run time from non-constant '" + how.part + "' is passed to '" + callee +
                                 "', which runs it as SQL ({sink}): " + kWhy + " and pass values as bound parameters",
                             how.numeric ? Confidence::Low : info().confidence, flow);
    }
  }

  // SQL text that comes from a function of another TU: reported at merge if it builds it.
  void textFromOtherTu(FunctionContext &function, FindingCollector &findings, const CallView &sinkCall,
                       const clang::Expr *text) const {
    for (const CallView &source : function.unseenResultsIn(text)) {
      std::string sink = calleeLabel(sinkCall.callee), builder = calleeLabel(source.callee);
      PendingFinding pending{PendingFinding::Needs::BuiltResult, function.usrOf(source.callee), 0, "sql", {}, {}};
      // The builder may join its arguments into the text: say which ones are not constant.
      for (unsigned arg = 0; arg < source.args.size(); ++arg)
        if (Classification how = function.classify(source.args[arg]); how.value != ValueClass::Constant)
          pending.nonConstantArgs[arg] = how.part;
      std::string message = "SQL text passed to '";
      message.append(sink).append("' comes from '").append(builder);
      message.append("', which builds it at run time from non-constant '{part}': ").append(kWhy);
      message.append(" and pass values as bound parameters");
      findings.reportPending(std::move(pending), info(), &function, text->getSourceRange(), std::move(message),
                             info().confidence, {{text->getSourceRange(), "used as the SQL text of '" + sink + "'"}});
    }
  }

  // A function of this TU that passes one of its parameters to a SQL sink: built text given
  // for that parameter is reported here, where it is built. Returns the arguments reported.
  std::vector<unsigned> checkKnownCallee(FunctionContext &function, FindingCollector &findings, const CallView &call,
                                         const FunctionSummary &summary) const {
    std::vector<unsigned> reported;
    for (const ParamSink &sink : summary.paramSinks) {
      if (sink.kind != "sql" || sink.param >= call.args.size()) continue;
      if (std::find(reported.begin(), reported.end(), sink.param) != reported.end()) continue;
      const clang::Expr *text = call.args[sink.param];
      Classification how = function.classify(text);
      if (how.value != ValueClass::Built) continue;
      reported.push_back(sink.param);
      std::string callee = calleeLabel(call.callee);
      std::string message = "SQL text built at run time from non-constant '" + how.part + "' is passed to '" + callee +
                            "', which runs it as SQL (" + sink.sink + "): " + kWhy +
                            " and pass values as bound parameters";
      Confidence confidence = how.numeric ? Confidence::Low : info().confidence;
      std::vector<FlowNote> flow = how.steps;
      flow.push_back({text->getSourceRange(), "passed to '" + callee + "'"});
      flow.push_back({sink.site, "where it reaches '" + sink.sink.substr(sink.sink.rfind(' ') + 1) + "' as SQL text"});
      findings.report(info(), &function, text->getSourceRange(), std::move(message), confidence, flow);
    }
    return reported;
  }
};

}  // namespace

std::unique_ptr<Rule> makeSqlStringBuilt(const ModelIndex &) {
  return std::make_unique<SqlStringBuilt>();
}

}  // namespace cppsec
