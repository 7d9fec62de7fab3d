#include "vuln/Versions.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

namespace cppsec {
namespace {

// A part of an upstream version: a number, or a run of letters. Letters right after a
// '-' or '~' mark a pre-release (3.0.0-alpha1 < 3.0.0); letters glued to a number are a
// later patch letter (1.1.1 < 1.1.1a).
struct Part {
  bool numeric = false;
  bool preRelease = false;
  uint64_t number = 0;
  std::string_view letters;
};

std::vector<Part> upstreamParts(std::string_view version) {
  std::vector<Part> parts;
  char separator = 0;
  size_t i = 0;
  while (i < version.size()) {
    char c = version[i];
    if (std::isdigit(static_cast<unsigned char>(c))) {
      Part part;
      part.numeric = true;
      while (i < version.size() && std::isdigit(static_cast<unsigned char>(version[i])))
        part.number = part.number * 10 + static_cast<uint64_t>(version[i++] - '0');
      parts.push_back(part);
      separator = 0;
    } else if (std::isalpha(static_cast<unsigned char>(c))) {
      size_t start = i;
      while (i < version.size() && std::isalpha(static_cast<unsigned char>(version[i]))) ++i;
      Part part;
      part.letters = version.substr(start, i - start);
      part.preRelease = separator == '-' || separator == '~' || parts.empty();
      parts.push_back(part);
      separator = 0;
    } else {
      separator = c;
      ++i;
    }
  }
  return parts;
}

int compareUpstream(std::string_view a, std::string_view b) {
  auto left = upstreamParts(a), right = upstreamParts(b);
  size_t common = std::min(left.size(), right.size());
  for (size_t i = 0; i < common; ++i) {
    const Part &x = left[i], &y = right[i];
    if (x.numeric != y.numeric) {
      // A number against letters: a pre-release sorts before the release, a patch letter after.
      const Part &letters = x.numeric ? y : x;
      int sign = letters.preRelease ? 1 : -1;
      return x.numeric ? sign : -sign;
    }
    if (x.numeric && x.number != y.number) return x.number < y.number ? -1 : 1;
    if (!x.numeric && x.letters != y.letters) return x.letters < y.letters ? -1 : 1;
  }
  if (left.size() == right.size()) return 0;
  // One is longer: a trailing pre-release makes it older, anything else newer.
  bool leftLonger = left.size() > right.size();
  const Part &extra = leftLonger ? left[common] : right[common];
  int longerIsNewer = (!extra.numeric && extra.preRelease) ? -1 : 1;
  return leftLonger ? longerIsNewer : -longerIsNewer;
}

// dpkg's ordering of one character: ~ before end, end before letters, letters before the rest.
int dpkgOrder(char c) {
  if (std::isdigit(static_cast<unsigned char>(c))) return 0;
  if (std::isalpha(static_cast<unsigned char>(c))) return c;
  if (c == '~') return -1;
  if (c) return c + 256;
  return 0;
}

// dpkg's verrevcmp: alternating non-digit and digit runs.
int compareDebianPart(std::string_view a, std::string_view b) {
  size_t i = 0, j = 0;
  auto at = [](std::string_view s, size_t k) { return k < s.size() ? s[k] : '\0'; };
  while (i < a.size() || j < b.size()) {
    int firstDiff = 0;
    while ((i < a.size() && !std::isdigit(static_cast<unsigned char>(a[i]))) ||
           (j < b.size() && !std::isdigit(static_cast<unsigned char>(b[j])))) {
      int ac = dpkgOrder(at(a, i)), bc = dpkgOrder(at(b, j));
      if (ac != bc) return ac < bc ? -1 : 1;
      ++i;
      ++j;
    }
    while (at(a, i) == '0') ++i;
    while (at(b, j) == '0') ++j;
    while (std::isdigit(static_cast<unsigned char>(at(a, i))) && std::isdigit(static_cast<unsigned char>(at(b, j)))) {
      if (!firstDiff) firstDiff = at(a, i) - at(b, j);
      ++i;
      ++j;
    }
    if (std::isdigit(static_cast<unsigned char>(at(a, i)))) return 1;
    if (std::isdigit(static_cast<unsigned char>(at(b, j)))) return -1;
    if (firstDiff) return firstDiff < 0 ? -1 : 1;
  }
  return 0;
}

struct DebianVersion {
  uint64_t epoch = 0;
  std::string_view upstream, revision;
};

DebianVersion splitDebian(std::string_view version) {
  DebianVersion parsed;
  if (size_t colon = version.find(':'); colon != std::string_view::npos) {
    for (char c : version.substr(0, colon))
      if (std::isdigit(static_cast<unsigned char>(c)))
        parsed.epoch = parsed.epoch * 10 + static_cast<uint64_t>(c - '0');
    version.remove_prefix(colon + 1);
  }
  if (size_t dash = version.rfind('-'); dash != std::string_view::npos) {
    parsed.revision = version.substr(dash + 1);
    version = version.substr(0, dash);
  }
  parsed.upstream = version;
  return parsed;
}

int compareDebian(std::string_view a, std::string_view b) {
  DebianVersion x = splitDebian(a), y = splitDebian(b);
  if (x.epoch != y.epoch) return x.epoch < y.epoch ? -1 : 1;
  if (int upstream = compareDebianPart(x.upstream, y.upstream)) return upstream;
  return compareDebianPart(x.revision, y.revision);
}

bool isZero(const VersionEvent &event) {
  return event.kind == VersionEvent::Kind::Introduced && event.version == "0";
}

std::vector<VersionEvent> sortedEvents(const VersionRange &range, VersionScheme scheme) {
  // By version; equal versions keep their listed order (the index breaks ties).
  std::vector<std::pair<VersionEvent, size_t>> indexed;
  indexed.reserve(range.events.size());
  for (size_t i = 0; i < range.events.size(); ++i) indexed.emplace_back(range.events[i], i);
  std::sort(indexed.begin(), indexed.end(), [&](const auto &a, const auto &b) {
    bool zeroA = isZero(a.first), zeroB = isZero(b.first);
    if (zeroA || zeroB) return zeroA != zeroB ? zeroA : a.second < b.second;
    int order = compareVersions(a.first.version, b.first.version, scheme);
    return order != 0 ? order < 0 : a.second < b.second;
  });
  std::vector<VersionEvent> events;
  events.reserve(indexed.size());
  for (auto &[event, index] : indexed) events.push_back(std::move(event));
  return events;
}

}  // namespace

int compareVersions(std::string_view a, std::string_view b, VersionScheme scheme) {
  return scheme == VersionScheme::Debian ? compareDebian(a, b) : compareUpstream(a, b);
}

bool isAffected(std::string_view version, const std::vector<VersionRange> &ranges,
                const std::vector<std::string> &versions, VersionScheme scheme) {
  for (const auto &listed : versions)
    if (compareVersions(listed, version, scheme) == 0) return true;
  for (const auto &range : ranges) {
    bool affected = false;
    for (const auto &event : sortedEvents(range, scheme)) {
      int order = isZero(event) ? 1 : compareVersions(version, event.version, scheme);
      switch (event.kind) {
        case VersionEvent::Kind::Introduced:
          if (order >= 0) affected = true;
          break;
        case VersionEvent::Kind::Fixed:
        case VersionEvent::Kind::Limit:
          if (order >= 0) affected = false;
          break;
        case VersionEvent::Kind::LastAffected:
          if (order > 0) affected = false;
          break;
      }
    }
    if (affected) return true;
  }
  return false;
}

std::string fixedVersionFor(std::string_view version, const std::vector<VersionRange> &ranges, VersionScheme scheme) {
  // The lowest fix above the version, whichever range (branch) it is listed in.
  std::string lowest;
  for (const auto &range : ranges)
    for (const auto &event : range.events)
      if (event.kind == VersionEvent::Kind::Fixed && compareVersions(version, event.version, scheme) < 0 &&
          (lowest.empty() || compareVersions(event.version, lowest, scheme) < 0))
        lowest = event.version;
  return lowest;
}

}  // namespace cppsec
