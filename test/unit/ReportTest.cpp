// Merging per-TU results and the three reporters (SARIF, JSON, text).
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "findings/Report.h"
#include "report/Reporters.h"

namespace cppsec {
namespace {

using nlohmann::json;

Finding makeFinding(std::string file, unsigned line, unsigned column, std::string snippet = "run(q);",
                    std::string function = "f", Confidence confidence = Confidence::Medium) {
  Finding finding;
  finding.ruleId = "CPP201";
  finding.message = "SQL text built from a non-constant string";
  finding.severity = Severity::High;
  finding.confidence = confidence;
  finding.pos = {std::move(file), line, column, line, column + 3};
  finding.snippet = std::move(snippet);
  finding.function = std::move(function);
  return finding;
}

TuResult tu(std::string file, std::vector<Finding> findings, bool failed = false) {
  return TuResult{std::move(file), failed, std::move(findings), {}, {}, {}};
}

RuleInfo sqlRule() {
  RuleInfo rule;
  rule.id = "CPP201";
  rule.name = "sql-string-built";
  rule.shortDescription = "SQL built from strings";
  rule.fullDescription = "SQL text is built from non-constant strings";
  rule.cwes = {89};
  rule.tags = {"security"};
  rule.severity = Severity::High;
  return rule;
}

RuleInfo otherRule() {
  RuleInfo rule;
  rule.id = "CPP100";
  rule.name = "other";
  return rule;
}

TEST(MergeResultsTest, HeaderFindingSeenByTwoTusIsKeptOnceWithHighestConfidence) {
  std::vector<TuResult> results;
  results.push_back(tu("/p/a.cpp", {makeFinding("/p/h.h", 4, 2, "run(q);", "f", Confidence::Low)}));
  results.push_back(tu("/p/b.cpp", {makeFinding("/p/h.h", 4, 2, "run(q);", "f", Confidence::High)}));
  Report report = mergeResults(std::move(results), "/p");
  ASSERT_EQ(report.findings.size(), 1u);
  EXPECT_EQ(report.findings[0].confidence, Confidence::High);
  const std::string &fingerprint = report.findings[0].fingerprint;
  EXPECT_EQ(fingerprint.size(), 16u) << fingerprint;
  EXPECT_EQ(fingerprint.find_first_not_of("0123456789abcdef"), std::string::npos) << fingerprint;
}

TEST(MergeResultsTest, SortsByFileLineAndColumn) {
  std::vector<TuResult> results;
  results.push_back(tu("/p/b.cpp", {makeFinding("/p/b.cpp", 9, 1), makeFinding("/p/b.cpp", 2, 7)}));
  results.push_back(tu("/p/a.cpp", {makeFinding("/p/a.cpp", 5, 1), makeFinding("/p/b.cpp", 2, 3)}));
  Report report = mergeResults(std::move(results), "/p");
  ASSERT_EQ(report.findings.size(), 4u);
  std::vector<std::tuple<std::string, unsigned, unsigned>> order;
  for (const auto &f : report.findings) order.emplace_back(f.pos.file, f.pos.line, f.pos.column);
  EXPECT_EQ(order, (decltype(order){{"/p/a.cpp", 5, 1}, {"/p/b.cpp", 2, 3}, {"/p/b.cpp", 2, 7}, {"/p/b.cpp", 9, 1}}));
}

TEST(MergeResultsTest, FingerprintSurvivesLineMovedByAnEditAbove) {
  Report before = mergeResults({tu("/p/a.cpp", {makeFinding("/p/a.cpp", 10, 5, "  run(\"x\" + q);")})}, "/p");
  Report after = mergeResults({tu("/p/a.cpp", {makeFinding("/p/a.cpp", 14, 9, "      run(\"x\"   + q);")})}, "/p");
  ASSERT_EQ(before.findings.size(), 1u);
  ASSERT_EQ(after.findings.size(), 1u);
  EXPECT_EQ(before.findings[0].fingerprint, after.findings[0].fingerprint);
}

TEST(MergeResultsTest, FingerprintDiffersForIdenticalLinesInOneFunction) {
  Report report =
      mergeResults({tu("/p/a.cpp", {makeFinding("/p/a.cpp", 10, 5), makeFinding("/p/a.cpp", 11, 5)})}, "/p");
  ASSERT_EQ(report.findings.size(), 2u);
  EXPECT_NE(report.findings[0].fingerprint, report.findings[1].fingerprint);
}

TEST(MergeResultsTest, FingerprintDependsOnFunction) {
  Report f = mergeResults({tu("/p/a.cpp", {makeFinding("/p/a.cpp", 10, 5, "run(q);", "f")})}, "/p");
  Report g = mergeResults({tu("/p/a.cpp", {makeFinding("/p/a.cpp", 10, 5, "run(q);", "g")})}, "/p");
  EXPECT_NE(f.findings[0].fingerprint, g.findings[0].fingerprint);
}

TEST(MergeResultsTest, CountsTusAndDeduplicatesNotifications) {
  Notification note{Notification::Level::Note, "dropped flag", "", 0, 0};
  std::vector<TuResult> results = {tu("/p/a.cpp", {}), tu("/p/b.cpp", {}, /*failed=*/true), tu("/p/c.cpp", {})};
  results[0].notifications = {note};
  results[2].notifications = {note};
  Report report = mergeResults(std::move(results), "/p");
  EXPECT_EQ(report.tusAnalysed, 3u);
  EXPECT_EQ(report.tusFailed, 1u);
  EXPECT_EQ(report.notifications.size(), 1u);
  EXPECT_EQ(report.root, "/p");
}

// Two rules, an active finding under the root and a suppressed one, one TU failed.
Report sampleReport() {
  Finding suppressed = makeFinding("/work/proj/src/db.cpp", 20, 3);
  suppressed.suppression = Suppression{"table name is a constant"};
  Report report = mergeResults({tu("/work/proj/src/db.cpp", {makeFinding("/work/proj/src/db.cpp", 12, 5), suppressed}),
                                tu("/work/proj/src/bad.cpp", {}, /*failed=*/true)},
                               "/work/proj");
  report.rules = {otherRule(), sqlRule()};
  report.toolVersion = "0.1.0";
  return report;
}

TEST(SarifTest, IsSarif210WithRuleTagsAndCwe) {
  json sarif = json::parse(toSarif(sampleReport()));
  EXPECT_EQ(sarif["version"], "2.1.0");
  const json &rules = sarif["runs"][0]["tool"]["driver"]["rules"];
  ASSERT_EQ(rules.size(), 2u);
  EXPECT_EQ(rules[1]["id"], "CPP201");
  EXPECT_EQ(rules[1]["name"], "SqlStringBuilt");
  const json &tags = rules[1]["properties"]["tags"];
  EXPECT_NE(std::find(tags.begin(), tags.end(), "security"), tags.end()) << tags;
  EXPECT_NE(std::find(tags.begin(), tags.end(), "external/cwe/cwe-89"), tags.end()) << tags;
  EXPECT_EQ(rules[1]["properties"]["security-severity"], "8.0");
}

TEST(SarifTest, ResultPointsAtItsRuleAndRelativeLocation) {
  json sarif = json::parse(toSarif(sampleReport()));
  const json &result = sarif["runs"][0]["results"][0];
  EXPECT_EQ(result["ruleId"], "CPP201");
  EXPECT_EQ(result["ruleIndex"], 1);
  EXPECT_EQ(sarif["runs"][0]["tool"]["driver"]["rules"][result["ruleIndex"].get<size_t>()]["id"], "CPP201");
  const json &location = result["locations"][0]["physicalLocation"];
  EXPECT_EQ(location["artifactLocation"]["uriBaseId"], "%SRCROOT%");
  EXPECT_EQ(location["artifactLocation"]["uri"], "src/db.cpp");
  EXPECT_EQ(location["region"]["startLine"], 12);
  EXPECT_EQ(location["region"]["startColumn"], 5);
  EXPECT_TRUE(result["partialFingerprints"].contains("primaryLocationLineHash"));
  EXPECT_FALSE(result.contains("suppressions"));
  EXPECT_EQ(result["message"]["text"].get<std::string>().back(), '.');
}

TEST(SarifTest, SuppressedFindingIsMarkedInSource) {
  json sarif = json::parse(toSarif(sampleReport()));
  const json &result = sarif["runs"][0]["results"][1];
  ASSERT_TRUE(result.contains("suppressions"));
  EXPECT_EQ(result["suppressions"][0]["kind"], "inSource");
  EXPECT_EQ(result["suppressions"][0]["justification"], "table name is a constant");
}

TEST(SarifTest, RunWithFailedTuIsNotSuccessfulAndRootEndsInSlash) {
  json sarif = json::parse(toSarif(sampleReport()));
  const json &run = sarif["runs"][0];
  EXPECT_EQ(run["invocations"][0]["executionSuccessful"], false);
  std::string rootUri = run["originalUriBaseIds"]["%SRCROOT%"]["uri"];
  EXPECT_EQ(rootUri, "file:///work/proj/");

  Report ok = mergeResults({tu("/work/proj/a.cpp", {})}, "/work/proj/");
  EXPECT_EQ(json::parse(toSarif(ok))["runs"][0]["invocations"][0]["executionSuccessful"], true);
}

TEST(SarifTest, FileOutsideRootGetsAnAbsoluteUri) {
  Report report = mergeResults({tu("/work/proj/a.cpp", {makeFinding("/usr/include/x.h", 1, 1)})}, "/work/proj");
  json location = json::parse(toSarif(report))["runs"][0]["results"][0]["locations"][0]["physicalLocation"];
  EXPECT_EQ(location["artifactLocation"]["uri"], "file:///usr/include/x.h");
  EXPECT_FALSE(location["artifactLocation"].contains("uriBaseId"));
}

TEST(SarifTest, UriEscapesCharactersThatEndAPath) {
  Report report = mergeResults({tu("/work/proj/a#b.cpp", {makeFinding("/work/proj/a#b.cpp", 1, 1)})}, "/work/proj");
  json location = json::parse(toSarif(report))["runs"][0]["results"][0]["locations"][0]["physicalLocation"];
  EXPECT_EQ(location["artifactLocation"]["uri"].get<std::string>(), "a%23b.cpp");
}

TEST(JsonTest, HasVersionSummaryAndRelativeFiles) {
  json document = json::parse(toJson(sampleReport()));
  EXPECT_EQ(document["formatVersion"], "1.0");
  EXPECT_EQ(document["root"], "/work/proj");
  const json &summary = document["summary"];
  EXPECT_EQ(summary["findings"], 1) << "the suppressed finding is not counted";
  EXPECT_EQ(summary["suppressed"], 1);
  EXPECT_EQ(summary["bySeverity"]["high"], 1);
  EXPECT_EQ(summary["tusAnalysed"], 2);
  EXPECT_EQ(summary["tusFailed"], 1);
  ASSERT_EQ(document["findings"].size(), 2u);
  EXPECT_EQ(document["findings"][0]["file"], "src/db.cpp");
  EXPECT_EQ(document["findings"][0]["cwe"], json::array({89}));
  EXPECT_TRUE(document["findings"][0]["suppression"].is_null());
  EXPECT_EQ(document["findings"][1]["suppression"]["justification"], "table name is a constant");
}

Report textReport() {
  Finding finding = makeFinding("/p/file.cpp", 3, 5, "    db.exec(q);");
  finding.pos.endColumn = 12;
  finding.message = "SQL text built from a non-constant string";
  Report report = mergeResults({tu("/p/file.cpp", {finding})}, "/p");
  return report;
}

TEST(TextTest, ClangStyleDiagnosticWithSnippetAndCaret) {
  std::ostringstream out;
  writeText(textReport(), TextOptions{}, out);
  std::string text = out.str();
  EXPECT_NE(text.find("file.cpp:3:5: warning: SQL text built from a non-constant string [CPP201]\n"), std::string::npos)
      << text;
  EXPECT_NE(text.find("\n    db.exec(q);\n    ^~~~~~~\n"), std::string::npos) << text;
  EXPECT_EQ(text.find('\033'), std::string::npos) << "no ANSI escapes without color";
  EXPECT_NE(text.find("cppsec: 1 finding (0 critical, 1 high, 0 medium, 0 low); 1 TU analysed, 0 failed\n"),
            std::string::npos)
      << text;
}

TEST(TextTest, ColorAddsEscapes) {
  std::ostringstream out;
  writeText(textReport(), TextOptions{.color = true}, out);
  EXPECT_NE(out.str().find('\033'), std::string::npos);
}

TEST(TextTest, CaretKeepsTabs) {
  Finding finding = makeFinding("/p/t.cpp", 1, 3, "\t\tx();");
  finding.pos.endLine = 0;  // unknown end: the caret runs to the end of the line
  std::ostringstream out;
  writeText(mergeResults({tu("/p/t.cpp", {finding})}, "/p"), TextOptions{}, out);
  EXPECT_NE(out.str().find("\n\t\tx();\n\t\t^~~~\n"), std::string::npos) << out.str();
}

TEST(TextTest, SuppressedFindingsShownOnlyWhenAsked) {
  Report report = sampleReport();
  std::ostringstream hidden, shown;
  writeText(report, TextOptions{}, hidden);
  writeText(report, TextOptions{.showSuppressed = true}, shown);
  EXPECT_EQ(hidden.str().find("suppressed: table name"), std::string::npos) << hidden.str();
  EXPECT_NE(shown.str().find("[CPP201, suppressed: table name is a constant]"), std::string::npos) << shown.str();
}

TEST(SummaryLineTest, Wording) {
  Report empty;
  empty.tusAnalysed = 1;
  EXPECT_EQ(summaryLine(empty), "cppsec: no findings; 1 TU analysed, 0 failed");
  EXPECT_EQ(summaryLine(sampleReport()),
            "cppsec: 1 finding (0 critical, 1 high, 0 medium, 0 low), 1 suppressed; 2 TUs analysed, 1 failed");
}

// Sources in GBK or Latin-1 put bytes in snippets that are not UTF-8: the JSON and SARIF
// writers replace them instead of aborting.
TEST(JsonTest, SnippetWithInvalidUtf8IsReplacedNotFatal) {
  std::string gbk = "exec(q); // \xD6\xB4\xD0\xD0";
  Report report = mergeResults({tu("/work/proj/a.cpp", {makeFinding("/work/proj/a.cpp", 1, 1, gbk)})}, "/work/proj");
  json document;
  ASSERT_NO_THROW(document = json::parse(toJson(report)));
  EXPECT_NE(document["findings"][0]["snippet"].get<std::string>().find("exec(q);"), std::string::npos);
  ASSERT_NO_THROW(document = json::parse(toSarif(report)));
  EXPECT_EQ(document["runs"][0]["results"].size(), 1u);
}

}  // namespace
}  // namespace cppsec
