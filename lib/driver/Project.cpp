#include "driver/Project.h"

#include <algorithm>
#include <set>

#include "clang/Driver/Driver.h"
#include "clang/Driver/Options.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "driver/PathFilter.h"
#include "llvm/Option/ArgList.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "util/InputError.h"

namespace cppsec {
namespace {

bool isSourceFile(llvm::StringRef path) {
  llvm::StringRef ext = llvm::sys::path::extension(path);
  return ext == ".c" || ext == ".cc" || ext == ".cpp" || ext == ".cxx" || ext == ".c++" || ext == ".C";
}

bool isLauncher(llvm::StringRef program) {
  llvm::StringRef name = llvm::sys::path::filename(program);
  return name == "ccache" || name == "sccache" || name == "distcc" || name == "icecc";
}

std::string databaseFile(const std::string &path, const std::string &cwd) {
  std::string full = normalisePath(path, cwd);
  if (llvm::sys::fs::is_directory(full)) {
    llvm::SmallString<256> file(full);
    llvm::sys::path::append(file, "compile_commands.json");
    return std::string(file);
  }
  return full;
}

// Expands folders given without a database to the C and C++ sources under them.
std::vector<std::string> expandFiles(const std::vector<std::string> &inputs, const std::string &cwd) {
  std::vector<std::string> files;
  for (const auto &input : inputs) {
    std::string path = normalisePath(input, cwd);
    if (llvm::sys::fs::is_directory(path)) {
      std::error_code error;
      for (llvm::sys::fs::recursive_directory_iterator it(path, error), end; it != end && !error; it.increment(error))
        if (isSourceFile(it->path()) && llvm::sys::fs::is_regular_file(it->path())) files.push_back(it->path());
      continue;
    }
    if (!llvm::sys::fs::exists(path)) throw InputError(input + ": no such file or directory");
    if (!llvm::sys::fs::is_regular_file(path)) throw InputError(input + ": not a regular file");
    files.push_back(path);
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  return files;
}

}  // namespace

std::vector<std::string> adjustCommandLine(const std::vector<std::string> &command, const std::string &resourceDir,
                                           std::map<std::string, unsigned> &dropped) {
  std::vector<std::string> args = command;
  while (args.size() > 1 && isLauncher(args.front())) args.erase(args.begin());
  using namespace clang::tooling;
  for (const auto &adjust :
       {getClangStripOutputAdjuster(), getClangStripDependencyFileAdjuster(), getClangSyntaxOnlyAdjuster()})
    args = adjust(args, "");

  // Flags gcc knows and Clang does not would stop the Clang driver: drop them, and say so.
  const llvm::opt::OptTable &table = clang::driver::getDriverOptTable();
  std::vector<const char *> argv;
  for (size_t i = 1; i < args.size(); ++i) argv.push_back(args[i].c_str());
  unsigned missingIndex = 0, missingCount = 0;
  llvm::opt::InputArgList parsed =
      table.ParseArgs(argv, missingIndex, missingCount, llvm::opt::Visibility(clang::driver::options::ClangOption));
  std::set<unsigned> unknown;
  for (const llvm::opt::Arg *arg : parsed.filtered(clang::driver::options::OPT_UNKNOWN)) {
    unknown.insert(arg->getIndex() + 1);
    ++dropped[arg->getAsString(parsed)];
  }
  std::vector<std::string> kept;
  bool hasResourceDir = false;
  for (size_t i = 0; i < args.size(); ++i) {
    if (unknown.count(static_cast<unsigned>(i))) continue;
    hasResourceDir |= llvm::StringRef(args[i]).starts_with("-resource-dir");
    kept.push_back(args[i]);
  }
  // Warnings are no use to a scanner and cost time; errors still count. Without carets
  // Clang also keeps its "N errors generated." line off our standard error.
  kept.insert(kept.begin() + 1, "-w");
  kept.insert(kept.begin() + 1, "-fno-caret-diagnostics");
  if (!hasResourceDir && !resourceDir.empty()) kept.insert(kept.begin() + 1, "-resource-dir=" + resourceDir);
  return kept;
}

std::string compilationDatabaseFolder(const ProjectInput &input) {
  if (input.compilationDatabase.empty()) return {};
  return std::string(llvm::sys::path::parent_path(databaseFile(input.compilationDatabase, input.workingDirectory)));
}

Project loadProject(const ProjectInput &input, const PathFilter &paths) {
  Project project;
  std::unique_ptr<clang::tooling::CompilationDatabase> database;
  std::vector<std::string> files;
  if (!input.compilationDatabase.empty()) {
    std::string file = databaseFile(input.compilationDatabase, input.workingDirectory);
    if (!llvm::sys::fs::exists(file))
      throw InputError(file +
                       ": no compilation database here (generate one with cmake "
                       "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON or bear)");
    std::string error;
    database = clang::tooling::JSONCompilationDatabase::loadFromFile(file, error,
                                                                     clang::tooling::JSONCommandLineSyntax::AutoDetect);
    if (!database) {
      std::replace(error.begin(), error.end(), '\n', ' ');
      throw InputError(file + ": malformed compilation database: " + error);
    }
    project.buildDirectory = std::string(llvm::sys::path::parent_path(file));
    files = database->getAllFiles();
    if (files.empty()) throw InputError(file + ": the compilation database lists no files");
    for (const auto &path : input.files)
      if (!llvm::sys::fs::exists(normalisePath(path, input.workingDirectory)))
        throw InputError(path + ": no such file or directory");
  } else if (input.fixedFlags) {
    files = expandFiles(input.files, input.workingDirectory);
    if (files.empty()) throw InputError("no C or C++ source files to analyse in the paths given");
    database = std::make_unique<clang::tooling::FixedCompilationDatabase>(input.workingDirectory, input.flags);
  } else {
    throw InputError(
        "no compilation database: pass -p BUILD_DIR (with compile_commands.json), or list source files "
        "followed by -- and their compiler flags");
  }

  std::map<std::string, unsigned> dropped;
  std::set<std::pair<std::string, std::vector<std::string>>> seen;
  for (const auto &file : files) {
    std::string absolute = normalisePath(file, input.workingDirectory);
    if (!paths.selectsTu(absolute)) continue;
    for (const auto &command : database->getCompileCommands(file)) {
      TuJob job;
      job.file = normalisePath(command.Filename, command.Directory);
      job.directory = command.Directory;
      job.commandLine = adjustCommandLine(command.CommandLine, input.resourceDir, dropped);
      if (seen.insert({job.file, job.commandLine}).second) project.jobs.push_back(std::move(job));
    }
  }
  std::sort(project.jobs.begin(), project.jobs.end(), [](const TuJob &a, const TuJob &b) {
    return std::tie(a.file, a.commandLine) < std::tie(b.file, b.commandLine);
  });
  if (project.jobs.empty())
    throw InputError("no translation units to analyse: every file was filtered out by the paths or excludes given");
  for (const auto &[flag, count] : dropped)
    project.notes.push_back({Notification::Level::Note,
                             "dropped compiler flag '" + flag + "' that Clang does not know (in " +
                                 std::to_string(count) + (count == 1 ? " command)" : " commands)"),
                             "", 0, 0});
  return project;
}

}  // namespace cppsec
