#include "findings/Report.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <tuple>

#include "llvm/Support/xxhash.h"

namespace cppsec {
namespace {

auto placeKey(const Finding &f) {
  return std::tie(f.pos.file, f.pos.line, f.pos.column, f.ruleId, f.pos.endLine, f.pos.endColumn, f.message);
}

auto notificationKey(const Notification &n) { return std::tie(n.file, n.line, n.column, n.message, n.level); }

std::string hex64(uint64_t value) {
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(value));
  return buffer;
}

}  // namespace

const RuleInfo *Report::rule(const std::string &id) const {
  for (const auto &info : rules)
    if (info.id == id) return &info;
  return nullptr;
}

std::string Report::relativePath(const std::string &file) const {
  if (!root.empty() && file.size() > root.size() && file.compare(0, root.size(), root) == 0 &&
      (file[root.size()] == '/' || root.back() == '/'))
    return file.substr(root.size() + (root.back() == '/' ? 0 : 1));
  return file;
}

Report mergeResults(std::vector<TuResult> results, std::string root) {
  Report report;
  report.root = std::move(root);
  for (auto &result : results) {
    ++report.tusAnalysed;
    if (result.failed) ++report.tusFailed;
    for (auto &finding : result.findings) report.findings.push_back(std::move(finding));
    for (auto &notification : result.notifications) report.notifications.push_back(std::move(notification));
  }
  auto &findings = report.findings;
  // Ties on the place are broken by everything else that can differ, so the order (and the
  // copy kept below) never depends on which TU finished first.
  std::sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
    return std::tuple_cat(placeKey(a), std::tie(b.confidence, a.function, a.snippet)) <
           std::tuple_cat(placeKey(b), std::tie(a.confidence, b.function, b.snippet));
  });
  // A finding in a header is seen by every TU that includes it: keep one, with the highest
  // confidence any TU reached.
  std::vector<Finding> unique;
  for (auto &finding : findings) {
    if (!unique.empty() && placeKey(unique.back()) == placeKey(finding)) {
      unique.back().confidence = std::max(unique.back().confidence, finding.confidence);
      continue;
    }
    unique.push_back(std::move(finding));
  }
  findings = std::move(unique);

  // Fingerprint: rule, file, enclosing function and the normalised line, plus an ordinal
  // among identical ones, so edits elsewhere in the file leave it unchanged.
  std::map<std::string, unsigned> seen;
  for (auto &finding : findings) {
    std::string key = finding.ruleId + '\0' + report.relativePath(finding.pos.file) + '\0' + finding.function + '\0' +
                      normaliseSnippet(finding.snippet);
    unsigned ordinal = seen[key]++;
    key += '\0' + std::to_string(ordinal);
    finding.fingerprint = hex64(llvm::xxh3_64bits(llvm::StringRef(key)));
  }

  auto &notes = report.notifications;
  std::sort(notes.begin(), notes.end(),
            [](const Notification &a, const Notification &b) { return notificationKey(a) < notificationKey(b); });
  notes.erase(std::unique(notes.begin(), notes.end(),
                          [](const Notification &a, const Notification &b) {
                            return notificationKey(a) == notificationKey(b);
                          }),
              notes.end());
  return report;
}

}  // namespace cppsec
