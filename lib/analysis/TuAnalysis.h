#pragma once
// Analyses one translation unit: parse it with Clang, run every rule over every function,
// apply suppression comments. Independent of every other TU; the result is plain data.
#include <string>
#include <vector>

#include "findings/Finding.h"
#include "findings/RuleInfo.h"

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

}  // namespace cppsec
