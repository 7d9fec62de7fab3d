#pragma once
#include <vector>

#include "analysis/TuAnalysis.h"

namespace cppsec {

// Analyses the jobs on `threads` workers, one TU at a time each. Results come back in job
// order whatever the timing. A TU whose front end crashes is reported as failed; the
// others go on.
std::vector<TuResult> analyseAll(const std::vector<TuJob> &jobs, unsigned threads, const AnalysisSetup &setup);

}  // namespace cppsec
