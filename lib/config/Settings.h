#pragma once
// Everything that shapes a run, merged from built-in defaults, .cppsec.yaml and the
// command line (in that order; later wins).
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "findings/Finding.h"

namespace cppsec {

struct RuleSetting {
  std::optional<bool> enabled;
  std::optional<Severity> severity;
  std::string origin;  // file:line:col of the entry, to name it when the id is unknown
};

// `vulncheck.ignore`: an advisory accepted for a reason, until a date.
struct VulnIgnore {
  std::string id;  // the advisory id or one of its aliases (the CVE id)
  std::string reason;
  std::string expires;  // YYYY-MM-DD: the last day the entry applies
  std::string origin;   // file:line:col
};

struct Settings {
  std::map<std::string, RuleSetting> rules;  // by rule id
  Severity failOn = Severity::Low;
  bool noFail = false;
  Confidence minConfidence = Confidence::Medium;
  std::vector<std::string> excludes;  // path globs or folder names, see PathFilter
  bool defaultExcludes = true;
  bool requireJustification = true;  // CPP001 on a suppression without a reason
  bool showSuppressed = false;
  std::vector<std::string> modelFiles;  // extra model files, absolute
  std::string configFile;               // the .cppsec.yaml that was read, if any
  std::vector<VulnIgnore> vulnIgnores;

  bool ruleEnabled(const std::string &id) const;
};

// Finds .cppsec.yaml from `start` upward; empty when there is none.
std::string findConfigFile(const std::string &start);
// Reads a config file into settings; throws InputError naming file:line:col.
void loadConfigFile(const std::string &path, Settings &settings);

}  // namespace cppsec
