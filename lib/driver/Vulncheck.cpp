#include "driver/Vulncheck.h"

#include <ctime>
#include <iostream>
#include <sstream>
#include <thread>

#include "config/Settings.h"
#include "driver/PathFilter.h"
#include "driver/Project.h"
#include "driver/Scan.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "report/Reporters.h"
#include "report/VulnReporters.h"
#include "util/InputError.h"
#include "vuln/Database.h"
#include "vuln/InventoryPass.h"
#include "vuln/Libraries.h"

#ifndef CPPSEC_VERSION
#define CPPSEC_VERSION "0.0.0"
#endif

namespace cppsec {
namespace {

constexpr int kAffected = 3;

std::string formatDate(std::time_t seconds, const char *format) {
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char text[32];
  std::strftime(text, sizeof text, format, &utc);
  return text;
}

// OpenVEX needs a timestamp; the output must not change from run to run. SOURCE_DATE_EPOCH
// (the reproducible-builds convention) when set, else the database's newest entry.
std::string vexTimestamp(const VulnReport &report) {
  if (const char *epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch)
    return formatDate(static_cast<std::time_t>(std::strtoll(epoch, nullptr, 10)), "%Y-%m-%dT%H:%M:%SZ");
  return report.databaseModified.empty() ? "1970-01-01T00:00:00Z" : report.databaseModified;
}

}  // namespace

int checkVulnDatabase(const std::string &dir, std::ostream &out) {
  LibraryCatalogue libraries = LibraryCatalogue::builtIn();
  Database database = loadDatabase(dir, libraries, /*strict=*/true);
  out << database.advisories.size() << " advisories: ok\n";
  return 0;
}

int runVulncheck(const VulncheckOptions &options) {
  const std::string cwd = currentDirectory();
  Settings settings;
  std::string config = options.configFile.empty() ? findConfigFile(cwd) : normalisePath(options.configFile, cwd);
  if (!options.configFile.empty() && !llvm::sys::fs::exists(config))
    throw InputError(options.configFile + ": no such config file");
  if (!config.empty()) loadConfigFile(config, settings);

  LibraryCatalogue libraries = LibraryCatalogue::builtIn();
  Database database = options.database.empty() ? builtInDatabase(libraries)
                                               : loadDatabase(normalisePath(options.database, cwd), libraries);

  // Libraries the database describes itself (ecosystem_specific.cppsec.library).
  for (const auto &advisory : database.advisories)
    for (const auto &affected : advisory.affected)
      if (affected.library && !libraries.find(affected.library->name)) libraries.add(*affected.library);

  SelectedBuild build = selectBuild(options, settings, cwd);
  const std::string &root = build.root;
  Project &project = build.project;
  PathFilter &paths = build.paths;

  InventorySetup setup{&libraries, &paths};
  unsigned threads = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  std::vector<VulnTuResult> inventories = inventoryAll(project.jobs, threads, setup);

  SystemPackages packages(options.systemRoot);
  VulnInputs inputs;
  inputs.database = &database;
  inputs.packages = &packages;
  inputs.ignores = settings.vulnIgnores;
  inputs.today = options.today.empty() ? formatDate(std::time(nullptr), "%Y-%m-%d") : options.today;
  inputs.root = root;
  inputs.declared = readManifests(root, libraries);
  VulnReport report = evaluateVulnerabilities(std::move(inventories), inputs);
  report.toolVersion = CPPSEC_VERSION;
  report.scanLevel = options.scanLevel;
  report.showTraces = options.showTraces;
  report.notifications.insert(report.notifications.end(), project.notes.begin(), project.notes.end());

  // Nothing read means nothing was checked: a broken setup must not pass as clean.
  if (report.tusFailed == report.tusAnalysed) {
    std::string first;
    for (const auto &note : report.notifications)
      if (note.level == Notification::Level::Error && first.empty()) first = note.message;
    throw InputError("no translation unit could be read (" + std::to_string(report.tusFailed) + " failed" +
                     (first.empty() ? std::string(")") : "; the first: " + first + ")"));
  }

  std::string rendered;
  if (options.format == "json") {
    rendered = toVulnJson(report);
  } else if (options.format == "sarif") {
    rendered = toSarif(vulnFindingsAsReport(report));
  } else if (options.format == "openvex") {
    rendered = toOpenVex(report, vexTimestamp(report));
  } else {
    std::ostringstream text;
    writeVulnText(report, text);
    rendered = text.str();
  }
  if (options.format == "openvex" && rendered.empty())
    report.notifications.push_back({Notification::Level::Warning,
                                    "no OpenVEX document written: the build uses no library that an advisory of the "
                                    "database concerns, and OpenVEX needs at least one statement",
                                    "", 0, 0});
  else
    writeOutput(options.output, rendered);
  printNotifications(report.notifications, options.quiet,
                     [&](const std::string &file) { return report.relativePath(file); });
  if (options.format != "text") return 0;
  return report.count(VulnStatus::Affected) + report.count(VulnStatus::PossiblyAffected) > 0 ? kAffected : 0;
}

}  // namespace cppsec
