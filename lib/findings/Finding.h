#pragma once
// The plain data a run produces. Nothing here knows Clang: a TuResult is what a worker
// hands to the merge step (and what a cache or a shard would store).
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cppsec {

enum class Severity { Low, Medium, High, Critical };
enum class Confidence { Low, Medium, High };

std::string_view toString(Severity severity);
std::string_view toString(Confidence confidence);
std::optional<Severity> parseSeverity(std::string_view text);
std::optional<Confidence> parseConfidence(std::string_view text);

// A range in a file; lines and columns are 1-based, columns count bytes.
struct SourcePos {
  std::string file;  // absolute, normalised
  unsigned line = 0;
  unsigned column = 0;
  unsigned endLine = 0;
  unsigned endColumn = 0;
};

// One step of the path a value took to the finding (SARIF threadFlowLocation, text note).
struct FlowStep {
  SourcePos pos;
  std::string message;
};

struct Suppression {
  std::string justification;
};

struct Finding {
  std::string ruleId;
  std::string message;
  Severity severity = Severity::Medium;
  Confidence confidence = Confidence::Medium;
  SourcePos pos;
  std::string snippet;   // the source line the finding starts on
  std::string function;  // qualified name of the enclosing function, if any
  std::vector<FlowStep> flow;
  std::optional<Suppression> suppression;
  std::string fingerprint;  // filled in by the merge step
};

// Something the run wants the user to know that is not a finding: a TU that failed to
// parse, a compiler flag that was dropped.
struct Notification {
  enum class Level { Error, Warning, Note };
  Level level = Level::Error;
  std::string message;
  std::string file;  // may be empty
  unsigned line = 0;
  unsigned column = 0;
};
std::string_view toString(Notification::Level level);

// What a function with external linkage does with values, for callers in other TUs.
// Functions are named by Clang's USR, the same in every TU that sees the declaration.
struct ExportedSummary {
  struct ParamSink {
    unsigned param = 0;
    std::string kind;        // sql, ...
    std::string sink;        // "execute -> sqlite3_exec"
    SourcePos site;          // the innermost sink call
    std::string field = {};  // when the parameter is a struct: the field that is the value, if known
  };
  // A parameter passed unchanged to a function this TU could not see into.
  struct ParamCall {
    unsigned param = 0;
    std::string callee;  // USR
    std::string calleeName;
    unsigned arg = 0;
  };
  std::string usr;
  std::string name;
  bool returnsBuilt = false;          // builds its result from non-constant parts of its own
  std::vector<unsigned> returnJoins;  // parameters it joins with other text into its result
  std::string returnPart;
  SourcePos returnSite;
  std::vector<std::string> returnsResultOf;  // USRs of unseen callees whose result it returns
  std::vector<ParamSink> paramSinks;
  std::vector<ParamCall> paramCalls;
  // Values of some kind it returns (a weak random draw, a size from the request), by the kind
  // the rule that found them gave them.
  struct Returned {
    std::string kind;
    std::string description;  // "std::mt19937"
    SourcePos site;           // where it was produced
    bool reported = false;    // already reported at high confidence where it was produced
  };
  std::vector<Returned> returned;
  // The virtual methods it overrides (USRs): a call through the base may run it.
  std::vector<std::string> overrides;
};

// A finding that holds only if a function defined in another TU does something: takes
// SQL text in parameter `arg` (a sink of `kind`), or returns text it built.
struct PendingFinding {
  // ParamSink: the callee passes argument `arg` to a sink of `kind`. BuiltResult: it returns
  // text it builds. ReturnedSource: it returns a value of `kind` (not already reported).
  enum class Needs { ParamSink, BuiltResult, ReturnedSource };
  Needs needs = Needs::ParamSink;
  std::string callee;  // USR
  unsigned arg = 0;
  std::string kind;
  std::map<unsigned, std::string> nonConstantArgs;  // BuiltResult: the call's non-constant arguments
  Finding finding;  // complete but for "{sink}" / "{part}" in the message, filled in at merge
                    // ({part}: what the callee returns, for ReturnedSource)
  // ParamSink with a struct argument: the fields of it that hold the value (empty: all of it).
  std::vector<std::string> fields = {};
};

struct TuResult {
  std::string file;  // the main source file of the TU
  bool failed = false;
  std::vector<Finding> findings;
  std::vector<Notification> notifications;
  std::vector<ExportedSummary> summaries;
  std::vector<PendingFinding> pending;
};

// Rolls whitespace runs into one space and trims, so re-indenting code keeps fingerprints.
std::string normaliseSnippet(std::string_view snippet);

}  // namespace cppsec
