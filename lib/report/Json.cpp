#include <array>
#include <nlohmann/json.hpp>

#include "report/Reporters.h"

namespace cppsec {
namespace {

nlohmann::ordered_json position(const Report &report, const SourcePos &pos) {
  return {{"file", report.relativePath(pos.file)},
          {"line", pos.line},
          {"column", pos.column},
          {"endLine", pos.endLine},
          {"endColumn", pos.endColumn}};
}

}  // namespace

std::string toJson(const Report &report) {
  nlohmann::ordered_json findings = nlohmann::ordered_json::array();
  size_t suppressed = 0;
  std::array<size_t, 4> bySeverity{};  // indexed by Severity
  for (const auto &finding : report.findings) {
    const RuleInfo *rule = report.rule(finding.ruleId);
    nlohmann::ordered_json entry = {{"ruleId", finding.ruleId},
                                    {"ruleName", rule ? rule->name : ""},
                                    {"message", finding.message},
                                    {"severity", toString(finding.severity)},
                                    {"confidence", toString(finding.confidence)},
                                    {"cwe", rule ? rule->cwes : std::vector<unsigned>{}}};
    entry.update(position(report, finding.pos));
    entry["snippet"] = finding.snippet;
    entry["function"] = finding.function;
    entry["fingerprint"] = finding.fingerprint;
    nlohmann::ordered_json flow = nlohmann::ordered_json::array();
    for (const auto &step : finding.flow) {
      nlohmann::ordered_json item = position(report, step.pos);
      item["message"] = step.message;
      flow.push_back(std::move(item));
    }
    entry["flow"] = std::move(flow);
    if (finding.suppression) {
      ++suppressed;
      entry["suppression"] = {{"kind", "inSource"}, {"justification", finding.suppression->justification}};
    } else {
      entry["suppression"] = nullptr;
      ++bySeverity[static_cast<size_t>(finding.severity)];
    }
    findings.push_back(std::move(entry));
  }
  nlohmann::ordered_json notifications = nlohmann::ordered_json::array();
  for (const auto &note : report.notifications) {
    nlohmann::ordered_json item = {{"level", toString(note.level)}, {"message", note.message}};
    item["file"] =
        note.file.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(report.relativePath(note.file));
    item["line"] = note.line;
    notifications.push_back(std::move(item));
  }
  nlohmann::ordered_json document = {
      {"formatVersion", kJsonFormatVersion},
      {"tool", {{"name", "cppsec"}, {"version", report.toolVersion}}},
      {"root", report.root},
      {"summary",
       {{"findings", report.findings.size() - suppressed},
        {"suppressed", suppressed},
        {"bySeverity",
         {{"critical", bySeverity[3]}, {"high", bySeverity[2]}, {"medium", bySeverity[1]}, {"low", bySeverity[0]}}},
        {"tusAnalysed", report.tusAnalysed},
        {"tusFailed", report.tusFailed}}},
      {"findings", std::move(findings)},
      {"notifications", std::move(notifications)}};
  // Source lines are not always UTF-8 (GBK, Latin-1): replace bad bytes rather than fail.
  return document.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace cppsec
