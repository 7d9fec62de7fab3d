#include <cctype>
#include <nlohmann/json.hpp>

#include "report/Reporters.h"

namespace cppsec {
namespace {

using Json = nlohmann::ordered_json;
constexpr const char *kInformationUri = "https://github.com/cppsec/cppsec";

// Percent-encodes everything but RFC 3986's unreserved characters and the path separator,
// so '#', '?' and spaces stay part of the file name.
std::string encodePath(const std::string &path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string fileUri(const std::string &absolutePath) {
  return "file://" + encodePath(absolutePath);
}

Json artifactLocation(const Report &report, const std::string &file) {
  std::string relative = report.relativePath(file);
  if (relative != file) return {{"uri", encodePath(relative)}, {"uriBaseId", "%SRCROOT%"}};
  return {{"uri", fileUri(file)}};
}

Json physicalLocation(const Report &report, const SourcePos &pos, const std::string &snippet) {
  Json region = {{"startLine", pos.line}, {"startColumn", pos.column}};
  if (pos.endLine) {
    region["endLine"] = pos.endLine;
    region["endColumn"] = pos.endColumn;
  }
  if (!snippet.empty()) region["snippet"] = {{"text", snippet}};
  return {{"artifactLocation", artifactLocation(report, pos.file)}, {"region", region}};
}

std::string level(Severity severity) {
  switch (severity) {
    case Severity::Critical:
    case Severity::High:
      return "error";
    case Severity::Medium:
      return "warning";
    case Severity::Low:
      return "note";
  }
  return "warning";
}

std::string precision(Confidence confidence) {
  switch (confidence) {
    case Confidence::High:
      return "high";
    case Confidence::Medium:
      return "medium";
    case Confidence::Low:
      return "low";
  }
  return "medium";
}

// SARIF messages are sentences: GitHub and the validator want a final period.
std::string sentence(std::string text) {
  if (!text.empty() && text.back() != '.') text += '.';
  return text;
}

Json ruleDescriptor(const RuleInfo &rule) {
  Json tags = Json::array();
  for (const auto &tag : rule.tags) tags.push_back(tag);
  for (unsigned cwe : rule.cwes) tags.push_back("external/cwe/cwe-" + std::to_string(cwe));
  std::string help = rule.help.empty() ? sentence(rule.fullDescription) : rule.help;
  return {{"id", rule.id},
          {"name", rule.pascalName()},
          {"shortDescription", {{"text", sentence(rule.shortDescription)}}},
          {"fullDescription", {{"text", sentence(rule.fullDescription).substr(0, 1024)}}},
          {"helpUri", std::string(kInformationUri) + "/blob/main/docs/rules/" + rule.id + ".md"},
          {"help", {{"text", help}, {"markdown", help}}},
          {"defaultConfiguration", {{"level", level(rule.severity)}}},
          {"properties",
           {{"tags", tags},
            {"precision", precision(rule.confidence)},
            {"problem.severity", level(rule.severity) == "note" ? "recommendation" : level(rule.severity)},
            {"security-severity", rule.securitySeverity()}}}};
}

}  // namespace

std::string toSarif(const Report &report) {
  Json rules = Json::array();
  for (const auto &rule : report.rules) rules.push_back(ruleDescriptor(rule));

  Json results = Json::array();
  for (const auto &finding : report.findings) {
    size_t ruleIndex = 0;
    while (ruleIndex < report.rules.size() && report.rules[ruleIndex].id != finding.ruleId) ++ruleIndex;
    Json result = {
        {"ruleId", finding.ruleId},
        {"ruleIndex", ruleIndex},
        {"level", level(finding.severity)},
        {"message", {{"text", sentence(finding.message)}}},
        {"locations", Json::array({{{"physicalLocation", physicalLocation(report, finding.pos, finding.snippet)}}})},
        {"partialFingerprints",
         {{"primaryLocationLineHash", finding.fingerprint + ":1"}, {"cppsec/v1", finding.fingerprint}}}};
    if (!finding.flow.empty()) {
      Json steps = Json::array();
      for (const auto &step : finding.flow)
        steps.push_back({{"location",
                          {{"physicalLocation", physicalLocation(report, step.pos, "")},
                           {"message", {{"text", sentence(step.message)}}}}}});
      result["codeFlows"] = Json::array({{{"threadFlows", Json::array({{{"locations", steps}}})}}});
    }
    if (finding.suppression)
      result["suppressions"] =
          Json::array({{{"kind", "inSource"}, {"justification", finding.suppression->justification}}});
    result["properties"] = {{"confidence", toString(finding.confidence)}, {"severity", toString(finding.severity)}};
    results.push_back(std::move(result));
  }

  Json notifications = Json::array();
  for (const auto &note : report.notifications) {
    Json item = {{"level", std::string(toString(note.level))}, {"message", {{"text", sentence(note.message)}}}};
    if (!note.file.empty()) {
      SourcePos pos{note.file, note.line, note.column ? note.column : 1, 0, 0};
      item["locations"] = Json::array({{{"physicalLocation", physicalLocation(report, pos, "")}}});
    }
    notifications.push_back(std::move(item));
  }

  std::string root = report.root;
  if (root.empty() || root.back() != '/') root += '/';
  Json run = {
      {"tool",
       {{"driver",
         {{"name", "cppsec"},
          {"version", report.toolVersion},
          {"semanticVersion", report.toolVersion},
          {"informationUri", kInformationUri},
          {"rules", rules}}}}},
      {"invocations",
       Json::array({{{"executionSuccessful", report.tusFailed == 0}, {"toolExecutionNotifications", notifications}}})},
      {"originalUriBaseIds", {{"%SRCROOT%", {{"uri", fileUri(root)}}}}},
      {"columnKind", "utf16CodeUnits"},
      {"results", results}};
  Json document = {
      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"}, {"version", "2.1.0"}, {"runs", Json::array({run})}};
  // Source lines are not always UTF-8 (GBK, Latin-1): replace bad bytes rather than fail.
  return document.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace cppsec
