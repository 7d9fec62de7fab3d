// Runs every rule fixture (test/rules/<ID>/*.cpp) through the real engine and compares the
// findings of that folder's rule with the `// expect:` comments in the file, exactly.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <regex>
#include <sstream>

#include "analysis/ModelIndex.h"
#include "analysis/Rule.h"
#include "analysis/TuAnalysis.h"
#include "config/Settings.h"
#include "driver/PathFilter.h"
#include "driver/Project.h"
#include "driver/Scan.h"
#include "findings/Report.h"

namespace cppsec {
namespace {

namespace fs = std::filesystem;

// A fixture is one .cpp file (one TU), or a folder of them analysed as one project and
// merged, for flows that cross TUs.
struct Fixture {
  std::string rule;
  fs::path path;
  std::vector<fs::path> sources() const {
    if (!fs::is_directory(path)) return {path};
    std::vector<fs::path> files;
    for (const auto &file : fs::directory_iterator(path))
      if (file.path().extension() == ".cpp") files.push_back(file.path());
    std::sort(files.begin(), files.end());
    return files;
  }
};

// Names the fixture in gtest's output instead of dumping its bytes.
void PrintTo(const Fixture &fixture, std::ostream *out) {
  *out << fixture.path.string();
}

struct Expected {
  unsigned line;
  std::string rule;
  std::optional<Confidence> confidence;
  std::string file;
};

std::vector<Fixture> discoverFixtures() {
  std::vector<Fixture> fixtures;
  fs::path root = fs::path(CPPSEC_SOURCE_DIR) / "test" / "rules";
  for (const auto &folder : fs::directory_iterator(root)) {
    if (!folder.is_directory()) continue;
    for (const auto &file : fs::directory_iterator(folder.path()))
      if (file.path().extension() == ".cpp" || file.path().extension() == ".c" || file.is_directory())
        fixtures.push_back({folder.path().filename().string(), file.path()});
  }
  std::sort(fixtures.begin(), fixtures.end(), [](const Fixture &a, const Fixture &b) { return a.path < b.path; });
  return fixtures;
}

std::vector<std::string> readLines(const fs::path &path) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// `// expect: CPP201`, `// expect@+1: CPP404(high), CPP404`.
std::vector<Expected> parseExpectations(const std::vector<std::string> &lines) {
  static const std::regex expectation(R"(//.*\bexpect(@([+-][0-9]+))?:\s*(.*)$)");
  static const std::regex item(R"(([A-Z]+[0-9]+)(\((low|medium|high)\))?)");
  std::vector<Expected> out;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::smatch match;
    if (!std::regex_search(lines[i], match, expectation)) continue;
    int line = static_cast<int>(i) + 1 + (match[2].matched ? std::stoi(match[2].str()) : 0);
    std::string items = match[3].str();
    for (std::sregex_iterator it(items.begin(), items.end(), item), end; it != end; ++it) {
      std::optional<Confidence> confidence;
      if ((*it)[3].matched) confidence = parseConfidence((*it)[3].str());
      out.push_back({static_cast<unsigned>(line), (*it)[1].str(), confidence, ""});
    }
  }
  return out;
}

std::vector<std::string> extraFlags(const std::vector<std::string> &lines) {
  std::vector<std::string> flags;
  for (size_t i = 0; i < lines.size() && i < 5; ++i) {
    auto at = lines[i].find("cppsec-test-flags:");
    if (at == std::string::npos) continue;
    std::istringstream words(lines[i].substr(at + std::string("cppsec-test-flags:").size()));
    for (std::string word; words >> word;) flags.push_back(word);
  }
  return flags;
}

class RuleFixture : public ::testing::TestWithParam<Fixture> {};

TEST_P(RuleFixture, FindingsMatchInlineExpectations) {
  const Fixture &fixture = GetParam();
  ModelSet models = ModelSet::builtIn();
  ModelIndex index(models);
  auto rules = createBuiltInRules(index);
  Settings settings;
  fs::path root = fs::is_directory(fixture.path) ? fixture.path : fixture.path.parent_path();
  PathFilter paths(root.string(), settings, "", {});
  AnalysisSetup setup;
  for (const auto &rule : rules) setup.rules.push_back(rule.get());
  setup.models = &index;
  setup.paths = &paths;
  setup.invalidSuppression = invalidSuppressionRuleInfo();

  ASSERT_FALSE(fixture.sources().empty()) << fixture.path << " holds no .cpp file";
  std::vector<TuResult> results;
  std::map<std::string, std::vector<std::string>> linesByFile;
  for (const auto &source : fixture.sources()) {
    auto lines = readLines(source);
    std::vector<std::string> command = {"clang++", "-std=c++20", "-I/usr/include/postgresql", "-I/usr/include/mariadb"};
    for (const auto &flag : extraFlags(lines)) command.push_back(flag);
    command.push_back(source.string());
    std::map<std::string, unsigned> dropped;
    TuJob job{source.string(), source.parent_path().string(),
              adjustCommandLine(command, resolveResourceDir("", ""), dropped)};
    results.push_back(analyseTu(job, setup));
    ASSERT_FALSE(results.back().failed) << (results.back().notifications.empty()
                                                ? ""
                                                : results.back().notifications.front().message);
    linesByFile[source.string()] = std::move(lines);
  }
  // The merge step deduplicates and resolves flows between TUs, as in a real run.
  Report report = mergeResults(std::move(results), root.string());

  std::vector<Expected> expected;
  for (const auto &[file, lines] : linesByFile)
    for (auto want : parseExpectations(lines)) {
      want.file = file;
      expected.push_back(want);
    }
  std::vector<const Finding *> actual;
  for (const auto &finding : report.findings)
    if (finding.ruleId == fixture.rule) actual.push_back(&finding);

  std::vector<std::string> problems;
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
    problems.push_back(fs::path(want.file).filename().string() + ":" + std::to_string(want.line) + ": expected " +
                       want.rule + (want.confidence ? "(" + std::string(toString(*want.confidence)) + ")" : "") +
                       " but it was not reported" + got);
  }
  for (const Finding *extra : actual)
    problems.push_back(fs::path(extra->pos.file).filename().string() + ":" + std::to_string(extra->pos.line) +
                       ": unexpected " + extra->ruleId + "(" + std::string(toString(extra->confidence)) +
                       "): " + extra->message);
  std::sort(problems.begin(), problems.end());
  std::string listing;
  for (const auto &problem : problems) listing += "  " + problem + "\n";
  EXPECT_TRUE(problems.empty()) << problems.size() << " mismatches:\n" << listing;
}

std::string fixtureName(const ::testing::TestParamInfo<Fixture> &info) {
  std::string name = info.param.rule + "_" + info.param.path.stem().string();
  std::replace_if(name.begin(), name.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
  return name;
}

INSTANTIATE_TEST_SUITE_P(Rules, RuleFixture, ::testing::ValuesIn(discoverFixtures()), fixtureName);

// Every rule ships with at least one positive and one negative fixture file.
TEST(RuleFixtures, EveryRuleHasPositiveAndNegativeFixtures) {
  auto fixtures = discoverFixtures();
  for (const auto &rule : ruleCatalogue()) {
    bool positive = false, negative = false;
    for (const auto &fixture : fixtures) {
      if (fixture.rule != rule.id) continue;
      positive |= fixture.path.filename().string().rfind("positive_", 0) == 0;
      negative |= fixture.path.filename().string().rfind("negative_", 0) == 0;
    }
    EXPECT_TRUE(positive && negative) << rule.id << " needs positive_*.cpp and negative_*.cpp fixtures";
  }
}

}  // namespace
}  // namespace cppsec
