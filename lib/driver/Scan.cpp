#include "driver/Scan.h"

#include "driver/Fixtures.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <thread>

#include "analysis/ModelIndex.h"
#include "analysis/Rule.h"
#include "config/Settings.h"
#include "driver/PathFilter.h"
#include "driver/Project.h"
#include "driver/Schedule.h"
#include "findings/Report.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Regex.h"
#include "report/Reporters.h"
#include "util/InputError.h"

#ifndef CPPSEC_DEFAULT_RESOURCE_DIR
#define CPPSEC_DEFAULT_RESOURCE_DIR ""
#endif
#ifndef CPPSEC_VERSION
#define CPPSEC_VERSION "0.0.0"
#endif

namespace cppsec {
namespace {

bool hasBuiltinHeaders(const std::string &dir) {
  llvm::SmallString<256> header(dir);
  llvm::sys::path::append(header, "include", "stddef.h");
  return llvm::sys::fs::exists(header);
}

Settings buildSettings(const ScanOptions &options, const std::string &cwd) {
  Settings settings;
  std::string config = options.configFile.empty() ? findConfigFile(cwd) : normalisePath(options.configFile, cwd);
  if (!options.configFile.empty() && !llvm::sys::fs::exists(config))
    throw InputError(options.configFile + ": no such config file");
  if (!config.empty()) loadConfigFile(config, settings);
  // The command line wins over the config file.
  if (options.failOn) settings.failOn = *options.failOn;
  if (options.confidence) settings.minConfidence = *options.confidence;
  settings.noFail = options.noFail;
  settings.showSuppressed = options.showSuppressed;
  if (options.noDefaultExcludes) settings.defaultExcludes = false;
  settings.excludes.insert(settings.excludes.end(), options.excludes.begin(), options.excludes.end());
  for (const auto &model : options.modelFiles) settings.modelFiles.push_back(normalisePath(model, cwd));
  return settings;
}

ModelSet loadModelFiles(const std::vector<std::string> &files, std::vector<std::string> *errors = nullptr) {
  ModelSet models = ModelSet::builtIn();
  for (const auto &file : packFiles(files)) {
    auto buffer = llvm::MemoryBuffer::getFile(file, /*IsText=*/true);
    if (!buffer) throw InputError(file + ": cannot read model file: " + buffer.getError().message());
    try {
      models.load(file, (*buffer)->getBuffer(), errors);
    } catch (const InputError &error) {
      if (!errors) throw;
      errors->push_back(error.what());  // a YAML syntax error: nothing more to read in this file
    }
  }
  return models;
}

ModelSet loadModels(const Settings &settings) {
  return loadModelFiles(settings.modelFiles);
}

// Which rules run: --enable narrows to the rules named, --disable and the config turn off.
std::set<std::string> activeRules(const ScanOptions &options, const Settings &settings,
                                  const std::vector<RuleInfo> &catalogue) {
  std::set<std::string> known;
  for (const auto &rule : catalogue) known.insert(rule.id);
  auto check = [&](const std::string &id, const std::string &where) {
    if (!known.count(id)) throw InputError(where + "unknown rule id '" + id + "' (see `cppsec rules`)");
  };
  for (const auto &[id, setting] : settings.rules) check(id, setting.origin.empty() ? "" : setting.origin + ": ");
  for (const auto &id : options.enable) check(id, "--enable: ");
  for (const auto &id : options.disable) check(id, "--disable: ");
  std::set<std::string> active;
  for (const auto &id : known) {
    bool on = options.enable.empty()
                  ? settings.ruleEnabled(id)
                  : std::find(options.enable.begin(), options.enable.end(), id) != options.enable.end();
    if (std::find(options.disable.begin(), options.disable.end(), id) != options.disable.end()) on = false;
    if (on) active.insert(id);
  }
  return active;
}

bool useColor(const ScanOptions &options) {
  if (options.color == "always") return true;
  if (options.color == "never" || !options.output.empty() || std::getenv("NO_COLOR")) return false;
  return ::isatty(STDOUT_FILENO) != 0;
}

}  // namespace

namespace {

// The metadata of the given rules and of the engine's own CPP001, with help pages, by id.
std::vector<RuleInfo> catalogueOf(const std::vector<std::unique_ptr<Rule>> &rules) {
  std::vector<RuleInfo> catalogue;
  for (const auto &rule : rules) catalogue.push_back(rule->info());
  catalogue.push_back(invalidSuppressionRuleInfo());
  for (auto &rule : catalogue)
    if (std::string help = builtInHelp(rule.id); !help.empty()) rule.help = help;
  std::sort(catalogue.begin(), catalogue.end(), [](const RuleInfo &a, const RuleInfo &b) { return a.id < b.id; });
  return catalogue;
}

}  // namespace

std::string currentDirectory() {
  llvm::SmallString<256> cwd;
  if (llvm::sys::fs::current_path(cwd)) throw InputError("cannot determine the current directory");
  return std::string(cwd);
}

// Writes next to the target and renames, so a failed run never leaves half a report.
void writeOutput(const std::string &path, const std::string &contents) {
  if (path.empty() || path == "-") {
    std::cout << contents;
    std::cout.flush();
    return;
  }
  std::string temporary = path + ".tmp" + std::to_string(::getpid());
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) throw InputError(path + ": cannot write the report: " + std::strerror(errno));
    out << contents;
    out.close();
    if (!out) {
      std::remove(temporary.c_str());
      throw InputError(path + ": cannot write the report");
    }
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    std::remove(temporary.c_str());
    throw InputError(path + ": cannot write the report: " + std::strerror(errno));
  }
}

std::vector<std::string> packFiles(const std::vector<std::string> &packs) {
  std::vector<std::string> files;
  for (const auto &pack : packs) {
    if (!llvm::sys::fs::is_directory(pack)) {
      files.push_back(pack);
      continue;
    }
    std::vector<std::string> found;
    std::error_code error;
    for (llvm::sys::fs::recursive_directory_iterator it(pack, error), end; it != end && !error; it.increment(error)) {
      llvm::StringRef extension = llvm::sys::path::extension(it->path());
      if (extension == ".yaml" || extension == ".yml") found.push_back(it->path());
    }
    if (error) throw InputError(pack + ": cannot read the folder: " + error.message());
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

std::vector<RuleInfo> ruleCatalogue(const std::vector<std::string> &packs) {
  ModelSet models = loadModelFiles(packs);
  ModelIndex index(models);
  return catalogueOf(createRules(index));
}

int checkPacks(const std::vector<std::string> &packs, std::ostream &out, std::ostream &err) {
  std::vector<std::string> errors;
  ModelSet models = loadModelFiles(packs, &errors);
  ModelIndex index(models);
  auto rules = createPackRules(index, &errors);
  // Call-checks name their rule: it must exist.
  std::set<std::string> ids;
  for (const auto &info : catalogueOf(createBuiltInRules(index))) ids.insert(info.id);
  for (const auto &rule : rules) ids.insert(rule->info().id);
  for (const auto &check : models.callChecks)
    if (!ids.count(check.rule)) errors.push_back(check.origin + ": call-check for unknown rule '" + check.rule + "'");
  for (auto &problem : models.unresolvedLists()) errors.push_back(std::move(problem));
  for (const auto &definition : models.ruleDefinitions)
    if (definition.kind == RuleDefinition::Kind::Calls &&
        std::none_of(models.callChecks.begin(), models.callChecks.end(),
                     [&](const CallCheck &check) { return check.rule == definition.id; }))
      errors.push_back(definition.origin + ": rule " + definition.id +
                       " has no call-checks, taint or pattern: it can never report");
  // In the order of the files and lines they point at, whichever check found them.
  auto place = [](const std::string &error) {
    static const llvm::Regex position("^(.*):([0-9]+):([0-9]+): ");
    llvm::SmallVector<llvm::StringRef, 4> parts;
    if (!position.match(error, &parts)) return std::make_tuple(std::string("\xff"), 0u, 0u);
    unsigned line = 0, column = 0;
    parts[2].getAsInteger(10, line);
    parts[3].getAsInteger(10, column);
    return std::make_tuple(parts[1].str(), line, column);
  };
  // (std::stable_sort trips a deprecation warning in libstdc++ 12 under clang: the index keeps
  // equal places in the order they were found.)
  std::vector<std::pair<std::tuple<std::string, unsigned, unsigned, size_t>, std::string>> ordered;
  for (size_t index = 0; index < errors.size(); ++index) {
    auto [file, line, column] = place(errors[index]);
    ordered.push_back({{file, line, column, index}, errors[index]});
  }
  std::sort(ordered.begin(), ordered.end());
  for (const auto &entry : ordered) err << entry.second << "\n";
  if (!errors.empty()) return 2;
  out << packFiles(packs).size() << " pack file(s), " << models.ruleDefinitions.size() << " rule(s): ok\n";
  return 0;
}

int testPacks(const std::string &dir, const std::vector<std::string> &packs, const std::string &executable,
              std::ostream &out) {
  if (!llvm::sys::fs::is_directory(dir)) throw InputError(dir + ": not a folder");
  std::vector<std::string> all = packs;
  all.push_back(dir);
  ModelSet models = loadModelFiles(all);
  ModelIndex index(models);
  auto rules = createRules(index);
  std::vector<const Rule *> active;
  std::set<std::string> packIds;
  for (const auto &definition : models.ruleDefinitions) packIds.insert(definition.id);
  for (const auto &rule : rules) active.push_back(rule.get());
  std::vector<std::string> fixtures;
  std::error_code error;
  for (llvm::sys::fs::recursive_directory_iterator it(dir, error), end; it != end && !error; it.increment(error)) {
    llvm::StringRef extension = llvm::sys::path::extension(it->path());
    llvm::SmallString<256> absolute(it->path());
    llvm::sys::fs::make_absolute(absolute);
    llvm::sys::path::remove_dots(absolute, true);
    if (extension == ".cpp" || extension == ".cc" || extension == ".c") fixtures.push_back(std::string(absolute));
  }
  std::sort(fixtures.begin(), fixtures.end());
  if (fixtures.empty()) throw InputError(dir + ": no fixture (.c, .cc or .cpp file) to run");
  std::string resourceDir = resolveResourceDir("", executable);
  unsigned failed = 0;
  for (const auto &fixture : fixtures) {
    // The pack's own rules, and any other rule an expectation names.
    std::set<std::string> compared = packIds;
    for (const auto &want : parseExpectations(fixture, readLines(fixture))) compared.insert(want.rule);
    FixtureOutcome outcome = checkFixture({fixture}, active, index, compared, resourceDir);
    bool ok = outcome.error.empty() && outcome.problems.empty();
    failed += ok ? 0 : 1;
    out << (ok ? "PASS " : "FAIL ") << fixture << "\n";
    if (!outcome.error.empty()) out << "  " << outcome.error << "\n";
    for (const auto &problem : outcome.problems) out << "  " << problem << "\n";
  }
  out << fixtures.size() - failed << " of " << fixtures.size() << " fixture(s) pass\n";
  return failed == 0 ? 0 : 1;
}

void printNotifications(const std::vector<Notification> &notes, bool quiet,
                        const std::function<std::string(const std::string &)> &relativePath) {
  for (const auto &note : notes) {
    if (quiet && note.level == Notification::Level::Note) continue;
    std::cerr << "cppsec: " << toString(note.level) << ": ";
    if (!note.file.empty() && note.line) std::cerr << relativePath(note.file) << ':' << note.line << ": ";
    std::cerr << note.message << '\n';
  }
}

SelectedBuild selectBuild(const BuildSelection &selection, const Settings &settings, const std::string &cwd) {
  ProjectInput input;
  input.compilationDatabase = selection.compilationDatabase;
  input.files = selection.paths;
  input.flags = selection.flags;
  input.fixedFlags = selection.fixedFlags;
  input.workingDirectory = cwd;
  input.resourceDir = resolveResourceDir(selection.resourceDir, selection.executable);
  std::string root = normalisePath(selection.root.empty() ? cwd : selection.root, cwd);
  std::vector<std::string> includes;
  if (!selection.compilationDatabase.empty())
    for (const auto &path : selection.paths) includes.push_back(normalisePath(path, cwd));
  PathFilter paths(root, settings, compilationDatabaseFolder(input), includes);
  Project project = loadProject(input, paths);
  return SelectedBuild{root, std::move(paths), std::move(project)};
}

std::string resolveResourceDir(const std::string &requested, const std::string &executable) {
  if (!requested.empty()) {
    if (!hasBuiltinHeaders(requested))
      throw InputError(requested + ": not a Clang resource directory (no include/stddef.h)");
    return requested;
  }
  if (const char *fromEnvironment = std::getenv("CPPSEC_RESOURCE_DIR"); fromEnvironment && *fromEnvironment) {
    if (!hasBuiltinHeaders(fromEnvironment))
      throw InputError(std::string("CPPSEC_RESOURCE_DIR=") + fromEnvironment +
                       ": not a Clang resource directory (no include/stddef.h)");
    return fromEnvironment;
  }
  std::vector<std::string> candidates{CPPSEC_DEFAULT_RESOURCE_DIR};
  std::string self =
      llvm::sys::fs::getMainExecutable(executable.c_str(), reinterpret_cast<void *>(&resolveResourceDir));
  if (!self.empty()) {
    // An installation that carries its own copy: PREFIX/bin/cppsec and PREFIX/lib/clang/19.
    llvm::SmallString<256> beside(llvm::sys::path::parent_path(llvm::sys::path::parent_path(self)));
    llvm::sys::path::append(beside, "lib", "clang", "19");
    candidates.emplace_back(beside);
  }
  for (const auto &candidate : candidates)
    if (!candidate.empty() && hasBuiltinHeaders(candidate)) return candidate;
  throw InputError(
      "cannot find Clang's builtin headers (stddef.h...): install clang-19, or pass --resource-dir "
      "or set CPPSEC_RESOURCE_DIR to the output of `clang-19 -print-resource-dir`");
}

int runScan(const ScanOptions &options) {
  if (options.format != "text" && options.format != "json" && options.format != "sarif")
    throw InputError("--format: unknown format '" + options.format + "' (expected text, json or sarif)");
  const std::string cwd = currentDirectory();
  Settings settings = buildSettings(options, cwd);
  ModelSet models = loadModels(settings);
  ModelIndex index(models);
  std::vector<std::unique_ptr<Rule>> rules = createRules(index);
  std::vector<RuleInfo> catalogue = catalogueOf(rules);
  std::set<std::string> active = activeRules(options, settings, catalogue);
  if (auto unresolved = models.unresolvedLists(); !unresolved.empty()) throw InputError(unresolved.front());
  // A call-check for a rule that does not exist would never report: a mistake in the pack.
  for (const auto &check : models.callChecks)
    if (std::none_of(catalogue.begin(), catalogue.end(), [&](const RuleInfo &rule) { return rule.id == check.rule; }))
      throw InputError(check.origin + ": call-check for unknown rule '" + check.rule + "' (see `cppsec rules`)");

  SelectedBuild build = selectBuild(options, settings, cwd);
  const std::string &root = build.root;
  Project &project = build.project;
  PathFilter &paths = build.paths;

  AnalysisSetup setup;
  for (const auto &rule : rules)
    if (active.count(rule->info().id)) setup.rules.push_back(rule.get());
  setup.models = &index;
  setup.paths = &paths;
  setup.reportInvalidSuppressions = active.count("CPP001") > 0;
  setup.invalidSuppression = invalidSuppressionRuleInfo();
  setup.requireJustification = settings.requireJustification;

  unsigned threads = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  std::vector<TuResult> results = analyseAll(project.jobs, threads, setup);
  Report report = mergeResults(std::move(results), root);
  report.toolVersion = CPPSEC_VERSION;
  report.notifications.insert(report.notifications.end(), project.notes.begin(), project.notes.end());
  for (const auto &rule : catalogue)
    if (active.count(rule.id)) report.rules.push_back(rule);

  // Filters and per-rule settings that apply after the merge.
  std::vector<Finding> kept;
  for (auto &finding : report.findings) {
    if (finding.confidence < settings.minConfidence) continue;
    if (auto setting = settings.rules.find(finding.ruleId); setting != settings.rules.end())
      finding.severity = setting->second.severity.value_or(finding.severity);
    kept.push_back(std::move(finding));
  }
  report.findings = std::move(kept);

  std::string rendered;
  if (options.format == "json") {
    rendered = toJson(report);
  } else if (options.format == "sarif") {
    rendered = toSarif(report);
  } else {
    std::ostringstream text;
    writeText(report, {useColor(options), settings.showSuppressed}, text);
    rendered = text.str();
  }
  writeOutput(options.output, rendered);

  printNotifications(report.notifications, options.quiet,
                     [&](const std::string &file) { return report.relativePath(file); });
  if (options.format != "text" && !options.quiet) std::cerr << summaryLine(report) << '\n';

  // Nothing parsed means nothing was checked: a broken setup must not pass as clean.
  if (report.tusFailed == report.tusAnalysed)
    throw InputError("no translation unit could be parsed (" + std::to_string(report.tusFailed) +
                     " failed); fix the build flags or pass the missing include paths");
  bool failing = false;
  for (const auto &finding : report.findings) failing |= !finding.suppression && finding.severity >= settings.failOn;
  return failing && !settings.noFail ? 1 : 0;
}

}  // namespace cppsec
