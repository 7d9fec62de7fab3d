#include <set>

#include "nlohmann/json.hpp"
#include "report/VulnReporters.h"

namespace cppsec {
namespace {

using Json = nlohmann::ordered_json;

const char *statusName(VulnStatus status) {
  switch (status) {
    case VulnStatus::Affected:
      return "affected";
    case VulnStatus::PossiblyAffected:
      return "possibly_affected";
    case VulnStatus::NotCalled:
      return "not_called";
    case VulnStatus::NotAffected:
      return "not_affected";
  }
  return "";
}

Json position(const VulnReport &report, const SourcePos &pos) {
  return {{"filename", report.relativePath(pos.file)}, {"line", pos.line}, {"column", pos.column}};
}

// govulncheck's order: the vulnerable function first, then its callers up to the entry point.
Json trace(const VulnReport &report, const LibraryInUse &library, const VulnSite &site) {
  Json frames = Json::array();
  frames.push_back({{"library", library.library}, {"version", library.version}, {"function", site.symbol}});
  for (auto step = site.trace.rbegin(); step != site.trace.rend(); ++step)
    frames.push_back({{"function", step->function}, {"position", position(report, step->pos)}});
  return frames;
}

}  // namespace

std::string toVulnJson(const VulnReport &report) {
  std::string out;
  auto emit = [&](const Json &message) { out += message.dump() + "\n"; };
  emit({{"config",
         {{"protocol_version", "v1.0.0"},
          {"scanner_name", "cppsec"},
          {"scanner_version", report.toolVersion},
          {"db", report.database},
          {"db_last_modified", report.databaseModified},
          {"scan_level", report.scanLevel}}}});
  emit({{"progress",
         {{"message", "Scanned " + std::to_string(report.tusAnalysed) + " translation units (" +
                          std::to_string(report.tusFailed) + " failed); " + std::to_string(report.libraries.size()) +
                          (report.libraries.size() == 1 ? " library" : " libraries") + " found; " +
                          std::to_string(report.advisoriesChecked) + " advisories concern them"}}}});
  for (const auto &library : report.libraries) {
    Json entry = {{"name", library.library}, {"version", library.version}, {"purl", library.purl()}};
    if (!library.bundledIn.empty()) entry["bundled_in"] = library.bundledIn;
    if (!library.versionFile.empty())
      entry["version_from"] = {
          {"source", library.versionOrigin},
          {"position", {{"filename", report.relativePath(library.versionFile)}, {"line", library.versionLine}}}};
    else if (!library.versionOrigin.empty())
      entry["version_from"] = {{"source", library.versionOrigin}};
    if (library.package)
      entry["package"] = {{"name", library.package->package},
                          {"version", library.package->version},
                          {"source", library.package->source},
                          {"distribution", library.package->distribution}};
    emit({{"library", entry}});
  }
  std::set<std::string> emitted;
  // Not affected by version: left out; fixed by a distribution back-port: said, since the
  // upstream version alone would call it affected.
  auto shown = [](const VulnFinding &finding) {
    return finding.status != VulnStatus::NotAffected || finding.decidedByDistribution;
  };
  for (const auto &finding : report.findings) {
    if (!shown(finding)) continue;
    if (emitted.insert(finding.advisory->id).second) emit({{"osv", Json::parse(finding.advisory->json)}});
  }
  for (const auto &finding : report.findings) {
    if (!shown(finding)) continue;
    const LibraryInUse &library = report.libraries[finding.library];
    auto base = [&] {
      Json entry = {{"osv", finding.advisory->id},
                    {"status", statusName(finding.status)},
                    {"library", library.library},
                    {"version", library.version},
                    {"fixed_version", finding.fixedVersion}};
      if (finding.decidedByDistribution) entry["decided_by"] = library.package->distribution;
      if (!finding.distributionNote.empty()) entry["note"] = finding.distributionNote;
      if (finding.ignored)
        entry["ignored"] = {{"reason", finding.ignored->reason},
                            {"expires", finding.ignored->expires},
                            {"origin", finding.ignored->origin}};
      return entry;
    };
    if (finding.sites.empty()) {
      Json entry = base();
      entry["trace"] = Json::array({{{"library", library.library}, {"version", library.version}}});
      emit({{"finding", entry}});
      continue;
    }
    for (const auto &site : finding.sites) {
      Json entry = base();
      entry["trace"] = trace(report, library, site);
      if (site.possibly) entry["possibly"] = true;
      if (finding.moreSites) entry["more_calls"] = finding.moreSites;
      emit({{"finding", entry}});
    }
  }
  return out;
}

}  // namespace cppsec
