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

void runParallel(size_t count, unsigned threads, const std::function<void(size_t)> &work) {
  llvm::CrashRecoveryContext::Enable();
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t index = next++; index < count; index = next++) work(index);
  };
  threads = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(count)));
  std::vector<llvm::thread> workers;
  workers.reserve(threads);
  for (unsigned i = 0; i < threads; ++i) workers.emplace_back(std::optional<unsigned>(kWorkerStackBytes), worker);
  for (auto &thread : workers) thread.join();
}

std::vector<TuResult> analyseAll(const std::vector<TuJob> &jobs, unsigned threads, const AnalysisSetup &setup) {
  std::vector<TuResult> results(jobs.size());
  runParallel(jobs.size(), threads, [&](size_t index) { results[index] = analyseSafely(jobs[index], setup); });
  return results;
}

}  // namespace cppsec
