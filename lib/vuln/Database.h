#pragma once
// The OSV advisories vulncheck matches against: data/vulndb/ compiled in, or a folder of
// OSV JSON files given with --db. data/vulndb/README.md documents the format, including
// cppsec's `ecosystem_specific.cppsec` extension (entry-point symbols and conditions).
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vuln/Libraries.h"
#include "vuln/Versions.h"

namespace cppsec {

// A test on one argument of a call, for advisories that need an option set.
struct ArgTest {
  enum class Kind { OneOf, AnyBits, Matches };
  Kind kind = Kind::OneOf;
  std::vector<std::string> names;  // enumerator or macro names as written at the call
  std::vector<int64_t> integers;
  std::string regex;  // Matches: over a string literal argument
};

struct CallPattern {
  std::string symbol;
  std::map<unsigned, ArgTest> args;  // by 0-based argument index
};

// What the code must call for the vulnerable code to run.
struct SymbolData {
  std::vector<std::string> symbols;  // empty: every user of the library
  bool allOf = false;                // conditions: all of them (else any of them)
  std::vector<CallPattern> conditions;
  std::string evidence;
};

struct AffectedPackage {
  std::string ecosystem;     // ConanCenter, Debian:12
  std::string name;          // libcurl; for a distribution, the source package (curl)
  std::string distribution;  // "debian-12" for Debian:12, empty upstream
  VersionScheme scheme = VersionScheme::Upstream;
  std::vector<VersionRange> ranges;
  std::vector<std::string> versions;
  std::optional<SymbolData> symbols;
  // A library the built-in catalogue does not know: its headers and version macros, from
  // ecosystem_specific.cppsec.library.
  std::optional<LibrarySpec> library;
};

struct Advisory {
  std::string id;
  std::vector<std::string> aliases;
  std::string summary, details, published, modified;
  std::vector<std::pair<std::string, std::string>> references;  // type, url
  std::vector<std::string> cwes;                                // CWE-122
  std::string severity;                                         // upstream's rating, upper case
  std::string cvss;                                             // a CVSS vector, if given
  std::vector<AffectedPackage> affected;
  std::string file;  // where it was read from
  std::string json;  // the entry as read, for the json output's osv messages

  std::string advisoryUrl() const;  // the ADVISORY reference, else the first
  std::string cveId() const;        // the CVE id among id and aliases, if any
};

struct Database {
  std::vector<Advisory> advisories;  // sorted by id
  std::string source;                // "built-in" or the folder
  std::string newestModification;    // the latest `modified` of any entry
};

// Every *.json under dir. Throws InputError on the first broken entry
// ("file: /affected/0/ranges: message"). With strict (our own database), packages unknown to
// the catalogue, unsorted ranges and missing evidence are errors too.
Database loadDatabase(const std::string &dir, const LibraryCatalogue &libraries, bool strict = false);
// data/vulndb as compiled in.
Database builtInDatabase(const LibraryCatalogue &libraries);
// One entry; appends problems (each "file: /json/path: message") to errors.
std::optional<Advisory> parseAdvisory(const std::string &file, std::string_view text, const LibraryCatalogue &libraries,
                                      bool strict, std::vector<std::string> &errors);

}  // namespace cppsec
