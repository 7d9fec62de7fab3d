#pragma once
// Which distribution package installed a header, read from dpkg's own database files
// (never by running dpkg: the scanner runs nothing). Distributions back-port fixes without
// changing the upstream version, so the package version is what decides on such systems.
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace cppsec {

struct SystemPackage {
  std::string package;       // the binary package: libcurl4-openssl-dev
  std::string version;       // its version: 7.88.1-10+deb12u5
  std::string source;        // the source package advisories name: curl
  std::string ecosystem;     // OSV's name for the release: Debian:12 (empty when unknown)
  std::string distribution;  // debian-12
};

class SystemPackages {
 public:
  // root: the file system root to read var/lib/dpkg and etc/os-release under ("/").
  explicit SystemPackages(std::string root);
  // The package that installed this file, if dpkg knows it.
  std::optional<SystemPackage> owner(const std::string &file);
  // The package version whose entry in the installed package's Debian changelog
  // (usr/share/doc/PACKAGE/changelog.Debian.gz) first names the CVE id: the distribution's
  // own record of a back-ported fix. Empty when the changelog does not name it.
  std::string changelogFix(const SystemPackage &package, const std::string &cve);

 private:
  void load();
  std::string root_;
  bool loaded_ = false;
  std::string ecosystem_, distribution_;
  std::unordered_map<std::string, std::string> owners_;  // file -> binary package
  std::map<std::string, SystemPackage> installed_;       // binary package -> details
  // binary package -> (version, text) of each changelog entry, newest first
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> changelogs_;
};

}  // namespace cppsec
