#pragma once
#include <functional>
#include <vector>

#include "analysis/TuAnalysis.h"

namespace cppsec {

// Analyses the jobs on `threads` workers, one TU at a time each. Results come back in job
// order whatever the timing. A TU whose front end crashes is reported as failed; the
// others go on.
// Calls work(i) for i in [0, count) on `threads` workers with the stack Clang needs.
void runParallel(size_t count, unsigned threads, const std::function<void(size_t)> &work);

std::vector<TuResult> analyseAll(const std::vector<TuJob> &jobs, unsigned threads, const AnalysisSetup &setup);

}  // namespace cppsec
