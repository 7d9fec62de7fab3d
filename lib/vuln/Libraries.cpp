#include "vuln/Libraries.h"

#include <algorithm>
#include <cctype>

#include "llvm/Support/GlobPattern.h"
#include "llvm/Support/Regex.h"
#include "util/Embedded.h"
#include "util/InputError.h"
#include "util/Yaml.h"

namespace cppsec {

extern const EmbeddedFile kLibraryData[];

namespace {

// The string literals of a macro's replacement, joined ("OpenSSL 3.0.11 19 Sep 2023").
std::optional<std::string> literalText(std::string_view text) {
  std::string joined;
  bool found = false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '"') continue;
    found = true;
    for (++i; i < text.size() && text[i] != '"'; ++i) {
      if (text[i] == '\\' && i + 1 < text.size()) ++i;
      joined += text[i];
    }
  }
  if (!found) return std::nullopt;
  return joined;
}

std::string joinParts(const std::vector<uint64_t> &parts) {
  std::string version;
  for (uint64_t part : parts) version += (version.empty() ? "" : ".") + std::to_string(part);
  return version;
}

std::optional<std::string> decode(const VersionSource &source, const std::vector<MacroValue> &values) {
  switch (source.encoding) {
    case VersionSource::Encoding::Text: {
      auto text = literalText(values.front().text);
      if (!text) return std::nullopt;
      llvm::Regex regex(source.pattern.empty() ? "([0-9]+(\\.[0-9]+)*[a-z]?)" : source.pattern);
      llvm::SmallVector<llvm::StringRef, 4> groups;
      if (!regex.match(*text, &groups) || groups.size() < 2 || groups[1].empty()) return std::nullopt;
      return groups[1].str();
    }
    case VersionSource::Encoding::Parts: {
      std::vector<uint64_t> parts;
      for (const auto &value : values) {
        auto number = parseMacroInteger(value.text);
        if (!number) return std::nullopt;
        parts.push_back(*number);
      }
      return joinParts(parts);
    }
    case VersionSource::Encoding::Decimal: {
      auto number = parseMacroInteger(values.front().text);
      if (!number || source.divisors.empty()) return std::nullopt;
      std::vector<uint64_t> parts{*number / source.divisors.front()};
      for (size_t i = 1; i < source.divisors.size(); ++i)
        parts.push_back((*number / source.divisors[i]) % (source.divisors[i - 1] / source.divisors[i]));
      return joinParts(parts);
    }
    case VersionSource::Encoding::HexBytes: {
      auto number = parseMacroInteger(values.front().text);
      if (!number) return std::nullopt;
      return joinParts({(*number >> 16) & 0xff, (*number >> 8) & 0xff, *number & 0xff});
    }
  }
  return std::nullopt;
}

VersionSource parseVersionSource(YamlFile &file, llvm::yaml::Node *node) {
  VersionSource source;
  std::string encoding = "text";
  file.forEachKey(node, {"macro", "parts", "encoding", "pattern", "divisors"},
                  [&](const std::string &key, llvm::yaml::Node *value) {
                    if (key == "macro") source.macros = {file.scalar(value)};
                    if (key == "parts") source.macros = file.scalarList(value);
                    if (key == "encoding") encoding = file.scalar(value);
                    if (key == "pattern") source.pattern = file.scalar(value);
                    if (key == "divisors")
                      for (const auto &divisor : file.scalarList(value)) {
                        auto number = parseMacroInteger(divisor);
                        if (!number || *number == 0) file.fail(value, "divisors must be positive integers");
                        source.divisors.push_back(*number);
                      }
                  });
  if (std::string problem = completeVersionSource(source, encoding); !problem.empty()) file.fail(node, problem);
  return source;
}

}  // namespace

std::string completeVersionSource(VersionSource &source, const std::string &encoding) {
  if (source.macros.empty()) return "a version source needs `macro` or `parts`";
  if (source.macros.size() > 1) {
    source.encoding = VersionSource::Encoding::Parts;
  } else if (encoding == "text") {
    source.encoding = VersionSource::Encoding::Text;
  } else if (encoding == "decimal") {
    source.encoding = VersionSource::Encoding::Decimal;
    if (source.divisors.empty()) return "a decimal version needs `divisors`, e.g. [10000, 100, 1]";
  } else if (encoding == "hex-bytes") {
    source.encoding = VersionSource::Encoding::HexBytes;
  } else {
    return "unknown encoding '" + encoding + "' (expected text, decimal or hex-bytes)";
  }
  if (!source.pattern.empty()) {
    llvm::Regex regex(source.pattern);
    std::string problem;
    if (!regex.isValid(problem)) return "invalid pattern: " + problem;
    if (regex.getNumMatches() < 1) return "the pattern needs one group around the version";
  }
  return {};
}

void LibraryCatalogue::add(LibrarySpec library) {
  library.compileHeaders();
  libraries_.push_back(std::move(library));
}

std::optional<uint64_t> parseMacroInteger(std::string_view text) {
  while (!text.empty() && (text.front() == '(' || text.front() == ' ')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ')' || text.back() == ' ')) text.remove_suffix(1);
  while (!text.empty() && (text.back() == 'L' || text.back() == 'l' || text.back() == 'U' || text.back() == 'u'))
    text.remove_suffix(1);
  if (text.empty()) return std::nullopt;
  unsigned base = 10;
  if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
    base = 16;
    text.remove_prefix(2);
  }
  uint64_t value = 0;
  for (char c : text) {
    int digit = std::isdigit(static_cast<unsigned char>(c))    ? c - '0'
                : std::isxdigit(static_cast<unsigned char>(c)) ? std::tolower(static_cast<unsigned char>(c)) - 'a' + 10
                                                               : 99;
    if (digit >= static_cast<int>(base)) return std::nullopt;
    value = value * base + static_cast<uint64_t>(digit);
  }
  return value;
}

bool LibrarySpec::ownsHeader(std::string_view path) const {
  if (!compiledHeaders) return false;
  // Match the glob against each tail of the path that starts at a folder boundary, so
  // `openssl/*.h` owns /usr/include/x86_64-linux-gnu/openssl/opensslconf.h.
  for (size_t start = 0; start < path.size();) {
    std::string_view tail = path.substr(start);
    for (const auto &glob : compiledHeaders->globs)
      if (glob.match(tail)) return true;
    size_t slash = path.find('/', start);
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return false;
}

void LibrarySpec::compileHeaders() {
  auto compiled = std::make_shared<CompiledHeaders>();
  compiled->patterns = headers;  // not touched again: the globs point into these strings
  for (const auto &pattern : compiled->patterns)
    if (auto glob = llvm::GlobPattern::create(pattern)) compiled->globs.push_back(std::move(*glob));
  compiledHeaders = std::move(compiled);
}

std::string LibrarySpec::apiName(std::string_view declaredName) const {
  for (const auto &prefix : symbolPrefixes)
    if (declaredName.size() > prefix.size() && declaredName.substr(0, prefix.size()) == prefix)
      return std::string(declaredName.substr(prefix.size()));
  return std::string(declaredName);
}

LibraryCatalogue LibraryCatalogue::builtIn() {
  LibraryCatalogue catalogue;
  for (const EmbeddedFile *file = kLibraryData; *file->path; ++file)
    catalogue.load(std::string("<built-in>/") + file->path, file->contents);
  return catalogue;
}

void LibraryCatalogue::load(const std::string &path, std::string_view text) {
  YamlFile file(path, text);
  if (!file.root()) return;
  file.forEachKey(file.root(), {"libraries"}, [&](const std::string &, llvm::yaml::Node *list) {
    for (auto &node : *file.sequence(list)) {
      LibrarySpec library;
      library.origin = file.where(&node);
      file.forEachKey(&node,
                      {"name", "bundled-in", "headers", "when-defined", "unless-defined", "version", "symbol-prefixes",
                       "manifest-names", "repositories"},
                      [&](const std::string &key, llvm::yaml::Node *value) {
                        if (key == "name") library.name = file.scalar(value);
                        if (key == "bundled-in") library.bundledIn = file.scalar(value);
                        if (key == "headers") library.headers = file.scalarList(value);
                        if (key == "when-defined") library.whenDefined = file.scalarList(value);
                        if (key == "unless-defined") library.unlessDefined = file.scalarList(value);
                        if (key == "symbol-prefixes") library.symbolPrefixes = file.scalarList(value);
                        if (key == "manifest-names") library.manifestNames = file.scalarList(value);
                        if (key == "repositories")
                          for (const auto &repository : file.scalarList(value))
                            library.repositories.push_back(llvm::StringRef(repository).lower());
                        if (key == "version")
                          for (auto &source : *file.sequence(value))
                            library.versions.push_back(parseVersionSource(file, &source));
                      });
      if (library.name.empty()) file.fail(&node, "a library needs a `name`");
      if (library.headers.empty()) file.fail(&node, "library " + library.name + " needs `headers`");
      for (const auto &header : library.headers)
        if (!llvm::GlobPattern::create(header)) file.fail(&node, "invalid header glob '" + header + "'");
      library.compileHeaders();
      libraries_.push_back(std::move(library));
    }
  });
}

std::set<std::string> LibraryCatalogue::macros() const {
  std::set<std::string> names;
  for (const auto &library : libraries_) {
    names.insert(library.whenDefined.begin(), library.whenDefined.end());
    names.insert(library.unlessDefined.begin(), library.unlessDefined.end());
    for (const auto &source : library.versions) names.insert(source.macros.begin(), source.macros.end());
  }
  return names;
}

const LibrarySpec *LibraryCatalogue::libraryOf(std::string_view header, const MacroLookup &macros) const {
  for (const auto &library : libraries_) {
    if (!library.ownsHeader(header)) continue;
    bool forkMatches = true;
    for (const auto &macro : library.whenDefined) forkMatches &= macros(macro).has_value();
    for (const auto &macro : library.unlessDefined) forkMatches &= !macros(macro).has_value();
    if (forkMatches) return &library;
  }
  return nullptr;
}

const LibrarySpec *LibraryCatalogue::find(std::string_view name) const {
  for (const auto &library : libraries_)
    if (library.name == name) return &library;
  return nullptr;
}

const LibrarySpec *LibraryCatalogue::byManifestName(std::string_view name) const {
  for (const auto &library : libraries_)
    if (library.bundledIn.empty() &&
        std::find(library.manifestNames.begin(), library.manifestNames.end(), name) != library.manifestNames.end())
      return &library;
  return nullptr;
}

const LibrarySpec *LibraryCatalogue::byRepository(std::string_view url) const {
  std::string lower = llvm::StringRef(url).lower();
  if (llvm::StringRef(lower).ends_with(".git")) lower.resize(lower.size() - 4);
  for (const auto &library : libraries_)
    for (const auto &repository : library.repositories)
      if (llvm::StringRef(lower).ends_with(repository)) return &library;
  return nullptr;
}

std::optional<DetectedVersion> detectVersion(const LibrarySpec &library, const MacroLookup &macros) {
  for (const auto &source : library.versions) {
    std::vector<MacroValue> values;
    for (const auto &name : source.macros) {
      auto value = macros(name);
      if (!value || !library.ownsHeader(value->file)) break;
      values.push_back(std::move(*value));
    }
    if (values.size() != source.macros.size()) continue;
    if (auto version = decode(source, values)) {
      std::string names;
      for (const auto &name : source.macros) names += (names.empty() ? "" : ", ") + name;
      return DetectedVersion{*version, names, values.front().file, values.front().line};
    }
  }
  return std::nullopt;
}

}  // namespace cppsec
