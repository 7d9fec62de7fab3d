#pragma once
// Which third-party library a header belongs to, and how its headers spell its version.
// The catalogue is data (data/libraries.yaml, compiled in); the per-TU pass asks it which
// macros to read and which library declared a called function.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "llvm/Support/GlobPattern.h"

namespace cppsec {

// How one macro (or a few) encodes a version.
struct VersionSource {
  enum class Encoding {
    Text,      // a string literal; `pattern` (a regex with one group) picks the version out
    Parts,     // one integer macro per part: major, minor, patch
    Decimal,   // one integer, split by the divisors: 10000,100,1 reads 20914 as 2.9.14
    HexBytes,  // one integer, a byte per part: 0x075801 is 7.88.1
  };
  Encoding encoding = Encoding::Text;
  std::vector<std::string> macros;  // one, or one per part
  std::string pattern;
  std::vector<uint64_t> divisors;
};

struct LibrarySpec {
  std::string name;                  // the package name advisories use (ConanCenter's)
  std::string bundledIn;             // a copy inside another library (spdlog's fmt): that library's name
  std::vector<std::string> headers;  // path globs matched against the end of a header's path
  std::vector<std::string> whenDefined, unlessDefined;  // macros that tell forks apart
  std::vector<VersionSource> versions;                  // tried in order
  std::vector<std::string> symbolPrefixes;              // zlib's Z_PREFIX: z_deflate is deflate
  std::vector<std::string> manifestNames;               // vcpkg / conan names: curl, libcurl
  std::vector<std::string> repositories;                // github.com/curl/curl, lower case
  std::string origin;                                   // file:line:col of the entry

  // Whether a header path (absolute) is one of this library's. Needs compileHeaders().
  bool ownsHeader(std::string_view path) const;
  // Compiles the header globs once: ownsHeader runs for every header of every TU.
  void compileHeaders();
  // A GlobPattern points into the text it was made from, so the texts live beside it, on the
  // heap, shared by the copies of the spec.
  struct CompiledHeaders {
    std::vector<std::string> patterns;
    std::vector<llvm::GlobPattern> globs;
  };
  std::shared_ptr<const CompiledHeaders> compiledHeaders;
  // The API name of a function this library declares (prefix removed).
  std::string apiName(std::string_view declaredName) const;
};

// A macro's definition as the preprocessor saw it at the end of a TU.
struct MacroValue {
  std::string text;  // the replacement tokens, spelled, separated by spaces
  std::string file;  // absolute path of the header that defined it
  unsigned line = 0;
};
using MacroLookup = std::function<std::optional<MacroValue>(const std::string &)>;

// A version read from a TU: the text and where it came from.
struct DetectedVersion {
  std::string version;
  std::string macro;  // the macro(s) it was read from
  std::string file;
  unsigned line = 0;
};

class LibraryCatalogue {
 public:
  // data/libraries.yaml as compiled in.
  static LibraryCatalogue builtIn();
  // Adds the libraries of a YAML file; throws InputError naming file:line:col.
  void load(const std::string &path, std::string_view text);

  const std::vector<LibrarySpec> &libraries() const { return libraries_; }
  // A library described elsewhere (an advisory's ecosystem_specific.cppsec.library).
  void add(LibrarySpec library);
  // Every macro a TU pass must read (versions and fork markers).
  std::set<std::string> macros() const;
  // The first library, in catalogue order, that owns the header and whose fork markers hold.
  const LibrarySpec *libraryOf(std::string_view header, const MacroLookup &macros) const;
  const LibrarySpec *find(std::string_view name) const;
  // The library a manifest names (vcpkg port, conan recipe), or fetches from a repository URL.
  const LibrarySpec *byManifestName(std::string_view name) const;
  const LibrarySpec *byRepository(std::string_view url) const;

 private:
  std::vector<LibrarySpec> libraries_;
};

// The version the macros give, trying each source in order; a source counts only when its
// macros are defined in one of the library's own headers.
std::optional<DetectedVersion> detectVersion(const LibrarySpec &library, const MacroLookup &macros);
// Sets a source's encoding from its name (text, decimal, hex-bytes; several macros: parts)
// and checks it; returns the problem, or an empty string.
std::string completeVersionSource(VersionSource &source, const std::string &encoding);
// An integer literal as macros spell it: 0x1020304fL, (20914), 3040001.
std::optional<uint64_t> parseMacroInteger(std::string_view text);

}  // namespace cppsec
