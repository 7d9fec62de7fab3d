#include "vuln/Database.h"

#include <algorithm>

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "nlohmann/json.hpp"
#include "util/Embedded.h"
#include "util/InputError.h"

namespace cppsec {

extern const EmbeddedFile kVulnDatabase[];

namespace {

using Json = nlohmann::json;

// A JSON pointer one level down: /affected/0 + "ranges".
std::string child(const std::string &path, const std::string &key) {
  std::string out;
  out.reserve(path.size() + 1 + key.size());
  out += path;
  out += '/';
  out += key;
  return out;
}

// Collects problems with the JSON path they are at; parsing goes on so that every problem
// of an entry is reported at once.
class EntryReader {
 public:
  EntryReader(std::string file, bool strict, std::vector<std::string> &errors)
      : file_(std::move(file)), strict_(strict), errors_(errors) {}

  void problem(const std::string &path, const std::string &message) {
    errors_.push_back(file_ + ": " + (path.empty() ? "/" : path) + ": " + message);
  }
  bool strict() const { return strict_; }
  size_t problems() const { return errors_.size(); }

  std::string string(const Json &object, const char *key, const std::string &path, bool required) {
    auto found = object.find(key);
    if (found == object.end()) {
      if (required) problem(path, std::string("missing \"") + key + "\"");
      return {};
    }
    if (!found->is_string()) {
      problem(child(path, key), "expected a string");
      return {};
    }
    return found->get<std::string>();
  }
  std::vector<std::string> strings(const Json &value, const std::string &path) {
    std::vector<std::string> out;
    if (!value.is_array()) {
      problem(path, "expected an array of strings");
      return out;
    }
    for (size_t i = 0; i < value.size(); ++i) {
      if (value[i].is_string())
        out.push_back(value[i].get<std::string>());
      else
        problem(child(path, std::to_string(i)), "expected a string");
    }
    return out;
  }

 private:
  std::string file_;
  bool strict_;
  std::vector<std::string> &errors_;
};

bool isTimestamp(const std::string &text) {
  static const llvm::Regex rfc3339(
      "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$");
  return rfc3339.match(text);
}

ArgTest parseArgTest(EntryReader &reader, const Json &value, const std::string &path) {
  ArgTest test;
  if (!value.is_object() || value.size() != 1) {
    reader.problem(path, "expected one test: {\"one-of\": [...]}, {\"any-bits\": [...]} or {\"matches\": \"regex\"}");
    return test;
  }
  const std::string key = value.begin().key();
  const Json &operand = value.begin().value();
  if (key == "matches") {
    test.kind = ArgTest::Kind::Matches;
    if (!operand.is_string()) {
      reader.problem(path + "/matches", "expected a regular expression string");
      return test;
    }
    test.regex = operand.get<std::string>();
    std::string error;
    if (!llvm::Regex(test.regex).isValid(error)) reader.problem(path + "/matches", "invalid regex: " + error);
    return test;
  }
  if (key != "one-of" && key != "any-bits") {
    reader.problem(path, "unknown test \"" + key + "\" (expected one-of, any-bits or matches)");
    return test;
  }
  test.kind = key == "one-of" ? ArgTest::Kind::OneOf : ArgTest::Kind::AnyBits;
  // One name or integer may stand alone; a list holds several.
  Json items = operand.is_array() ? operand : Json::array({operand});
  if (items.empty()) {
    reader.problem(child(path, key), "expected a name, an integer, or a non-empty array of them");
    return test;
  }
  for (const auto &item : items) {
    if (item.is_string())
      test.names.push_back(item.get<std::string>());
    else if (item.is_number_integer())
      test.integers.push_back(item.get<int64_t>());
    else
      reader.problem(child(path, key), "expected names or integers");
  }
  return test;
}

// {"headers": ["mylib/*.h"], "version": [{"macro": "MYLIB_VERSION", "encoding": "text"}]}
LibrarySpec parseLibrary(EntryReader &reader, const Json &value, const std::string &path, const std::string &name) {
  LibrarySpec library;
  library.name = name;
  library.origin = path;
  if (!value.is_object()) {
    reader.problem(path, "expected {\"headers\": [...], \"version\": [...]}");
    return library;
  }
  for (const auto &[key, item] : value.items()) {
    std::string at = child(path, key);
    if (key == "headers") {
      library.headers = reader.strings(item, at);
      for (const auto &header : library.headers)
        if (!llvm::GlobPattern::create(header)) reader.problem(at, "invalid header glob '" + header + "'");
    } else if (key == "symbol-prefixes") {
      library.symbolPrefixes = reader.strings(item, at);
    } else if (key == "version" && item.is_array()) {
      for (size_t i = 0; i < item.size(); ++i) {
        std::string sourcePath = child(at, std::to_string(i));
        const Json &entry = item[i];
        VersionSource source;
        if (entry.contains("parts")) source.macros = reader.strings(entry["parts"], sourcePath + "/parts");
        if (std::string macro = reader.string(entry, "macro", sourcePath, false); !macro.empty())
          source.macros = {macro};
        source.pattern = reader.string(entry, "pattern", sourcePath, false);
        if (entry.contains("divisors") && entry["divisors"].is_array())
          for (const auto &divisor : entry["divisors"]) {
            if (divisor.is_number_unsigned() && divisor.get<uint64_t>() > 0)
              source.divisors.push_back(divisor.get<uint64_t>());
            else
              reader.problem(sourcePath + "/divisors", "divisors must be positive integers");
          }
        std::string encoding = entry.is_object() ? entry.value("encoding", "text") : "text";
        if (std::string problem = completeVersionSource(source, encoding); !problem.empty())
          reader.problem(sourcePath, problem);
        library.versions.push_back(std::move(source));
      }
    } else {
      reader.problem(at, "unknown field (expected headers, version, symbol-prefixes)");
    }
  }
  if (library.headers.empty()) reader.problem(path, "a library needs \"headers\"");
  return library;
}

SymbolData parseSymbolData(EntryReader &reader, const Json &value, const std::string &path) {
  SymbolData data;
  if (!value.is_object()) {
    reader.problem(path, "expected an object");
    return data;
  }
  for (const auto &[key, item] : value.items()) {
    std::string at = child(path, key);
    if (key == "library") continue;  // read by parseAffected
    if (key == "symbols") {
      data.symbols = reader.strings(item, at);
    } else if (key == "evidence") {
      if (item.is_string())
        data.evidence = item.get<std::string>();
      else
        reader.problem(at, "expected a string");
    } else if (key == "conditions") {
      if (!item.is_object() || item.size() != 1 || !(item.contains("any-of") || item.contains("all-of"))) {
        reader.problem(at, "expected {\"any-of\": [...]} or {\"all-of\": [...]}");
        continue;
      }
      data.allOf = item.contains("all-of");
      const Json &patterns = item.begin().value();
      std::string listPath = at + (data.allOf ? "/all-of" : "/any-of");
      if (!patterns.is_array() || patterns.empty()) {
        reader.problem(listPath, "expected a non-empty array of call patterns");
        continue;
      }
      for (size_t i = 0; i < patterns.size(); ++i) {
        std::string patternPath = child(listPath, std::to_string(i));
        if (!patterns[i].is_object()) {
          reader.problem(patternPath, "expected {\"symbol\": ..., \"args\": {...}}");
          continue;
        }
        CallPattern pattern;
        pattern.symbol = reader.string(patterns[i], "symbol", patternPath, true);
        for (const auto &[patternKey, patternValue] : patterns[i].items()) {
          if (patternKey == "symbol") continue;
          if (patternKey != "args" || !patternValue.is_object()) {
            reader.problem(child(patternPath, patternKey), "expected \"args\": {\"INDEX\": test}");
            continue;
          }
          std::string argsPath = child(patternPath, "args");
          for (const auto &[index, test] : patternValue.items()) {
            bool numeric = !index.empty() && std::all_of(index.begin(), index.end(), ::isdigit);
            if (!numeric || index.size() > 3) {
              reader.problem(child(argsPath, index), "argument keys are 0-based indexes: \"1\"");
              continue;
            }
            pattern.args[static_cast<unsigned>(std::stoul(index))] = parseArgTest(reader, test, child(argsPath, index));
          }
        }
        data.conditions.push_back(std::move(pattern));
      }
    } else {
      reader.problem(at, "unknown field (expected symbols, conditions, evidence, library)");
    }
  }
  if (data.evidence.empty()) reader.problem(path, "missing \"evidence\": where the symbols come from");
  return data;
}

std::vector<VersionRange> parseRanges(EntryReader &reader, const Json &ranges, const std::string &path,
                                      VersionScheme scheme) {
  std::vector<VersionRange> out;
  if (!ranges.is_array()) {
    reader.problem(path, "expected an array");
    return out;
  }
  for (size_t r = 0; r < ranges.size(); ++r) {
    std::string at = child(path, std::to_string(r));
    std::string type = ranges[r].is_object() ? reader.string(ranges[r], "type", at, true) : "";
    if (type == "GIT") continue;  // commit ranges need the library's history; not usable here
    if (type != "ECOSYSTEM" && type != "SEMVER") {
      reader.problem(at + "/type", "expected ECOSYSTEM, SEMVER or GIT");
      continue;
    }
    VersionRange range;
    const Json &events = ranges[r].value("events", Json());
    if (!events.is_array() || events.empty()) {
      reader.problem(at + "/events", "expected a non-empty array of events");
      continue;
    }
    for (size_t e = 0; e < events.size(); ++e) {
      std::string eventPath = at + "/events/" + std::to_string(e);
      if (!events[e].is_object() || events[e].size() != 1 || !events[e].begin()->is_string()) {
        reader.problem(eventPath,
                       "expected one of {\"introduced\"|\"fixed\"|\"last_affected\"|\"limit\": \"VERSION\"}");
        continue;
      }
      const std::string &kind = events[e].begin().key();
      VersionEvent event;
      event.version = events[e].begin()->get<std::string>();
      if (kind == "introduced")
        event.kind = VersionEvent::Kind::Introduced;
      else if (kind == "fixed")
        event.kind = VersionEvent::Kind::Fixed;
      else if (kind == "last_affected")
        event.kind = VersionEvent::Kind::LastAffected;
      else if (kind == "limit")
        event.kind = VersionEvent::Kind::Limit;
      else
        reader.problem(eventPath, "unknown event \"" + kind + "\"");
      range.events.push_back(event);
    }
    if (std::none_of(range.events.begin(), range.events.end(),
                     [](const VersionEvent &event) { return event.kind == VersionEvent::Kind::Introduced; }))
      reader.problem(at + "/events", "a range needs an \"introduced\" event");
    // Our own entries list events in version order, each introduced before its fix.
    if (reader.strict())
      for (size_t e = 1; e < range.events.size(); ++e) {
        const auto &previous = range.events[e - 1], &current = range.events[e];
        bool zero = previous.kind == VersionEvent::Kind::Introduced && previous.version == "0";
        if (!zero && compareVersions(previous.version, current.version, scheme) >= 0)
          reader.problem(at + "/events/" + std::to_string(e),
                         "events out of version order (" + previous.version + " then " + current.version + ")");
        if ((previous.kind == VersionEvent::Kind::Introduced) == (current.kind == VersionEvent::Kind::Introduced))
          reader.problem(at + "/events/" + std::to_string(e), "introduced and fixed events must alternate");
      }
    out.push_back(std::move(range));
  }
  return out;
}

void parseAffected(EntryReader &reader, const Json &item, const std::string &at, const LibraryCatalogue &libraries,
                   Advisory &advisory) {
  if (!item.is_object() || !item.contains("package") || !item["package"].is_object()) {
    reader.problem(at, "expected an object with \"package\"");
    return;
  }
  AffectedPackage package;
  package.ecosystem = reader.string(item["package"], "ecosystem", at + "/package", true);
  package.name = reader.string(item["package"], "name", at + "/package", true);
  if (package.ecosystem.rfind("Debian:", 0) == 0) {
    package.scheme = VersionScheme::Debian;
    package.distribution = "debian-" + package.ecosystem.substr(7);
  } else if (package.ecosystem != "ConanCenter") {
    // Other ecosystems (npm, PyPI...) are not C/C++ libraries: skip, unless it is our database.
    if (reader.strict()) reader.problem(at + "/package/ecosystem", "expected ConanCenter or Debian:N");
    return;
  }
  const Json *extension = item.contains("ecosystem_specific") && item["ecosystem_specific"].is_object() &&
                                  item["ecosystem_specific"].contains("cppsec")
                              ? &item["ecosystem_specific"]["cppsec"]
                              : nullptr;
  if (extension && extension->is_object() && extension->contains("library"))
    package.library =
        parseLibrary(reader, (*extension)["library"], at + "/ecosystem_specific/cppsec/library", package.name);
  // A package cppsec cannot recognise in a build can never match: an error in our own
  // database, skipped in a user's (an OSV export holds many).
  if (package.scheme == VersionScheme::Upstream && !package.library && !libraries.find(package.name)) {
    if (reader.strict())
      reader.problem(at + "/package/name", "unknown package \"" + package.name +
                                               "\": not in data/libraries.yaml, and the entry gives no "
                                               "ecosystem_specific.cppsec.library");
    return;
  }
  if (item.contains("ranges")) package.ranges = parseRanges(reader, item["ranges"], at + "/ranges", package.scheme);
  if (item.contains("versions")) package.versions = reader.strings(item["versions"], at + "/versions");
  if (package.ranges.empty() && package.versions.empty()) reader.problem(at, "no usable ranges or versions");
  if (extension)
    package.symbols = parseSymbolData(reader, *extension, at + "/ecosystem_specific/cppsec");
  else if (reader.strict() && package.scheme == VersionScheme::Upstream)
    reader.problem(at, "missing ecosystem_specific.cppsec (symbols and evidence)");
  advisory.affected.push_back(std::move(package));
}

std::string lineAndColumn(std::string_view text, size_t offset) {
  unsigned line = 1, column = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return std::to_string(line) + ":" + std::to_string(column);
}

void finish(Database &database) {
  std::sort(database.advisories.begin(), database.advisories.end(),
            [](const Advisory &a, const Advisory &b) { return a.id < b.id; });
  for (size_t i = 1; i < database.advisories.size(); ++i)
    if (database.advisories[i].id == database.advisories[i - 1].id)
      throw InputError(database.advisories[i].file + ": id " + database.advisories[i].id + " is also used by " +
                       database.advisories[i - 1].file);
  for (const auto &advisory : database.advisories)
    database.newestModification = std::max(database.newestModification, advisory.modified);
}

}  // namespace

std::string Advisory::advisoryUrl() const {
  for (const auto &[type, url] : references)
    if (type == "ADVISORY") return url;
  return references.empty() ? std::string() : references.front().second;
}

std::string Advisory::cveId() const {
  if (id.rfind("CVE-", 0) == 0) return id;
  for (const auto &alias : aliases)
    if (alias.rfind("CVE-", 0) == 0) return alias;
  if (size_t at = id.find("CVE-"); at != std::string::npos) return id.substr(at);
  return {};
}

std::optional<Advisory> parseAdvisory(const std::string &file, std::string_view text, const LibraryCatalogue &libraries,
                                      bool strict, std::vector<std::string> &errors) {
  Json entry;
  try {
    entry = Json::parse(text);
  } catch (const Json::parse_error &error) {
    errors.push_back(file + ":" + lineAndColumn(text, error.byte ? error.byte - 1 : 0) +
                     ": invalid JSON: " + std::string(error.what()).substr(std::string(error.what()).find(':') + 2));
    return std::nullopt;
  }
  EntryReader reader(file, strict, errors);
  size_t before = reader.problems();
  if (!entry.is_object()) {
    reader.problem("", "expected an OSV object");
    return std::nullopt;
  }
  Advisory advisory;
  advisory.file = file;
  advisory.json = entry.dump();
  advisory.id = reader.string(entry, "id", "", true);
  advisory.modified = reader.string(entry, "modified", "", true);
  if (!advisory.modified.empty() && !isTimestamp(advisory.modified))
    reader.problem("/modified", "expected an RFC 3339 time such as 2023-10-11T00:00:00Z");
  advisory.published = reader.string(entry, "published", "", strict);
  advisory.summary = reader.string(entry, "summary", "", strict);
  advisory.details = reader.string(entry, "details", "", strict);
  if (strict) reader.string(entry, "schema_version", "", true);
  if (entry.contains("aliases")) advisory.aliases = reader.strings(entry["aliases"], "/aliases");
  if (entry.contains("references") && entry["references"].is_array())
    for (size_t i = 0; i < entry["references"].size(); ++i) {
      const Json &reference = entry["references"][i];
      std::string at = "/references/" + std::to_string(i);
      if (!reference.is_object()) {
        reader.problem(at, "expected {\"type\": ..., \"url\": ...}");
        continue;
      }
      advisory.references.emplace_back(reader.string(reference, "type", at, true),
                                       reader.string(reference, "url", at, true));
    }
  if (strict && std::none_of(advisory.references.begin(), advisory.references.end(),
                             [](const auto &reference) { return reference.first == "ADVISORY"; }))
    reader.problem("/references", "needs an ADVISORY reference to the upstream advisory");
  if (entry.contains("database_specific") && entry["database_specific"].is_object()) {
    const Json &specific = entry["database_specific"];
    if (specific.contains("cwe_ids")) advisory.cwes = reader.strings(specific["cwe_ids"], "/database_specific/cwe_ids");
    advisory.severity = reader.string(specific, "severity", "/database_specific", false);
    std::transform(advisory.severity.begin(), advisory.severity.end(), advisory.severity.begin(), ::toupper);
  }
  if (entry.contains("severity") && entry["severity"].is_array())
    for (const auto &score : entry["severity"])
      if (score.is_object() && score.value("type", "").rfind("CVSS_V3", 0) == 0)
        advisory.cvss = score.value("score", "");
  if (!entry.contains("affected") || !entry["affected"].is_array() || entry["affected"].empty())
    reader.problem("/affected", "expected a non-empty array");
  else
    for (size_t i = 0; i < entry["affected"].size(); ++i)
      parseAffected(reader, entry["affected"][i], "/affected/" + std::to_string(i), libraries, advisory);
  if (reader.problems() != before) return std::nullopt;
  return advisory;
}

Database loadDatabase(const std::string &dir, const LibraryCatalogue &libraries, bool strict) {
  if (!llvm::sys::fs::is_directory(dir)) throw InputError(dir + ": --db: not a folder of OSV JSON files");
  std::vector<std::string> files;
  std::error_code error;
  for (llvm::sys::fs::recursive_directory_iterator it(dir, error), end; it != end && !error; it.increment(error))
    if (llvm::sys::path::extension(it->path()) == ".json") files.push_back(it->path());
  if (error) throw InputError(dir + ": cannot read the database: " + error.message());
  std::sort(files.begin(), files.end());
  Database database;
  database.source = dir;
  std::vector<std::string> errors;
  for (const auto &file : files) {
    auto buffer = llvm::MemoryBuffer::getFile(file, /*IsText=*/true);
    if (!buffer) throw InputError(file + ": cannot read: " + buffer.getError().message());
    if (auto advisory = parseAdvisory(file, (*buffer)->getBuffer(), libraries, strict, errors))
      if (!advisory->affected.empty()) database.advisories.push_back(std::move(*advisory));
    if (!errors.empty()) throw InputError(errors.front());
  }
  finish(database);
  return database;
}

Database builtInDatabase(const LibraryCatalogue &libraries) {
  Database database;
  database.source = "built-in";
  std::vector<std::string> errors;
  for (const EmbeddedFile *file = kVulnDatabase; *file->path; ++file) {
    if (!llvm::StringRef(file->path).ends_with(".json")) continue;
    if (auto advisory = parseAdvisory(std::string("data/vulndb/") + file->path, file->contents, libraries,
                                      /*strict=*/false, errors))
      database.advisories.push_back(std::move(*advisory));
    if (!errors.empty()) throw InputError(errors.front());
  }
  finish(database);
  return database;
}

}  // namespace cppsec
