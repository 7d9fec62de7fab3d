#include <algorithm>
#include <deque>
#include <map>
#include <set>
#include <tuple>

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Regex.h"
#include "vuln/VulnReport.h"

namespace cppsec {
namespace {

enum class Match { No, Possibly, Yes };

Match combine(Match a, Match b) {
  return std::min(a, b);
}

std::vector<std::string> identifiersIn(std::string_view text) {
  std::vector<std::string> names;
  for (size_t i = 0; i < text.size();) {
    char c = text[i];
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
      size_t start = i;
      while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '_')) ++i;
      names.emplace_back(text.substr(start, i - start));
    } else if (std::isdigit(static_cast<unsigned char>(c))) {
      while (i < text.size() && std::isalnum(static_cast<unsigned char>(text[i]))) ++i;  // 0x10L
    } else {
      ++i;
    }
  }
  // Casts and qualifiers are not the constant: (long)CURLPROXY_SOCKS5_HOSTNAME.
  static const std::set<std::string> kNoise = {"long",  "int",    "unsigned", "short",    "char",   "static_cast",
                                               "const", "size_t", "uint32_t", "uint64_t", "int64_t"};
  names.erase(std::remove_if(names.begin(), names.end(), [](const std::string &name) { return kNoise.count(name); }),
              names.end());
  return names;
}

// Whether an argument passes a test. A value not known at compile time is "possibly", never "no".
Match testArgument(const ArgTest &test, const ArgValue &value) {
  if (!value.constant()) return Match::Possibly;
  if (test.kind == ArgTest::Kind::Matches) {
    if (!value.literal) return Match::Possibly;
    return llvm::Regex(test.regex).match(*value.literal) ? Match::Yes : Match::No;
  }
  std::vector<std::string> names = identifiersIn(value.text);
  if (!names.empty() && !test.names.empty()) {
    for (const auto &name : names)
      if (std::find(test.names.begin(), test.names.end(), name) != test.names.end()) return Match::Yes;
    if (test.integers.empty() || !value.integer) return Match::No;
  }
  if (value.integer && !test.integers.empty()) {
    if (test.kind == ArgTest::Kind::OneOf)
      return std::find(test.integers.begin(), test.integers.end(), *value.integer) != test.integers.end() ? Match::Yes
                                                                                                          : Match::No;
    int64_t mask = 0;
    for (int64_t bits : test.integers) mask |= bits;
    return (*value.integer & mask) != 0 ? Match::Yes : Match::No;
  }
  // A bare number against names only: we cannot tell which constant it is.
  return Match::Possibly;
}

Match testCall(const CallPattern &pattern, const LibraryCall &call) {
  if (call.symbol != pattern.symbol) return Match::No;
  Match result = Match::Yes;
  for (const auto &[index, test] : pattern.args) {
    if (index >= call.args.size()) {
      result = combine(result, call.reference ? Match::Possibly : Match::No);
      continue;
    }
    result = combine(result, testArgument(test, call.args[index]));
  }
  return result;
}

std::string callText(const LibraryCall &call) {
  if (call.reference) return "&" + call.symbol;
  std::string text = call.symbol + "(";
  for (size_t i = 0; i < call.args.size(); ++i) text += (i ? ", " : "") + call.args[i].text;
  return text + ")";
}

bool samePos(const SourcePos &a, const SourcePos &b) {
  return std::tie(a.file, a.line, a.column) == std::tie(b.file, b.line, b.column);
}
bool posLess(const SourcePos &a, const SourcePos &b) {
  return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
}

// The project's call graph, merged over TUs, and the shortest path to each function from an
// entry point: main first, then every function nothing in the project calls (exported API,
// callbacks handed to a framework).
class CallGraph {
 public:
  void add(const VulnTuResult &tu) {
    for (const auto &function : tu.functions) functions_.try_emplace(function.usr, function);
    for (const auto &edge : tu.edges) {
      auto &out = edges_[edge.caller];
      if (!out.count(edge.callee)) out.emplace(edge.callee, edge.site);
    }
  }

  void computePaths() {
    std::set<std::string> called;
    for (const auto &[caller, out] : edges_)
      for (const auto &[callee, site] : out)
        if (callee != caller) called.insert(callee);
    std::vector<const ProjectFunction *> roots;
    for (const auto &[usr, function] : functions_)
      if (function.isMain || !called.count(usr)) roots.push_back(&function);
    std::sort(roots.begin(), roots.end(), [](const ProjectFunction *a, const ProjectFunction *b) {
      if (a->isMain != b->isMain) return a->isMain;
      return posLess(a->pos, b->pos) || (samePos(a->pos, b->pos) && a->usr < b->usr);
    });
    std::deque<std::string> queue;
    for (const auto *root : roots)
      if (parent_.try_emplace(root->usr, std::string(), SourcePos{}).second) queue.push_back(root->usr);
    while (!queue.empty()) {
      std::string current = queue.front();
      queue.pop_front();
      auto out = edges_.find(current);
      if (out == edges_.end()) continue;
      for (const auto &[callee, site] : out->second)
        if (functions_.count(callee) && parent_.try_emplace(callee, current, site).second) queue.push_back(callee);
    }
  }

  // Entry point ... caller, each step with where it calls the next; the last step is at `site`.
  std::vector<TraceStep> traceTo(const std::string &caller, const SourcePos &site) const {
    std::vector<TraceStep> steps{{nameOf(caller), site}};
    std::string current = caller;
    for (size_t guard = 0; guard < functions_.size(); ++guard) {
      auto found = parent_.find(current);
      if (found == parent_.end() || found->second.first.empty()) break;
      steps.push_back({nameOf(found->second.first), found->second.second});
      current = found->second.first;
    }
    std::reverse(steps.begin(), steps.end());
    return steps;
  }

 private:
  std::string nameOf(const std::string &usr) const {
    auto found = functions_.find(usr);
    return found == functions_.end() ? usr : found->second.name;
  }
  std::map<std::string, ProjectFunction> functions_;
  std::map<std::string, std::map<std::string, SourcePos>> edges_;  // caller -> callee -> first site
  std::map<std::string, std::pair<std::string, SourcePos>> parent_;
};

struct MergedCall {
  size_t library;
  LibraryCall call;
};

std::string versionKey(const LibraryUse &use) {
  return use.library + "\n" + use.bundledIn + "\n" +
         (use.version ? use.version->version + "\n" + use.version->file : "");
}

const AffectedPackage *upstreamEntry(const Advisory &advisory, const LibraryInUse &library) {
  for (const auto &affected : advisory.affected)
    if (affected.scheme == VersionScheme::Upstream && affected.name == library.library) return &affected;
  return nullptr;
}

const AffectedPackage *distributionEntry(const Advisory &advisory, const LibraryInUse &library) {
  if (!library.package || library.package->ecosystem.empty()) return nullptr;
  for (const auto &affected : advisory.affected)
    if (affected.ecosystem == library.package->ecosystem && affected.name == library.package->source) return &affected;
  return nullptr;
}

void decideReach(VulnFinding &finding, const AffectedPackage &upstream, const std::vector<MergedCall> &calls,
                 const CallGraph &graph) {
  static const SymbolData kEveryUser;
  const SymbolData &data = upstream.symbols ? *upstream.symbols : kEveryUser;
  std::vector<const LibraryCall *> mine;
  for (const auto &merged : calls)
    if (merged.library == finding.library) mine.push_back(&merged.call);
  auto siteOf = [&](const LibraryCall &call, bool possibly) {
    return VulnSite{call.symbol, callText(call), graph.traceTo(call.caller, call.site), possibly};
  };
  // The options the advisory needs, over the whole program.
  Match conditions = Match::Yes;
  finding.needsOptions = !data.conditions.empty();
  finding.optionsOnly = finding.needsOptions && data.symbols.empty();
  if (finding.needsOptions) {
    std::vector<Match> perPattern;
    for (const auto &pattern : data.conditions) {
      Match best = Match::No;
      for (const auto *call : mine) {
        Match match = testCall(pattern, *call);
        if (match != Match::No) finding.conditions.push_back(siteOf(*call, match == Match::Possibly));
        best = std::max(best, match);
      }
      perPattern.push_back(best);
    }
    conditions = data.allOf ? *std::min_element(perPattern.begin(), perPattern.end())
                            : *std::max_element(perPattern.begin(), perPattern.end());
  }
  bool anySymbol = data.symbols.empty();
  for (const auto *call : mine) {
    bool vulnerable = anySymbol
                          ? data.conditions.empty()
                          : std::find(data.symbols.begin(), data.symbols.end(), call->symbol) != data.symbols.end();
    if (vulnerable) finding.sites.push_back(siteOf(*call, conditions == Match::Possibly));
    finding.symbolCalled |= vulnerable && !anySymbol;
  }
  // No symbols but conditions: the calls that meet them are the sites.
  if (anySymbol && !data.conditions.empty()) finding.sites = finding.conditions;
  if (finding.sites.empty() || conditions == Match::No) {
    finding.status = VulnStatus::NotCalled;
    finding.sites.clear();
  } else {
    finding.status = conditions == Match::Possibly ? VulnStatus::PossiblyAffected : VulnStatus::Affected;
  }
  auto order = [](const VulnSite &a, const VulnSite &b) {
    const SourcePos &x = a.trace.back().pos, &y = b.trace.back().pos;
    return std::tie(x.file, x.line, x.column, a.symbol) < std::tie(y.file, y.line, y.column, b.symbol);
  };
  auto same = [](const VulnSite &a, const VulnSite &b) {
    return samePos(a.trace.back().pos, b.trace.back().pos) && a.symbol == b.symbol;
  };
  for (auto *list : {&finding.sites, &finding.conditions}) {
    std::sort(list->begin(), list->end(), order);
    list->erase(std::unique(list->begin(), list->end(), same), list->end());
  }
  // Every use of the library is affected: one call shows it; the rest are counted.
  if (anySymbol && data.conditions.empty() && finding.sites.size() > 1) {
    finding.moreSites = finding.sites.size() - 1;
    finding.sites.resize(1);
  }
}

// Versions the manifests declare: they fill in a library whose headers give none, are
// checked against the headers' version, and add the libraries no TU includes (their
// advisories can then only be "not called").
void applyManifests(const std::vector<DeclaredVersion> &declared, VulnReport &report) {
  for (const auto &entry : declared) {
    std::string origin = entry.how + (entry.minimum ? " (at least; the baseline decides)" : "");
    bool used = false;
    for (auto &library : report.libraries) {
      if (library.library != entry.library || !library.bundledIn.empty()) continue;
      used = true;
      if (library.version.empty()) {
        library.version = entry.version;
        library.versionOrigin = origin;
        library.versionFile = entry.file;
        library.versionLine = entry.line;
      } else if (!entry.minimum && compareVersions(library.version, entry.version, VersionScheme::Upstream) != 0) {
        report.notifications.push_back({Notification::Level::Warning,
                                        entry.how + " declares " + entry.library + " " + entry.version +
                                            ", but the headers the build includes say " + library.version + " (" +
                                            library.versionOrigin + "); the headers' version is used",
                                        entry.file, entry.line, 0});
      }
    }
    if (used) continue;
    LibraryInUse library;
    library.library = entry.library;
    library.version = entry.version;
    library.versionOrigin = origin;
    library.versionFile = entry.file;
    library.versionLine = entry.line;
    report.libraries.push_back(std::move(library));
  }
}

}  // namespace

std::string upstreamOfDebianVersion(std::string_view version) {
  if (size_t colon = version.find(':'); colon != std::string_view::npos) version.remove_prefix(colon + 1);
  if (size_t dash = version.rfind('-'); dash != std::string_view::npos) version = version.substr(0, dash);
  // Repacks: 1.2.13.dfsg, 0.11.4+ds, 2.9.14+dfsg
  for (const char *marker : {"+dfsg", ".dfsg", "+ds", "~dfsg", "+really"})
    if (size_t at = version.find(marker); at != std::string_view::npos) version = version.substr(0, at);
  return std::string(version);
}

std::string LibraryInUse::purl() const {
  if (package && !package->distribution.empty()) {
    // purl percent-encodes the epoch's colon: 1:1.2.13.dfsg-1 is 1%3A1.2.13.dfsg-1.
    std::string version = package->version;
    for (size_t colon = version.find(':'); colon != std::string::npos; colon = version.find(':', colon))
      version.replace(colon, 1, "%3A");
    return "pkg:deb/debian/" + package->source + "@" + version + "?distro=" + package->distribution;
  }
  return "pkg:conan/" + library + (version.empty() ? "" : "@" + version);
}

std::string VulnReport::relativePath(const std::string &file) const {
  if (!root.empty() && file.size() > root.size() && file.compare(0, root.size(), root) == 0 && file[root.size()] == '/')
    return file.substr(root.size() + 1);
  return file;
}

size_t VulnReport::count(VulnStatus status, bool includeIgnored) const {
  return static_cast<size_t>(std::count_if(findings.begin(), findings.end(), [&](const VulnFinding &finding) {
    return finding.status == status && (includeIgnored || !finding.ignored);
  }));
}

VulnReport evaluateVulnerabilities(std::vector<VulnTuResult> tus, const VulnInputs &inputs) {
  VulnReport report;
  report.root = inputs.root;
  report.database = inputs.database->source;
  report.databaseModified = inputs.database->newestModification;
  CallGraph graph;
  std::map<std::string, size_t> libraryIndex;
  std::vector<MergedCall> calls;
  for (auto &tu : tus) {
    ++report.tusAnalysed;
    report.tusFailed += tu.failed ? 1 : 0;
    report.notifications.insert(report.notifications.end(), tu.notifications.begin(), tu.notifications.end());
    graph.add(tu);
    std::vector<size_t> globalOf;
    for (const auto &use : tu.libraries) {
      auto [entry, added] = libraryIndex.try_emplace(versionKey(use), report.libraries.size());
      if (added) {
        LibraryInUse library;
        library.library = use.library;
        library.bundledIn = use.bundledIn;
        library.header = use.header;
        if (use.version) {
          library.version = use.version->version;
          library.versionOrigin = use.version->macro;
          library.versionFile = use.version->file;
          library.versionLine = use.version->line;
        }
        report.libraries.push_back(std::move(library));
      }
      globalOf.push_back(entry->second);
    }
    for (auto &call : tu.calls) calls.push_back({globalOf.at(call.library), std::move(call)});
  }
  graph.computePaths();
  // The same call seen by several TUs (a header's inline function) counts once.
  std::sort(calls.begin(), calls.end(), [](const MergedCall &a, const MergedCall &b) {
    return std::tie(a.library, a.call.site.file, a.call.site.line, a.call.site.column, a.call.symbol) <
           std::tie(b.library, b.call.site.file, b.call.site.line, b.call.site.column, b.call.symbol);
  });
  calls.erase(std::unique(calls.begin(), calls.end(),
                          [](const MergedCall &a, const MergedCall &b) {
                            return a.library == b.library && a.call.symbol == b.call.symbol &&
                                   samePos(a.call.site, b.call.site);
                          }),
              calls.end());

  applyManifests(inputs.declared, report);
  for (auto &library : report.libraries) {
    if (library.header.empty()) continue;  // declared in a manifest only
    std::string file = library.versionFile.empty() ? library.header : library.versionFile;
    if (inputs.packages) library.package = inputs.packages->owner(file);
    if (library.version.empty() && library.package) {
      library.version = upstreamOfDebianVersion(library.package->version);
      library.versionOrigin = "Debian package " + library.package->package;
    }
    // A library no advisory concerns (BoringSSL has no versions) needs no version.
    bool concerned = std::any_of(inputs.database->advisories.begin(), inputs.database->advisories.end(),
                                 [&](const Advisory &advisory) { return upstreamEntry(advisory, library) != nullptr; });
    if (library.version.empty() && concerned)
      report.notifications.push_back({Notification::Level::Warning,
                                      library.library + ": no version macro in its headers and no package owns " +
                                          file + "; its advisories are not checked",
                                      "", 0, 0});
  }

  std::set<std::string> advisoriesChecked;
  for (const auto &advisory : inputs.database->advisories) {
    for (size_t index = 0; index < report.libraries.size(); ++index) {
      const LibraryInUse &library = report.libraries[index];
      const AffectedPackage *upstream = upstreamEntry(advisory, library);
      if (!upstream || library.version.empty()) continue;
      advisoriesChecked.insert(advisory.id);
      VulnFinding finding;
      finding.advisory = &advisory;
      finding.library = index;
      bool affected = false;
      const SystemPackage *package = library.package ? &*library.package : nullptr;
      if (const AffectedPackage *distribution = package ? distributionEntry(advisory, library) : nullptr) {
        finding.decidedByDistribution = true;
        affected = isAffected(package->version, distribution->ranges, distribution->versions, VersionScheme::Debian);
        finding.fixedVersion = fixedVersionFor(package->version, distribution->ranges, VersionScheme::Debian);
      } else {
        affected = isAffected(library.version, upstream->ranges, upstream->versions, VersionScheme::Upstream);
        finding.fixedVersion = fixedVersionFor(library.version, upstream->ranges, VersionScheme::Upstream);
        std::string changelogFix;
        if (affected && package && !package->distribution.empty() && inputs.packages)
          changelogFix = inputs.packages->changelogFix(*package, advisory.cveId());
        if (!changelogFix.empty()) {
          affected = false;
          finding.decidedByDistribution = true;
          finding.fixedVersion = changelogFix;
          finding.distributionNote = "the " + package->distribution + " changelog of " + package->package +
                                     " records the fix for " + advisory.cveId() + " in " + changelogFix +
                                     " (a back-port; " + package->version + " is installed)";
        } else if (affected && package) {
          finding.distributionNote = "installed from the " + package->distribution + " package " + package->package +
                                     " " + package->version +
                                     ", which may carry a back-ported fix: check the distribution's security tracker";
        }
      }
      if (affected) decideReach(finding, *upstream, calls, graph);
      for (const auto &ignore : inputs.ignores) {
        bool names = ignore.id == advisory.id ||
                     std::find(advisory.aliases.begin(), advisory.aliases.end(), ignore.id) != advisory.aliases.end();
        if (!names) continue;
        if (ignore.expires >= inputs.today) {
          finding.ignored = ignore;
        } else if (affected) {
          report.notifications.push_back({Notification::Level::Warning,
                                          ignore.origin + ": the ignore entry for " + ignore.id + " expired on " +
                                              ignore.expires + "; it is reported again",
                                          "", 0, 0});
        }
      }
      report.findings.push_back(std::move(finding));
    }
  }
  report.advisoriesChecked = advisoriesChecked.size();
  std::sort(report.findings.begin(), report.findings.end(), [&](const VulnFinding &a, const VulnFinding &b) {
    return std::tie(a.advisory->id, report.libraries[a.library].library, a.library) <
           std::tie(b.advisory->id, report.libraries[b.library].library, b.library);
  });
  return report;
}

}  // namespace cppsec
