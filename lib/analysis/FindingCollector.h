#pragma once
// Where rules report. Turns Clang locations into plain positions, drops findings in system
// headers and excluded paths, and records the enclosing function and source line.
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "analysis/FunctionContext.h"
#include "findings/Finding.h"
#include "findings/RuleInfo.h"

namespace clang {
class SourceManager;
}

namespace cppsec {

class PathFilter;

// The absolute, normalised path of a file the front end read. Names in the source manager
// are as the compile command spelled them, often relative to its working directory.
std::string absoluteFilePath(const clang::SourceManager &sources, clang::FileID file);

class FindingCollector {
 public:
  FindingCollector(clang::ASTContext &context, const PathFilter &paths) : context_(context), paths_(paths) {}

  void report(const RuleInfo &rule, const FunctionContext *function, clang::SourceRange where, std::string message,
              Confidence confidence, const std::vector<FlowNote> &flow = {});
  // A finding outside any FunctionContext (a pattern rule's match), in an enclosing function
  // or none.
  void reportIn(const RuleInfo &rule, const clang::FunctionDecl *enclosing, clang::SourceRange where,
                std::string message, Confidence confidence, const std::vector<FlowNote> &flow = {});
  // A finding that holds only if a function of another TU does what `pending` says; the
  // merge step decides. The message may hold {sink} and {part}, filled in then.
  void reportPending(PendingFinding pending, const RuleInfo &rule, const FunctionContext *function,
                     clang::SourceRange where, std::string message, Confidence confidence,
                     const std::vector<FlowNote> &flow = {});
  // True the first time a rule asks about a place, false after: for rules that may reach
  // the same place along several paths (a literal used twice) and report it once.
  bool firstAt(const RuleInfo &rule, clang::SourceLocation location) {
    return reportedAt_.insert({rule.id, location.getRawEncoding()}).second;
  }
  // Whether findings at this location would be kept (not a system header, not excluded).
  bool reportable(clang::SourceLocation location);

  std::vector<Finding> take() { return std::move(findings_); }
  std::vector<PendingFinding> takePending() { return std::move(pending_); }
  SourcePos position(clang::SourceRange range) const;
  static std::string displayName(const clang::FunctionDecl &function);
  std::string lineText(clang::SourceLocation location) const;

 private:
  clang::ASTContext &context_;
  const PathFilter &paths_;
  std::vector<Finding> findings_;
  std::vector<PendingFinding> pending_;
  std::set<std::pair<std::string, unsigned>> reportedAt_;
};

}  // namespace cppsec
