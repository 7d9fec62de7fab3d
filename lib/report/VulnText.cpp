#include <sstream>

#include "report/VulnReporters.h"

namespace cppsec {
namespace {

std::string where(const VulnReport &report, const SourcePos &pos) {
  return report.relativePath(pos.file) + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column);
}

std::string libraryLine(const VulnReport &report, const LibraryInUse &library) {
  std::string text = library.library + " " + library.version;
  if (!library.bundledIn.empty()) text += " (bundled in " + library.bundledIn + ")";
  if (!library.versionFile.empty())
    text += " (" + library.versionOrigin + ", " + report.relativePath(library.versionFile) + ":" +
            std::to_string(library.versionLine) + ")";
  else if (!library.versionOrigin.empty())
    text += " (" + library.versionOrigin + ")";
  return text;
}

// Default: one line per call, the path compressed (main -> handler -> fetch -> curl_...).
// --show traces: every step on a line of its own, with where it makes the next call.
void writeSite(const VulnReport &report, const VulnSite &site, size_t number, std::ostream &out) {
  const TraceStep &last = site.trace.back();
  std::string chain;
  for (const auto &step : site.trace) chain += step.function + " -> ";
  out << "      #" << number << ": " << where(report, last.pos) << ": " << chain << site.symbol
      << (site.possibly ? " (possibly: an argument the advisory depends on is not a constant)" : "") << "\n";
  if (!report.showTraces) return;
  for (const auto &step : site.trace) out << "          " << where(report, step.pos) << ": " << step.function << "\n";
  out << "          " << site.symbol << "\n";
}

void writeFinding(const VulnReport &report, const VulnFinding &finding, size_t number, std::ostream &out) {
  const Advisory &advisory = *finding.advisory;
  const LibraryInUse &library = report.libraries[finding.library];
  std::string cve = advisory.cveId();
  out << "Vulnerability #" << number << ": " << advisory.id
      << (cve.empty() || cve == advisory.id ? "" : " (" + cve + ")")
      << (advisory.severity.empty() ? "" : ", " + advisory.severity) << "\n";
  if (!advisory.summary.empty()) out << "    " << advisory.summary << "\n";
  if (std::string url = advisory.advisoryUrl(); !url.empty()) out << "  More info: " << url << "\n";
  const SystemPackage *package = library.package ? &*library.package : nullptr;
  bool byDistribution = finding.decidedByDistribution && package;
  out << "  Library: " << library.library << "\n";
  out << "    Found in: " << libraryLine(report, library) << "\n";
  if (package)
    out << "    Package: " << package->package << " " << package->version << " ("
        << (package->distribution.empty() ? "dpkg" : package->distribution) << ", source " << package->source << ")\n";
  std::string fixedIn = finding.fixedVersion.empty() ? "N/A" : finding.fixedVersion;
  out << "    Fixed in: " << (byDistribution ? package->source : library.library) << " " << fixedIn
      << (byDistribution ? " (" + package->distribution + ")" : "") << "\n";
  if (!finding.distributionNote.empty()) out << "    Note: " << finding.distributionNote << "\n";
  if (!finding.sites.empty()) {
    out << "    Call paths:\n";
    for (size_t i = 0; i < finding.sites.size(); ++i) writeSite(report, finding.sites[i], i + 1, out);
    if (finding.moreSites)
      out << "      (and " << finding.moreSites << " more call" << (finding.moreSites == 1 ? "" : "s") << " into "
          << library.library << ": the advisory affects every use of it)\n";
  }
  if (!finding.conditions.empty() && finding.status != VulnStatus::NotCalled) {
    out << "    Options the advisory needs, set at:\n";
    for (const auto &site : finding.conditions)
      out << "      " << where(report, site.trace.back().pos) << ": " << site.call
          << (site.possibly ? " (possibly)" : "") << "\n";
  }
  if (finding.ignored)
    out << "  Ignored until " << finding.ignored->expires << ": " << finding.ignored->reason << " ("
        << finding.ignored->origin << ")\n";
  if (finding.status == VulnStatus::NotCalled)
    out << (finding.symbolCalled  ? "  The code calls the vulnerable functions, but never with the options the "
                                    "advisory needs.\n"
            : finding.optionsOnly ? "  The code never sets the options the advisory needs.\n"
                                  : "  The code does not call the vulnerable functions.\n");
  out << "  Fix: "
      << (finding.fixedVersion.empty()
              ? "no fixed release is listed; see the advisory"
              : "upgrade " + (byDistribution ? "the " + package->source + " package to " + finding.fixedVersion
                                             : library.library + " to " + finding.fixedVersion + " or later"))
      << "\n\n";
}

}  // namespace

void writeVulnText(const VulnReport &report, std::ostream &out) {
  size_t number = 0;
  auto section = [&](VulnStatus status, const char *title) {
    bool any = false;
    for (const auto &finding : report.findings) {
      if (finding.status != status || finding.ignored) continue;
      if (!any) out << "=== " << title << " ===\n\n";
      any = true;
      writeFinding(report, finding, ++number, out);
    }
  };
  section(VulnStatus::Affected, "Symbol Results");
  section(VulnStatus::PossiblyAffected, "Possibly Affected (an option argument is not a constant)");
  if (report.scanLevel == "library") section(VulnStatus::NotCalled, "Library Results (not called)");
  size_t backported = 0;
  for (const auto &finding : report.findings) {
    if (finding.status != VulnStatus::NotAffected || !finding.decidedByDistribution) continue;
    if (report.scanLevel == "library" && !backported) out << "=== Fixed by Distribution Back-ports ===\n\n";
    if (report.scanLevel == "library")
      out << finding.advisory->id << " (" << report.libraries[finding.library].library
          << "): " << finding.distributionNote << "\n";
    ++backported;
  }
  if (report.scanLevel == "library" && backported) out << "\n";

  size_t affected = report.count(VulnStatus::Affected), possibly = report.count(VulnStatus::PossiblyAffected),
         notCalled = report.count(VulnStatus::NotCalled);
  size_t ignored = 0;
  for (const auto &finding : report.findings) ignored += finding.ignored && finding.status != VulnStatus::NotAffected;
  auto plural = [](size_t n) { return std::to_string(n) + (n == 1 ? " vulnerability" : " vulnerabilities"); };
  if (affected + possibly == 0)
    out << "No vulnerabilities found in the code's calls.\n";
  else if (affected == 0)
    out << "Your code is possibly affected by " << plural(possibly) << " (an option argument is not a constant).\n";
  else
    out << "Your code is affected by " << plural(affected)
        << (possibly ? ", and possibly by " + std::to_string(possibly) + " more" : "") << ".\n";
  if (notCalled)
    out << "This scan also found " << notCalled << (notCalled == 1 ? " vulnerability" : " vulnerabilities")
        << " in libraries you use, but your code doesn't appear to call the vulnerable functions"
        << (report.scanLevel == "library" ? ".\n" : ". Use '--scan library' to see them.\n");
  if (backported)
    out << backported << (backported == 1 ? " advisory" : " advisories")
        << " in the upstream range of an installed distribution package " << (backported == 1 ? "is" : "are")
        << " fixed by the distribution's back-ports"
        << (report.scanLevel == "library" ? ".\n" : " ('--scan library' lists them).\n");
  if (ignored) out << ignored << " ignored by the config file (vulncheck.ignore).\n";
  if (report.tusFailed)
    out << report.tusFailed << " of " << report.tusAnalysed
        << " translation units could not be read (see standard error): calls in them are missing here.\n";
  out << "Libraries found:";
  if (report.libraries.empty()) out << " none";
  out << "\n";
  for (const auto &library : report.libraries) {
    out << "  " << libraryLine(report, library);
    if (library.package) out << ", package " << library.package->package << " " << library.package->version;
    out << "\n";
  }
}

}  // namespace cppsec
