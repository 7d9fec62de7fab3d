#pragma once
// Version numbers as libraries and distributions write them, and OSV ranges over them.
#include <string>
#include <string_view>
#include <vector>

namespace cppsec {

// How an ecosystem orders its versions.
enum class VersionScheme {
  Upstream,  // release numbers: 1.1.1 < 1.1.1a < 1.1.1w < 3.0.0-alpha1 < 3.0.0
  Debian,    // dpkg: [epoch:]upstream[-revision], with ~ sorting before everything
};

// <0, 0 or >0 as a sorts before, with or after b.
int compareVersions(std::string_view a, std::string_view b, VersionScheme scheme);

// One OSV range: events introduced / fixed / last_affected / limit, in any order.
struct VersionEvent {
  enum class Kind { Introduced, Fixed, LastAffected, Limit };
  Kind kind = Kind::Introduced;
  std::string version;  // "0" for introduced means from the beginning
};
struct VersionRange {
  std::vector<VersionEvent> events;
};

// Whether `version` lies in any of the ranges, or is listed in `versions` (OSV's rules).
bool isAffected(std::string_view version, const std::vector<VersionRange> &ranges,
                const std::vector<std::string> &versions, VersionScheme scheme);
// The release that fixes `version`: the first `fixed` event above it in the range that
// holds it; empty when no fix is known.
std::string fixedVersionFor(std::string_view version, const std::vector<VersionRange> &ranges, VersionScheme scheme);

}  // namespace cppsec
