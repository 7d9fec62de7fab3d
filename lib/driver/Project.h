#pragma once
// From a compilation database (or a file list and flags) to the TUs to analyse, with
// command lines made fit for a Clang front end that only parses.
#include <map>
#include <string>
#include <vector>

#include "analysis/TuAnalysis.h"
#include "findings/Finding.h"

namespace cppsec {

class PathFilter;

struct ProjectInput {
  std::string compilationDatabase;  // -p: a folder or the JSON file itself; empty when none
  std::vector<std::string> files;   // with flags after --: the files to analyse
  std::vector<std::string> flags;   // the flags after --
  bool fixedFlags = false;          // whether -- was given
  std::string resourceDir;          // Clang's builtin headers
  std::string workingDirectory;     // absolute
};

struct Project {
  std::vector<TuJob> jobs;
  std::string buildDirectory;       // the database's folder, for the default exclusion
  std::vector<Notification> notes;  // e.g. compiler flags dropped because Clang does not know them
};

// Throws InputError for a missing or malformed database, a missing file, or no TU at all.
Project loadProject(const ProjectInput &input, const PathFilter &paths);
// The folder of the compilation database (without loading it), for the path filter.
std::string compilationDatabaseFolder(const ProjectInput &input);

// Adjusts one compile command: drops launchers (ccache), output and dependency-file flags
// and flags Clang does not know (recorded in dropped), adds -fsyntax-only and the resource
// directory.
std::vector<std::string> adjustCommandLine(const std::vector<std::string> &command, const std::string &resourceDir,
                                           std::map<std::string, unsigned> &dropped);

}  // namespace cppsec
