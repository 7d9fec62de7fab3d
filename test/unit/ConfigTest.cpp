// Settings: reading .cppsec.yaml files and finding them.
#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "TempDir.h"
#include "config/Settings.h"
#include "util/InputError.h"

namespace cppsec {
namespace {

namespace fs = std::filesystem;

using test_support::TempDir;

// Loads a config file and returns the InputError's message, or "" when nothing was thrown.
std::string loadError(const std::string &path) {
  Settings settings;
  try {
    loadConfigFile(path, settings);
  } catch (const InputError &error) {
    return error.what();
  }
  return "";
}

bool startsWith(const std::string &text, const std::string &prefix) {
  return text.rfind(prefix, 0) == 0;
}

TEST(ConfigTest, ValidConfigSetsEverySetting) {
  TempDir dir;
  std::string path = dir.write(".cppsec.yaml",
                               "version: 1\n"
                               "fail-on: high\n"
                               "confidence: low\n"
                               "exclude:\n"
                               "  - tests/\n"
                               "  - \"gen/*.cpp\"\n"
                               "default-excludes: false\n"
                               "suppressions:\n"
                               "  require-justification: false\n"
                               "models: [extra/models.yaml, /abs/other.yaml]\n"
                               "rules:\n"
                               "  CPP404: off\n"
                               "  CPP201: {severity: medium}\n");
  Settings settings;
  loadConfigFile(path, settings);

  EXPECT_EQ(settings.configFile, path);
  EXPECT_EQ(settings.failOn, Severity::High);
  EXPECT_EQ(settings.minConfidence, Confidence::Low);
  EXPECT_EQ(settings.excludes, (std::vector<std::string>{"tests/", "gen/*.cpp"}));
  EXPECT_FALSE(settings.defaultExcludes);
  EXPECT_FALSE(settings.requireJustification);
  EXPECT_EQ(settings.modelFiles,
            (std::vector<std::string>{(dir.path() / "extra/models.yaml").string(), "/abs/other.yaml"}));

  ASSERT_TRUE(settings.rules.count("CPP404"));
  EXPECT_EQ(settings.rules["CPP404"].enabled, false);
  EXPECT_FALSE(settings.rules["CPP404"].severity.has_value());
  EXPECT_FALSE(settings.ruleEnabled("CPP404"));
  EXPECT_EQ(settings.rules["CPP404"].origin, path + ":12:3");

  ASSERT_TRUE(settings.rules.count("CPP201"));
  EXPECT_EQ(settings.rules["CPP201"].enabled, true);
  EXPECT_EQ(settings.rules["CPP201"].severity, Severity::Medium);
  EXPECT_TRUE(settings.ruleEnabled("CPP201"));
  EXPECT_TRUE(settings.ruleEnabled("CPP999"));  // not mentioned: enabled
}

TEST(ConfigTest, ScalarExcludeAndRuleEnabledMapping) {
  TempDir dir;
  std::string path = dir.write("c.yaml",
                               "exclude: mocks\n"
                               "rules:\n"
                               "  CPP201: {enabled: false, severity: critical}\n");
  Settings settings;
  loadConfigFile(path, settings);
  EXPECT_EQ(settings.excludes, std::vector<std::string>{"mocks"});
  EXPECT_FALSE(settings.ruleEnabled("CPP201"));
  EXPECT_EQ(settings.rules["CPP201"].severity, Severity::Critical);
}

TEST(ConfigTest, EmptyFileKeepsDefaults) {
  TempDir dir;
  std::string path = dir.write("c.yaml", "# nothing set here\n");
  Settings settings;
  loadConfigFile(path, settings);
  EXPECT_EQ(settings.configFile, path);
  EXPECT_EQ(settings.failOn, Severity::Low);
  EXPECT_EQ(settings.minConfidence, Confidence::Medium);
  EXPECT_TRUE(settings.defaultExcludes);
  EXPECT_TRUE(settings.requireJustification);
  EXPECT_TRUE(settings.rules.empty());
}

TEST(ConfigTest, UnknownKeyNamesFileLineAndColumn) {
  TempDir dir;
  std::string path = dir.write("c.yaml",
                               "version: 1\n"
                               "fail-on: high\n"
                               "fial-on: low\n");
  std::string error = loadError(path);
  EXPECT_TRUE(startsWith(error, path + ":3:1:")) << error;
  EXPECT_NE(error.find("unknown key 'fial-on'"), std::string::npos) << error;
  EXPECT_NE(error.find("fail-on"), std::string::npos) << "lists the known keys: " << error;
  EXPECT_EQ(error.find('\n'), std::string::npos);
}

TEST(ConfigTest, UnknownKeyInsideRuleNamesItsLine) {
  TempDir dir;
  std::string path = dir.write("c.yaml",
                               "rules:\n"
                               "  CPP201:\n"
                               "    severity: high\n"
                               "    colour: red\n");
  std::string error = loadError(path);
  EXPECT_TRUE(startsWith(error, path + ":4:5:")) << error;
}

TEST(ConfigTest, BadSeverityNamesItsLine) {
  TempDir dir;
  std::string path = dir.write("c.yaml",
                               "version: 1\n"
                               "fail-on: extreme\n");
  std::string error = loadError(path);
  EXPECT_TRUE(startsWith(error, path + ":2:10:")) << error;
  EXPECT_NE(error.find("unknown severity 'extreme'"), std::string::npos) << error;
}

TEST(ConfigTest, BadRuleSeverityNamesItsLine) {
  TempDir dir;
  std::string path = dir.write("c.yaml",
                               "rules:\n"
                               "  CPP404: off\n"
                               "  CPP201: {severity: urgent}\n");
  std::string error = loadError(path);
  EXPECT_TRUE(startsWith(error, path + ":3:")) << error;
  EXPECT_NE(error.find("urgent"), std::string::npos) << error;
}

TEST(ConfigTest, BadConfidenceBooleanAndVersionAreErrors) {
  TempDir dir;
  EXPECT_TRUE(
      startsWith(loadError(dir.write("a.yaml", "confidence: certain\n")), (dir.path() / "a.yaml").string() + ":1:13:"));
  EXPECT_TRUE(startsWith(loadError(dir.write("b.yaml", "\ndefault-excludes: maybe\n")),
                         (dir.path() / "b.yaml").string() + ":2:19:"));
  EXPECT_TRUE(startsWith(loadError(dir.write("c.yaml", "version: 2\n")), (dir.path() / "c.yaml").string() + ":1:10:"));
}

TEST(ConfigTest, YamlSyntaxErrorGivesFileAndLine) {
  TempDir dir;
  std::string path = dir.write("c.yaml",
                               "version: 1\n"
                               "exclude: [tests, gen\n"
                               "fail-on: high\n");
  std::string error = loadError(path);
  ASSERT_TRUE(startsWith(error, path + ":")) << error;
  std::string rest = error.substr(path.size() + 1);
  ASSERT_FALSE(rest.empty());
  EXPECT_TRUE(std::isdigit(static_cast<unsigned char>(rest[0]))) << "a line number follows the path: " << error;
  EXPECT_NE(rest.find(':'), std::string::npos);
}

TEST(ConfigTest, MissingFileIsInputErrorNamingIt) {
  TempDir dir;
  std::string path = (dir.path() / "absent.yaml").string();
  std::string error = loadError(path);
  EXPECT_TRUE(startsWith(error, path + ":")) << error;
}

TEST(ConfigTest, FindConfigFileLooksInParentFolders) {
  TempDir dir;
  std::string config = dir.write("proj/.cppsec.yaml", "version: 1\n");
  fs::create_directories(dir.path() / "proj/src/deep");
  EXPECT_EQ(findConfigFile((dir.path() / "proj/src/deep").string()), config);
  EXPECT_EQ(findConfigFile((dir.path() / "proj").string()), config);
}

TEST(ConfigTest, FindConfigFilePrefersTheNearestOne) {
  TempDir dir;
  dir.write("proj/.cppsec.yaml", "version: 1\n");
  std::string nearer = dir.write("proj/sub/.cppsec.yaml", "version: 1\n");
  fs::create_directories(dir.path() / "proj/sub/x");
  EXPECT_EQ(findConfigFile((dir.path() / "proj/sub/x").string()), nearer);
}

TEST(ConfigTest, FindConfigFileIgnoresAFolderOfThatName) {
  TempDir dir;
  fs::create_directories(dir.path() / "proj/.cppsec.yaml");
  std::string outer = dir.write(".cppsec.yaml", "version: 1\n");
  EXPECT_EQ(findConfigFile((dir.path() / "proj").string()), outer);
}

}  // namespace
}  // namespace cppsec
