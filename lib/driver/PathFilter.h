#pragma once
// Decides which files are the project's to report on: TUs to analyse (path arguments) and
// files whose findings are dropped (generated and third-party trees, user excludes).
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace llvm {
class GlobPattern;
}

namespace cppsec {

struct Settings;

class PathFilter {
 public:
  // root: the source root (absolute). buildDir: the compilation database's folder, or empty.
  PathFilter(std::string root, const Settings &settings, std::string buildDir, std::vector<std::string> includes);
  ~PathFilter();
  PathFilter(PathFilter &&) noexcept;

  // Whether findings in this file are dropped.
  bool excluded(std::string_view file) const;
  // Whether a TU with this main file is analysed at all.
  bool selectsTu(std::string_view file) const;
  // The path relative to the root, or the absolute path for files outside it.
  std::string relative(std::string_view file) const;
  const std::string &root() const { return root_; }

  static const std::vector<std::string> &defaultExcludedFolders();

 private:
  std::string root_;
  std::string buildDir_;
  bool defaultExcludes_;
  std::vector<std::string> includes_;
  std::vector<std::string> plainExcludes_;  // folder or file paths relative to the root
  std::deque<std::string> globTexts_;       // GlobPattern refers to its text: keep it, unmoved
  std::vector<llvm::GlobPattern> globExcludes_;
};

// Makes a path absolute against base and removes . and .. components.
std::string normalisePath(std::string_view path, std::string_view base);

}  // namespace cppsec
