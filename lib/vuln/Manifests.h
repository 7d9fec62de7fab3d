#pragma once
// Versions a project declares for its dependencies: vcpkg.json (overrides, version>=),
// conanfile.txt, conan.lock, and CMake FetchContent / CPM declarations with a version tag.
// Read as text; nothing in the project is run.
#include <string>
#include <vector>

namespace cppsec {

class LibraryCatalogue;

struct DeclaredVersion {
  std::string library;  // catalogue name
  std::string version;
  bool minimum = false;  // vcpkg's version>=: the baseline may give a later one
  std::string file;      // absolute
  unsigned line = 0;
  std::string how;  // "vcpkg.json overrides", "FetchContent_Declare"...
};

// The manifests at the project root (and CMake files under root/cmake), sorted by library.
std::vector<DeclaredVersion> readManifests(const std::string &root, const LibraryCatalogue &libraries);
// A version out of a tag: v1.2.13, curl-8_4_0, R_2_5_0, cares-1_19_1 -> 1.2.13, 8.4.0, ...
std::string versionFromTag(std::string_view tag);

}  // namespace cppsec
