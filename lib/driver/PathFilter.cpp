#include "driver/PathFilter.h"

#include "config/Settings.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/GlobPattern.h"
#include "llvm/Support/Path.h"
#include "util/InputError.h"

namespace cppsec {
namespace {

bool isUnder(std::string_view path, std::string_view folder) {
  if (folder.empty() || path.size() < folder.size() || path.substr(0, folder.size()) != folder) return false;
  return path.size() == folder.size() || path[folder.size()] == '/' || folder.back() == '/';
}

}  // namespace

std::string normalisePath(std::string_view path, std::string_view base) {
  llvm::SmallString<256> full(path);
  if (!llvm::sys::path::is_absolute(full)) {
    full = base;
    llvm::sys::path::append(full, path);
  }
  llvm::sys::path::remove_dots(full, /*remove_dot_dot=*/true);
  return std::string(full);
}

const std::vector<std::string> &PathFilter::defaultExcludedFolders() {
  static const std::vector<std::string> folders = {"_deps",    "third_party", "third-party", "thirdparty",
                                                   "3rdparty", "vendor",      "external",    "node_modules"};
  return folders;
}

PathFilter::PathFilter(std::string root, const Settings &settings, std::string buildDir,
                       std::vector<std::string> includes)
    : root_(std::move(root)), defaultExcludes_(settings.defaultExcludes), includes_(std::move(includes)) {
  // The build folder holds generated code (a default exclude), unless the project is built in its own source
  // folder (then the build folder is the root, or above it, and excludes nothing).
  if (settings.defaultExcludes && !buildDir.empty() && !isUnder(root_, buildDir)) buildDir_ = std::move(buildDir);
  for (std::string pattern : settings.excludes) {
    while (pattern.size() > 2 && pattern.compare(0, 2, "./") == 0) pattern.erase(0, 2);
    if (pattern.find_first_of("*?[{") == std::string::npos) {
      std::string plain = pattern;
      while (plain.size() > 1 && plain.back() == '/') plain.pop_back();
      plainExcludes_.push_back(plain);
      continue;
    }
    const std::string &text = globTexts_.emplace_back(pattern);
    auto glob = llvm::GlobPattern::create(text);
    if (!glob) throw InputError("invalid exclude pattern '" + pattern + "': " + llvm::toString(glob.takeError()));
    globExcludes_.push_back(std::move(*glob));
  }
}

PathFilter::~PathFilter() = default;
PathFilter::PathFilter(PathFilter &&) noexcept = default;

std::string PathFilter::relative(std::string_view file) const {
  if (isUnder(file, root_) && file.size() > root_.size()) {
    std::string_view rest = file.substr(root_.size());
    if (!rest.empty() && rest.front() == '/') rest.remove_prefix(1);
    return std::string(rest);
  }
  return std::string(file);
}

bool PathFilter::excluded(std::string_view file) const {
  if (!buildDir_.empty() && isUnder(file, buildDir_)) return true;
  std::string rel = relative(file);
  if (defaultExcludes_) {
    for (auto component = llvm::sys::path::begin(rel); component != llvm::sys::path::end(rel); ++component)
      for (const auto &folder : defaultExcludedFolders())
        if (*component == folder) return true;
  }
  for (const auto &plain : plainExcludes_) {
    // A bare name (no slash) is a folder or file name anywhere; a path is anchored at the root.
    if (plain.find('/') == std::string::npos) {
      for (auto component = llvm::sys::path::begin(rel); component != llvm::sys::path::end(rel); ++component)
        if (*component == plain) return true;
    } else if (isUnder(rel, plain) || isUnder(file, plain)) {
      return true;
    }
  }
  // Globs match the path relative to the root; an absolute glob matches the absolute path.
  for (const auto &glob : globExcludes_)
    if (glob.match(rel) || glob.match(file)) return true;
  return false;
}

bool PathFilter::selectsTu(std::string_view file) const {
  if (excluded(file)) return false;
  if (includes_.empty()) return true;
  for (const auto &include : includes_)
    if (isUnder(file, include)) return true;
  return false;
}

}  // namespace cppsec
