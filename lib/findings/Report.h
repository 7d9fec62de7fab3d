#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "findings/Finding.h"
#include "findings/RuleInfo.h"

namespace cppsec {

// The merged outcome of a run, ready for the reporters: deduplicated, fingerprinted and
// sorted, so the same input gives the same bytes whatever the number of threads.
struct Report {
  std::vector<Finding> findings;  // after filters; suppressed ones included
  std::vector<Notification> notifications;
  std::vector<RuleInfo> rules;  // the rules that ran, sorted by id
  size_t tusAnalysed = 0;
  size_t tusFailed = 0;
  std::string root;  // source root, absolute; paths are reported relative to it
  std::string toolVersion;

  const RuleInfo *rule(const std::string &id) const;
  // Path for humans and SARIF: relative to the root when under it.
  std::string relativePath(const std::string &file) const;
};

// Merges per-TU results (in TU order) into a report: one finding per place however many
// TUs saw it, sorted by file, line, column and rule, each with its fingerprint.
Report mergeResults(std::vector<TuResult> results, std::string root);

}  // namespace cppsec
