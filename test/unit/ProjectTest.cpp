// Compile command adjustment and loading a compilation database.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "TempDir.h"
#include "config/Settings.h"
#include "driver/PathFilter.h"
#include "driver/Project.h"
#include "util/InputError.h"

namespace cppsec {
namespace {

namespace fs = std::filesystem;
using Args = std::vector<std::string>;

using test_support::TempDir;

bool has(const Args &args, const std::string &arg) {
  return std::find(args.begin(), args.end(), arg) != args.end();
}

// Runs loadProject and returns the InputError's message, or "" when nothing was thrown.
std::string loadError(const ProjectInput &input, const PathFilter &paths) {
  try {
    loadProject(input, paths);
  } catch (const InputError &error) {
    return error.what();
  }
  return "";
}

ProjectInput databaseInput(const TempDir &dir) {
  ProjectInput input;
  input.compilationDatabase = dir.str();
  input.workingDirectory = dir.str();
  input.resourceDir = "/res";
  return input;
}

TEST(ProjectTest, AdjustCommandLineStripsWhatAParserDoesNotNeed) {
  std::map<std::string, unsigned> dropped;
  Args out = adjustCommandLine({"/usr/bin/ccache", "g++", "-c", "-o", "x.o", "-MD", "-MF", "x.d",
                                "-fconcepts-diagnostics-depth=3", "-std=c++20", "x.cpp"},
                               "/res", dropped);
  ASSERT_FALSE(out.empty());
  EXPECT_EQ(out.front(), "g++") << "the ccache launcher is dropped";
  EXPECT_FALSE(has(out, "/usr/bin/ccache"));
  EXPECT_FALSE(has(out, "-o"));
  EXPECT_FALSE(has(out, "x.o"));
  EXPECT_FALSE(has(out, "-MD"));
  EXPECT_FALSE(has(out, "-MF"));
  EXPECT_FALSE(has(out, "x.d"));
  EXPECT_FALSE(has(out, "-fconcepts-diagnostics-depth=3"));
  EXPECT_TRUE(has(out, "-std=c++20"));
  EXPECT_TRUE(has(out, "x.cpp"));
  EXPECT_TRUE(has(out, "-fsyntax-only"));
  EXPECT_TRUE(has(out, "-resource-dir=/res"));
  EXPECT_EQ(dropped, (std::map<std::string, unsigned>{{"-fconcepts-diagnostics-depth=3", 1}}));
}

TEST(ProjectTest, AdjustCommandLineCountsDroppedFlagsAcrossCommands) {
  std::map<std::string, unsigned> dropped;
  adjustCommandLine({"g++", "-fconcepts-diagnostics-depth=3", "a.cpp"}, "", dropped);
  adjustCommandLine({"g++", "-fconcepts-diagnostics-depth=3", "b.cpp"}, "", dropped);
  EXPECT_EQ(dropped["-fconcepts-diagnostics-depth=3"], 2u);
}

TEST(ProjectTest, AdjustCommandLineKeepsAGivenResourceDir) {
  std::map<std::string, unsigned> dropped;
  Args out = adjustCommandLine({"clang++", "-resource-dir=/mine", "-c", "a.cpp"}, "/res", dropped);
  EXPECT_TRUE(has(out, "-resource-dir=/mine"));
  EXPECT_FALSE(has(out, "-resource-dir=/res"));
  EXPECT_TRUE(dropped.empty());

  Args none = adjustCommandLine({"clang++", "a.cpp"}, "", dropped);
  EXPECT_TRUE(
      std::none_of(none.begin(), none.end(), [](const std::string &a) { return a.starts_with("-resource-dir"); }));
}

TEST(ProjectTest, AdjustCommandLineKeepsACompilerNamedLikeNoLauncher) {
  std::map<std::string, unsigned> dropped;
  Args out = adjustCommandLine({"sccache", "/opt/cc/bin/clang++", "-Iinc", "-DX=1", "a.cpp"}, "", dropped);
  ASSERT_FALSE(out.empty());
  EXPECT_EQ(out.front(), "/opt/cc/bin/clang++");
  EXPECT_TRUE(has(out, "-Iinc"));
  EXPECT_TRUE(has(out, "-DX=1"));
}

TEST(ProjectTest, MissingDatabaseIsOneLineInputError) {
  TempDir dir;
  PathFilter paths(dir.str(), Settings{}, dir.str(), {});
  std::string error = loadError(databaseInput(dir), paths);
  ASSERT_FALSE(error.empty());
  EXPECT_NE(error.find("compile_commands.json"), std::string::npos) << error;
  EXPECT_EQ(error.find('\n'), std::string::npos) << error;
}

TEST(ProjectTest, MalformedDatabaseIsOneLineInputError) {
  TempDir dir;
  dir.write("compile_commands.json", "{ not json");
  PathFilter paths(dir.str(), Settings{}, dir.str(), {});
  std::string error = loadError(databaseInput(dir), paths);
  ASSERT_FALSE(error.empty());
  EXPECT_NE(error.find("malformed"), std::string::npos) << error;
  EXPECT_EQ(error.find('\n'), std::string::npos) << error;
}

TEST(ProjectTest, EmptyDatabaseIsOneLineInputError) {
  TempDir dir;
  dir.write("compile_commands.json", "[]");
  PathFilter paths(dir.str(), Settings{}, dir.str(), {});
  std::string error = loadError(databaseInput(dir), paths);
  ASSERT_FALSE(error.empty());
  EXPECT_NE(error.find("lists no files"), std::string::npos) << error;
  EXPECT_EQ(error.find('\n'), std::string::npos) << error;
}

TEST(ProjectTest, NoDatabaseAndNoFlagsIsInputError) {
  TempDir dir;
  ProjectInput input;
  input.workingDirectory = dir.str();
  PathFilter paths(dir.str(), Settings{}, "", {});
  EXPECT_THROW(loadProject(input, paths), InputError);
}

TEST(ProjectTest, ValidDatabaseGivesOneJobWithAbsoluteFile) {
  TempDir dir;
  dir.write("a.cpp", "int main() { return 0; }\n");
  std::string database = dir.write("compile_commands.json", "[{\"directory\": \"" + dir.str() +
                                                                "\", \"file\": \"a.cpp\", \"arguments\": "
                                                                "[\"g++\", \"-c\", \"a.cpp\"]}]");
  PathFilter paths(dir.str(), Settings{}, dir.str(), {});
  ProjectInput input = databaseInput(dir);
  input.compilationDatabase = database;  // the JSON file itself works as well as its folder
  Project project = loadProject(input, paths);

  ASSERT_EQ(project.jobs.size(), 1u);
  const TuJob &job = project.jobs[0];
  EXPECT_TRUE(fs::path(job.file).is_absolute()) << job.file;
  EXPECT_EQ(job.file, (fs::path(dir.str()) / "a.cpp").string());
  EXPECT_EQ(job.directory, dir.str());
  EXPECT_TRUE(has(job.commandLine, "-fsyntax-only"));
  EXPECT_TRUE(has(job.commandLine, "-resource-dir=/res"));
  EXPECT_EQ(project.buildDirectory, dir.str());
  EXPECT_EQ(compilationDatabaseFolder(input), dir.str());
}

TEST(ProjectTest, EverythingFilteredOutIsInputError) {
  TempDir dir;
  dir.write("a.cpp", "int main() { return 0; }\n");
  dir.write("compile_commands.json",
            "[{\"directory\": \"" + dir.str() + "\", \"file\": \"a.cpp\", \"arguments\": [\"g++\", \"a.cpp\"]}]");
  PathFilter paths(dir.str(), Settings{}, dir.str(), {dir.str() + "/elsewhere"});
  std::string error = loadError(databaseInput(dir), paths);
  EXPECT_NE(error.find("no translation units"), std::string::npos) << error;
}

TEST(ProjectTest, FixedFlagsGiveOneJobPerFile) {
  TempDir dir;
  dir.write("b.cpp", "int b;\n");
  dir.write("a.cpp", "int a;\n");
  dir.write("notes.txt", "not a source\n");
  ProjectInput input;
  input.files = {dir.str()};
  input.flags = {"-std=c++20"};
  input.fixedFlags = true;
  input.workingDirectory = dir.str();
  PathFilter paths(dir.str(), Settings{}, "", {});
  Project project = loadProject(input, paths);
  ASSERT_EQ(project.jobs.size(), 2u);
  EXPECT_EQ(project.jobs[0].file, dir.str() + "/a.cpp");
  EXPECT_EQ(project.jobs[1].file, dir.str() + "/b.cpp");
  EXPECT_TRUE(has(project.jobs[0].commandLine, "-std=c++20"));
}

}  // namespace
}  // namespace cppsec
