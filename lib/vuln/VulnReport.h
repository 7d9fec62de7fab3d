#pragma once
// The outcome of `cppsec vulncheck`, ready for the reporters: the libraries the build uses,
// and for each advisory that concerns one of them whether the code reaches it.
#include <optional>
#include <string>
#include <vector>

#include "config/Settings.h"
#include "findings/Finding.h"
#include "vuln/Database.h"
#include "vuln/Inventory.h"
#include "vuln/Manifests.h"
#include "vuln/Packages.h"

namespace cppsec {

struct LibraryInUse {
  std::string library;
  std::string bundledIn;
  std::string version;        // empty when no macro and no package tells it
  std::string versionOrigin;  // "LIBCURL_VERSION" or "Debian package libcurl4-openssl-dev"
  std::string versionFile;    // the header the version was read from (absolute)
  unsigned versionLine = 0;
  std::string header;  // the first of its headers a TU included
  std::optional<SystemPackage> package;
  std::string purl() const;  // pkg:conan/libcurl@7.88.1 or pkg:deb/debian/curl@...
};

// One step of a call path, entry point first: the function and where it makes the next call.
struct TraceStep {
  std::string function;
  SourcePos pos;
};

struct VulnSite {
  std::string symbol;            // the library function called
  std::string call;              // the call as written, for conditions
  std::vector<TraceStep> trace;  // entry point ... caller; the last step's pos is the call
  bool possibly = false;         // an argument the advisory depends on is not constant
};

enum class VulnStatus {
  Affected,          // a vulnerable function is called (with the options the advisory needs)
  PossiblyAffected,  // called, but an option argument is not a compile-time constant
  NotCalled,         // the version is affected; the code does not call the vulnerable functions
  NotAffected,       // the version in use is not affected
};

struct VulnFinding {
  const Advisory *advisory = nullptr;
  size_t library = 0;  // index into VulnReport::libraries
  VulnStatus status = VulnStatus::NotAffected;
  std::string fixedVersion;
  bool decidedByDistribution = false;  // the distribution's own range decided
  std::string distributionNote;        // the distribution may have back-ported the fix
  std::vector<VulnSite> sites;         // calls of the vulnerable functions
  std::vector<VulnSite> conditions;    // calls that set the options the advisory needs
  bool needsOptions = false;           // the advisory applies only with some options set
  bool symbolCalled = false;           // a listed function is called (options aside)
  bool optionsOnly = false;            // the advisory names options, no function: every user setting them
  size_t moreSites = 0;                // every use of the library is affected: the calls beyond the first shown
  std::optional<VulnIgnore> ignored;
};

struct VulnReport {
  std::vector<LibraryInUse> libraries;
  std::vector<VulnFinding> findings;  // sorted by advisory id, then library
  std::vector<Notification> notifications;
  size_t tusAnalysed = 0, tusFailed = 0;
  size_t advisoriesChecked = 0;
  std::string root;
  std::string toolVersion;
  std::string database, databaseModified;
  std::string scanLevel = "symbol";
  bool showTraces = false;

  std::string relativePath(const std::string &file) const;
  size_t count(VulnStatus status, bool includeIgnored = false) const;
};

struct VulnInputs {
  const Database *database = nullptr;
  SystemPackages *packages = nullptr;
  std::vector<VulnIgnore> ignores;
  std::vector<DeclaredVersion> declared;  // from the project's manifests
  std::string today;                      // YYYY-MM-DD, for ignore expiry
  std::string root;
};

// Merges the TUs' inventories into one call graph and matches every advisory against the
// libraries in use and the calls the code makes.
VulnReport evaluateVulnerabilities(std::vector<VulnTuResult> tus, const VulnInputs &inputs);

// The upstream version inside a Debian package version: 1:1.2.13.dfsg-1 is 1.2.13.
std::string upstreamOfDebianVersion(std::string_view version);

}  // namespace cppsec
