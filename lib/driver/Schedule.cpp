#include "driver/Schedule.h"

#include <algorithm>
#include <atomic>

#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/thread.h"

namespace cppsec {
namespace {

// Clang recurses deeply on some code; give workers the stack clang itself asks for.
constexpr unsigned kWorkerStackBytes = 8u << 20;

TuResult analyseSafely(const TuJob &job, const AnalysisSetup &setup) {
  TuResult result;
  llvm::CrashRecoveryContext recovery;
  if (recovery.RunSafely([&] { result = analyseTu(job, setup); })) return result;
  result = TuResult{};
  result.file = job.file;
  result.failed = true;
  result.notifications.push_back({Notification::Level::Error,
                                  "the compiler front end crashed while analysing " + job.file +
                                      "; its findings are missing, the other TUs were analysed",
                                  job.file, 0, 0});
  return result;
}

}  // namespace

std::vector<TuResult> analyseAll(const std::vector<TuJob> &jobs, unsigned threads, const AnalysisSetup &setup) {
  llvm::CrashRecoveryContext::Enable();
  std::vector<TuResult> results(jobs.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t index = next++; index < jobs.size(); index = next++) results[index] = analyseSafely(jobs[index], setup);
  };
  threads = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(jobs.size())));
  std::vector<llvm::thread> workers;
  workers.reserve(threads);
  for (unsigned i = 0; i < threads; ++i) workers.emplace_back(std::optional<unsigned>(kWorkerStackBytes), work);
  for (auto &worker : workers) worker.join();
  return results;
}

}  // namespace cppsec
