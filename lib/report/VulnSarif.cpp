#include <fstream>
#include <map>

#include "report/VulnReporters.h"

namespace cppsec {
namespace {

constexpr size_t kMaxDescription = 1000;

Severity severityOf(const Advisory &advisory) {
  if (advisory.severity == "CRITICAL") return Severity::Critical;
  if (advisory.severity == "HIGH") return Severity::High;
  if (advisory.severity == "LOW") return Severity::Low;
  return Severity::Medium;
}

std::string clip(std::string text) {
  if (text.size() > kMaxDescription) text = text.substr(0, kMaxDescription - 3) + "...";
  return text;
}

std::string lineOf(const std::string &file, unsigned line) {
  std::ifstream in(file);
  std::string text;
  for (unsigned i = 0; i < line && std::getline(in, text); ++i) {
  }
  return text;
}

RuleInfo ruleFor(const VulnFinding &finding, const LibraryInUse &library) {
  const Advisory &advisory = *finding.advisory;
  RuleInfo rule;
  rule.id = advisory.id;
  rule.name = "vulnerable-" + library.library;
  rule.shortDescription = clip(advisory.summary.empty() ? advisory.id : advisory.summary);
  rule.fullDescription = clip(advisory.details.empty() ? rule.shortDescription : advisory.details);
  for (const auto &cwe : advisory.cwes)
    if (cwe.rfind("CWE-", 0) == 0) rule.cwes.push_back(static_cast<unsigned>(std::stoul(cwe.substr(4))));
  rule.severity = severityOf(advisory);
  rule.confidence = Confidence::High;
  rule.tags = {"vulnerability", "dependency", library.library};
  std::string help = "# " + advisory.id + ": " + rule.shortDescription + "\n\n" + advisory.details + "\n\n";
  help += "Library: **" + library.library + "**";
  if (!finding.fixedVersion.empty()) help += ", fixed in " + finding.fixedVersion;
  help += ".\n\nFix: upgrade the library, or remove the calls to the functions the advisory names.\n\n";
  help += "More info: " + advisory.advisoryUrl() + "\n";
  rule.help = help;
  return rule;
}

}  // namespace

Report vulnFindingsAsReport(const VulnReport &report) {
  TuResult merged;
  std::map<std::string, RuleInfo> rules;
  for (const auto &finding : report.findings) {
    if (finding.status != VulnStatus::Affected && finding.status != VulnStatus::PossiblyAffected) continue;
    const LibraryInUse &library = report.libraries[finding.library];
    RuleInfo rule = ruleFor(finding, library);
    for (const auto &site : finding.sites) {
      Finding result;
      result.ruleId = rule.id;
      result.severity = rule.severity;
      result.confidence = site.possibly ? Confidence::Low : Confidence::High;
      result.pos = site.trace.back().pos;
      result.function = site.trace.back().function;
      result.snippet = lineOf(result.pos.file, result.pos.line);
      result.message =
          library.library + " " + library.version + " has " + finding.advisory->id + " (" + rule.shortDescription +
          "), reached through this call to " + site.symbol + "." +
          (finding.fixedVersion.empty() ? "" : " Fixed in " + finding.fixedVersion + ".") +
          (site.possibly ? " Possibly: an option argument the advisory depends on is not a constant." : "");
      for (size_t i = 0; i < site.trace.size(); ++i) {
        const TraceStep &step = site.trace[i];
        std::string next = i + 1 < site.trace.size() ? site.trace[i + 1].function : site.symbol;
        result.flow.push_back({step.pos, step.function + " calls " + next});
      }
      if (finding.ignored)
        result.suppression = Suppression{finding.ignored->reason + " (until " + finding.ignored->expires + ")"};
      merged.findings.push_back(std::move(result));
    }
    rules.emplace(rule.id, std::move(rule));
  }
  merged.notifications = report.notifications;
  std::vector<TuResult> results;
  results.push_back(std::move(merged));
  Report out = mergeResults(std::move(results), report.root);
  out.tusAnalysed = report.tusAnalysed;
  out.tusFailed = report.tusFailed;
  out.toolVersion = report.toolVersion;
  for (auto &[id, rule] : rules) out.rules.push_back(std::move(rule));
  return out;
}

}  // namespace cppsec
