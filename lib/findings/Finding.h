#pragma once
// The plain data a run produces. Nothing here knows Clang: a TuResult is what a worker
// hands to the merge step (and what a cache or a shard would store).
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
  SourcePos comment;
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

struct TuResult {
  std::string file;  // the main source file of the TU
  bool failed = false;
  std::vector<Finding> findings;
  std::vector<Notification> notifications;
};

// Rolls whitespace runs into one space and trims, so re-indenting code keeps fingerprints.
std::string normaliseSnippet(std::string_view snippet);

}  // namespace cppsec
