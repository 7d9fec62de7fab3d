#include "vuln/Manifests.h"

#include <algorithm>
#include <cctype>
#include <tuple>

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "nlohmann/json.hpp"
#include "vuln/Libraries.h"

namespace cppsec {
namespace {

std::string readText(const std::string &path) {
  auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/true);
  return buffer ? (*buffer)->getBuffer().str() : std::string();
}

unsigned lineOf(const std::string &text, size_t offset) {
  llvm::StringRef before = llvm::StringRef(text).take_front(offset);
  return static_cast<unsigned>(before.count('\n')) + 1;
}

// The line of the first occurrence of needle after from, for positions in JSON files.
unsigned lineOfText(const std::string &text, const std::string &needle, size_t from = 0) {
  size_t at = text.find(needle, from);
  return at == std::string::npos ? 0 : lineOf(text, at);
}

void readVcpkg(const std::string &path, const LibraryCatalogue &libraries, std::vector<DeclaredVersion> &out) {
  std::string text = readText(path);
  nlohmann::json manifest = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!manifest.is_object()) return;
  for (const auto &override : manifest.value("overrides", nlohmann::json::array())) {
    const LibrarySpec *library = libraries.byManifestName(override.value("name", ""));
    std::string version = override.value("version", override.value("version-string", ""));
    if (library && !version.empty())
      out.push_back({library->name, version, false, path,
                     lineOfText(text, "\"" + override.value("name", "") + "\"", text.find("\"overrides\"")),
                     "vcpkg.json overrides"});
  }
  for (const auto &dependency : manifest.value("dependencies", nlohmann::json::array())) {
    if (!dependency.is_object() || !dependency.contains("version>=")) continue;
    const LibrarySpec *library = libraries.byManifestName(dependency.value("name", ""));
    if (!library) continue;
    bool overridden = std::any_of(out.begin(), out.end(), [&](const DeclaredVersion &declared) {
      return declared.library == library->name && declared.file == path;
    });
    if (!overridden)
      out.push_back({library->name, dependency.value("version>=", ""), true, path,
                     lineOfText(text, "\"" + dependency.value("name", "") + "\""), "vcpkg.json version>="});
  }
}

// name/version references, as conanfile.txt [requires] and both conan.lock formats write them.
void readConan(const std::string &path, const char *how, const LibraryCatalogue &libraries,
               std::vector<DeclaredVersion> &out) {
  std::string text = readText(path);
  static const llvm::Regex reference("(^|[\"[:space:]])([a-z0-9_.+-]+)/([0-9][^@#\"/[:space:],]*)");
  llvm::StringRef rest(text);
  llvm::SmallVector<llvm::StringRef, 4> groups;
  while (reference.match(rest, &groups)) {
    size_t offset = static_cast<size_t>(groups[2].data() - text.data());
    if (const LibrarySpec *library = libraries.byManifestName(groups[2]))
      out.push_back({library->name, groups[3].str(), false, path, lineOf(text, offset), how});
    rest = rest.drop_front(static_cast<size_t>(groups[0].data() - rest.data()) + groups[0].size());
  }
}

// FetchContent_Declare(name GIT_REPOSITORY url GIT_TAG v1.2.3) and CPM's forms:
// CPMAddPackage("gh:owner/repo@1.2.3"), CPMAddPackage(NAME x GITHUB_REPOSITORY o/r VERSION 1.2.3).
void readCMake(const std::string &path, const LibraryCatalogue &libraries, std::vector<DeclaredVersion> &out) {
  std::string text = readText(path);
  static const llvm::Regex call("(FetchContent_Declare|CPMAddPackage|CPMFindPackage|CPMDeclarePackage)[[:space:]]*\\(",
                                llvm::Regex::IgnoreCase);
  llvm::StringRef rest(text);
  llvm::SmallVector<llvm::StringRef, 2> groups;
  while (call.match(rest, &groups)) {
    size_t start = static_cast<size_t>(groups[0].data() - text.data()) + groups[0].size();
    size_t end = text.find(')', start);
    if (end == std::string::npos) break;
    std::vector<std::string> tokens;
    for (llvm::StringRef body = llvm::StringRef(text).slice(start, end).ltrim(); !body.empty(); body = body.ltrim()) {
      size_t space = body.find_first_of(" \t\r\n");
      tokens.push_back(body.take_front(space).trim('"').str());
      body = body.drop_front(std::min(space, body.size()));
    }
    std::string repository, version;
    for (size_t i = 0; i < tokens.size(); ++i) {
      const std::string &token = tokens[i];
      std::string next = i + 1 < tokens.size() ? tokens[i + 1] : "";
      if (token == "GIT_REPOSITORY" || token == "URL") repository = next;
      if (token == "GITHUB_REPOSITORY") repository = "github.com/" + next;
      if (token == "GITLAB_REPOSITORY") repository = "gitlab.com/" + next;
      if (token == "GIT_TAG" || token == "VERSION") version = versionFromTag(next);
      if (llvm::StringRef(token).starts_with("gh:") || llvm::StringRef(token).starts_with("gl:")) {
        auto [name, tag] = llvm::StringRef(token).drop_front(3).split('@');
        repository = (token[1] == 'h' ? "github.com/" : "gitlab.com/") + name.str();
        version = versionFromTag(tag);
      }
    }
    // A release archive URL names both: .../archive/refs/tags/v1.2.3.tar.gz
    if (version.empty() && repository.find("/tags/") != std::string::npos)
      version =
          versionFromTag(llvm::StringRef(repository).rsplit("/tags/").second.split(".tar").first.split(".zip").first);
    std::string repoPath = repository;
    if (size_t archive = repoPath.find("/archive/"); archive != std::string::npos) repoPath.resize(archive);
    if (size_t release = repoPath.find("/releases/"); release != std::string::npos) repoPath.resize(release);
    const LibrarySpec *library = repository.empty() ? nullptr : libraries.byRepository(repoPath);
    if (library && !version.empty() && std::isdigit(static_cast<unsigned char>(version.front())))
      out.push_back({library->name, version, false, path, lineOf(text, start), groups[1].str()});
    rest = llvm::StringRef(text).drop_front(end);
  }
}

}  // namespace

std::string versionFromTag(std::string_view tag) {
  size_t digit = 0;
  while (digit < tag.size() && !std::isdigit(static_cast<unsigned char>(tag[digit]))) ++digit;
  std::string version(tag.substr(digit));
  bool underscores = version.find('.') == std::string::npos;
  if (underscores) std::replace(version.begin(), version.end(), '_', '.');
  // A commit hash is not a version.
  if (version.size() >= 12 && std::all_of(version.begin(), version.end(), ::isxdigit) &&
      tag.find('.') == std::string_view::npos)
    return {};
  return version;
}

std::vector<DeclaredVersion> readManifests(const std::string &root, const LibraryCatalogue &libraries) {
  std::vector<DeclaredVersion> declared;
  auto at = [&](llvm::StringRef name) {
    llvm::SmallString<256> path(root);
    llvm::sys::path::append(path, name);
    return std::string(path);
  };
  if (llvm::sys::fs::is_regular_file(at("vcpkg.json"))) readVcpkg(at("vcpkg.json"), libraries, declared);
  if (llvm::sys::fs::is_regular_file(at("conanfile.txt")))
    readConan(at("conanfile.txt"), "conanfile.txt", libraries, declared);
  if (llvm::sys::fs::is_regular_file(at("conan.lock"))) readConan(at("conan.lock"), "conan.lock", libraries, declared);
  std::vector<std::string> cmakeFiles;
  if (llvm::sys::fs::is_regular_file(at("CMakeLists.txt"))) cmakeFiles.push_back(at("CMakeLists.txt"));
  std::error_code error;
  for (llvm::sys::fs::directory_iterator it(at("cmake"), error), end; it != end && !error; it.increment(error))
    if (llvm::sys::path::extension(it->path()) == ".cmake") cmakeFiles.push_back(it->path());
  std::sort(cmakeFiles.begin(), cmakeFiles.end());
  for (const auto &file : cmakeFiles) readCMake(file, libraries, declared);
  // A lock file is the most exact: keep the first declaration per library in this order.
  std::sort(declared.begin(), declared.end(), [](const DeclaredVersion &a, const DeclaredVersion &b) {
    auto rank = [](const DeclaredVersion &d) { return d.how == "conan.lock" ? 0 : d.minimum ? 2 : 1; };
    return std::make_tuple(a.library, rank(a), a.file, a.line) < std::make_tuple(b.library, rank(b), b.file, b.line);
  });
  declared.erase(std::unique(declared.begin(), declared.end(),
                             [](const DeclaredVersion &a, const DeclaredVersion &b) { return a.library == b.library; }),
                 declared.end());
  return declared;
}

}  // namespace cppsec
