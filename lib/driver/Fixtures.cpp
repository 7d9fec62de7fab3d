#include "driver/Fixtures.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "analysis/Rule.h"
#include "analysis/TuAnalysis.h"
#include "config/Settings.h"
#include "driver/PathFilter.h"
#include "driver/Project.h"
#include "findings/Report.h"

namespace cppsec {

namespace fs = std::filesystem;

std::vector<std::string> readLines(const std::string &path) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::vector<Expectation> parseExpectations(const std::string &file, const std::vector<std::string> &lines) {
  static const std::regex expectation(R"(//.*\bexpect(@([+-][0-9]+))?:\s*(.*)$)");
  static const std::regex item(R"(([A-Z][A-Z0-9_-]*[0-9]+)(\((low|medium|high)\))?)");
  std::vector<Expectation> out;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::smatch match;
    if (!std::regex_search(lines[i], match, expectation)) continue;
    int line = static_cast<int>(i) + 1 + (match[2].matched ? std::stoi(match[2].str()) : 0);
    std::string items = match[3].str();
    for (std::sregex_iterator it(items.begin(), items.end(), item), end; it != end; ++it) {
      std::optional<Confidence> confidence;
      if ((*it)[3].matched) confidence = parseConfidence((*it)[3].str());
      out.push_back({file, static_cast<unsigned>(line), (*it)[1].str(), confidence});
    }
  }
  return out;
}

std::vector<std::string> fixtureFlags(const std::vector<std::string> &lines) {
  std::vector<std::string> flags;
  for (size_t i = 0; i < lines.size() && i < 5; ++i) {
    auto at = lines[i].find("cppsec-test-flags:");
    if (at == std::string::npos) continue;
    std::istringstream words(lines[i].substr(at + std::string("cppsec-test-flags:").size()));
    for (std::string word; words >> word;) flags.push_back(word);
  }
  return flags;
}

FixtureOutcome checkFixture(const std::vector<std::string> &sources, const std::vector<const Rule *> &rules,
                            const ModelIndex &models, std::set<std::string> compared, const std::string &resourceDir) {
  FixtureOutcome outcome;
  if (sources.empty()) return outcome;
  Settings settings;
  std::string root = fs::path(sources.front()).parent_path().string();
  PathFilter paths(root, settings, "", {});
  AnalysisSetup setup;
  setup.rules = rules;
  setup.models = &models;
  setup.paths = &paths;
  setup.invalidSuppression = invalidSuppressionRuleInfo();

  std::vector<TuResult> results;
  std::vector<Expectation> expected;
  for (const auto &source : sources) {
    auto lines = readLines(source);
    bool c = fs::path(source).extension() == ".c";
    std::vector<std::string> command = {c ? "clang" : "clang++", c ? "-std=c11" : "-std=c++20",
                                        "-I/usr/include/postgresql", "-I/usr/include/mariadb"};
    for (const auto &flag : fixtureFlags(lines)) command.push_back(flag);
    command.push_back(source);
    std::map<std::string, unsigned> dropped;
    TuJob job{source, fs::path(source).parent_path().string(), adjustCommandLine(command, resourceDir, dropped)};
    results.push_back(analyseTu(job, setup));
    if (results.back().failed) {
      outcome.error = source + ": does not parse" +
                      (results.back().notifications.empty() ? "" : ": " + results.back().notifications.front().message);
      return outcome;
    }
    auto wanted = parseExpectations(source, lines);
    expected.insert(expected.end(), wanted.begin(), wanted.end());
  }
  // The merge step deduplicates and resolves flows between TUs, as in a real run.
  Report report = mergeResults(std::move(results), root);
  if (compared.empty())
    for (const auto &want : expected) compared.insert(want.rule);

  std::vector<const Finding *> actual;
  for (const auto &finding : report.findings)
    if (compared.count(finding.ruleId)) actual.push_back(&finding);
  auto name = [](const std::string &file) { return fs::path(file).filename().string(); };
  for (const auto &want : expected) {
    auto match = std::find_if(actual.begin(), actual.end(), [&](const Finding *f) {
      return f->pos.file == want.file && f->pos.line == want.line && f->ruleId == want.rule &&
             (!want.confidence || *want.confidence == f->confidence);
    });
    if (match != actual.end()) {
      actual.erase(match);
      continue;
    }
    std::string got;
    for (const Finding *f : actual)
      if (f->pos.file == want.file && f->pos.line == want.line)
        got = " (found " + f->ruleId + " with confidence " + std::string(toString(f->confidence)) + ")";
    outcome.problems.push_back(name(want.file) + ":" + std::to_string(want.line) + ": expected " + want.rule +
                               (want.confidence ? "(" + std::string(toString(*want.confidence)) + ")" : "") +
                               " but it was not reported" + got);
  }
  for (const Finding *extra : actual)
    outcome.problems.push_back(name(extra->pos.file) + ":" + std::to_string(extra->pos.line) + ": unexpected " +
                               extra->ruleId + "(" + std::string(toString(extra->confidence)) + "): " + extra->message);
  // By file, then by line as a number (line 6 before line 10).
  auto key = [](const std::string &problem) {
    size_t colon = problem.find(':');
    return std::make_pair(problem.substr(0, colon), std::strtoul(problem.c_str() + colon + 1, nullptr, 10));
  };
  std::sort(outcome.problems.begin(), outcome.problems.end(), [&](const std::string &a, const std::string &b) {
    auto left = key(a), right = key(b);
    return left != right ? left < right : a < b;
  });
  return outcome;
}

}  // namespace cppsec
