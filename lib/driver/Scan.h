#pragma once
// `cppsec scan` from options to exit status: settings, models, rules, TUs, analysis,
// merge, report. The command line only fills ScanOptions.
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "driver/PathFilter.h"
#include "driver/Project.h"
#include "findings/Finding.h"
#include "findings/RuleInfo.h"

namespace cppsec {

struct Settings;

// Where a subcommand's TUs come from: a compilation database (and paths under it), or files
// followed by -- and flags.
struct BuildSelection {
  std::string compilationDatabase;
  std::vector<std::string> paths;
  std::vector<std::string> flags;
  bool fixedFlags = false;
  std::string resourceDir;  // as given; resolved here
  std::string root;         // as given; default: the working directory
  std::string executable;   // argv[0], to find files installed beside the binary
};
struct ScanOptions : BuildSelection {
  std::string format = "text";
  std::string output;
  unsigned jobs = 0;  // 0: all cores
  std::vector<std::string> enable;
  std::vector<std::string> disable;
  std::optional<Severity> failOn;
  bool noFail = false;
  std::optional<Confidence> confidence;
  std::vector<std::string> excludes;
  bool noDefaultExcludes = false;
  bool showSuppressed = false;
  std::string configFile;
  std::vector<std::string> modelFiles;
  std::string color = "auto";
  bool quiet = false;
};

// Runs a scan and returns the exit status (0 clean, 1 findings at or above the threshold).
// Throws InputError for bad input (exit status 2).
int runScan(const ScanOptions &options);

// The rules cppsec knows, with those of the given packs, sorted by id, with help pages.
std::vector<RuleInfo> ruleCatalogue(const std::vector<std::string> &packs = {});
// The model files of packs: a YAML file, or every .yaml/.yml file under a folder (sorted).
std::vector<std::string> packFiles(const std::vector<std::string> &packs);
// `cppsec rules --check`: loads the packs, compiles their patterns, and prints every error
// (file:line:col: message) or a summary. Returns 0 when the packs are sound, 2 otherwise.
int checkPacks(const std::vector<std::string> &packs, std::ostream &out, std::ostream &err);
// `cppsec rules --test DIR`: runs the fixtures (.c/.cpp files) under DIR with the packs under
// DIR (and any others given) loaded. Returns 0 when every fixture matches, 1 otherwise.
int testPacks(const std::string &dir, const std::vector<std::string> &packs, const std::string &executable,
              std::ostream &out);
struct SelectedBuild {
  std::string root;  // absolute
  PathFilter paths;
  Project project;
};
// Loads the TUs with the settings' excludes. Throws InputError for bad input.
SelectedBuild selectBuild(const BuildSelection &selection, const Settings &settings, const std::string &cwd);

// Prints notifications on standard error ("cppsec: warning: file:line: message"); notes are
// left out when quiet.
void printNotifications(const std::vector<Notification> &notes, bool quiet,
                        const std::function<std::string(const std::string &)> &relativePath);

// Writes a report to a file (or standard output for "" or "-"): next to the target, then
// renamed, so a failed run never leaves half a report. Throws InputError.
void writeOutput(const std::string &path, const std::string &contents);
// The process's working directory; throws InputError when it cannot be read.
std::string currentDirectory();
// Finds Clang's resource directory; throws InputError when there is none.
std::string resolveResourceDir(const std::string &requested, const std::string &executable);

}  // namespace cppsec
