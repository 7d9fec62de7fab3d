#pragma once
// Analyses one translation unit: parse it with Clang, run every rule over every function,
// apply suppression comments. Independent of every other TU; the result is plain data.
#include <memory>
#include <string>
#include <vector>

#include "findings/Finding.h"
#include "findings/RuleInfo.h"

namespace clang {
class FrontendAction;
}

namespace cppsec {

class Rule;
class ModelIndex;
class PathFilter;

struct TuJob {
  std::string file;                      // absolute path of the main source file
  std::string directory;                 // the compile command's working directory
  std::vector<std::string> commandLine;  // adjusted: argv[0] ... -fsyntax-only ... file
};

struct AnalysisSetup {
  std::vector<const Rule *> rules;
  const ModelIndex *models = nullptr;
  const PathFilter *paths = nullptr;
  bool reportInvalidSuppressions = true;  // CPP001 enabled
  bool requireJustification = true;       // CPP001 also for a comment without a reason
  RuleInfo invalidSuppression;
};

TuResult analyseTu(const TuJob &job, const AnalysisSetup &setup);

// Runs a front-end action over one TU, with a file system of its own. Returns false when
// the TU could not be parsed, with the first error (and the count of the others) in notes.
bool runFrontendAction(const TuJob &job, std::unique_ptr<clang::FrontendAction> action,
                       std::vector<Notification> &notes);

}  // namespace cppsec
