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
#include "driver/Fixtures.h"
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

class RuleFixture : public ::testing::TestWithParam<Fixture> {};

TEST_P(RuleFixture, FindingsMatchInlineExpectations) {
  const Fixture &fixture = GetParam();
  ModelSet models = ModelSet::builtIn();
  ModelIndex index(models);
  auto rules = createBuiltInRules(index);
  std::vector<const Rule *> active;
  for (const auto &rule : rules) active.push_back(rule.get());
  std::vector<std::string> sources;
  for (const auto &source : fixture.sources()) sources.push_back(source.string());
  ASSERT_FALSE(sources.empty()) << fixture.path << " holds no .cpp file";
  FixtureOutcome outcome = checkFixture(sources, active, index, {fixture.rule}, resolveResourceDir("", ""));
  ASSERT_TRUE(outcome.error.empty()) << outcome.error;
  std::string listing;
  for (const auto &problem : outcome.problems) listing += "  " + problem + "\n";
  EXPECT_TRUE(outcome.problems.empty()) << outcome.problems.size() << " mismatches:\n" << listing;
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
