#pragma once
// `cppsec vulncheck` from options to exit status: the libraries the build includes, the
// calls it makes into them, matched against an OSV database. The command line only fills
// VulncheckOptions.
#include <iosfwd>
#include <string>
#include <vector>

#include "driver/Scan.h"

namespace cppsec {

struct VulncheckOptions : BuildSelection {
  std::string format = "text";  // text, json, sarif, openvex
  std::string output;
  std::string scanLevel = "symbol";  // symbol, library
  std::string database;              // a folder of OSV JSON files; empty: the built-in one
  bool showTraces = false;
  unsigned jobs = 0;
  std::string configFile;
  std::string systemRoot = "/";  // where dpkg's database is read from
  std::string today;             // YYYY-MM-DD for ignore expiry; empty: today (UTC)
  bool quiet = false;
};

// Exit status: text: 3 when the code calls a vulnerable function (or possibly does), 0
// when not; json, sarif and openvex: 0. Throws InputError for bad input (exit status 2).
int runVulncheck(const VulncheckOptions &options);

// `cppsec vulncheck --check-db DIR`: validates a database strictly. Throws InputError naming
// the first problem (file and JSON path); prints a summary when there is none.
int checkVulnDatabase(const std::string &dir, std::ostream &out);

}  // namespace cppsec
