// The cppsec command line: parses arguments into options and hands them to the engine.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <array>
#include <cstring>
#include <iomanip>
#include <iostream>

#include "driver/Scan.h"
#include "driver/Vulncheck.h"
#include "util/InputError.h"

#ifndef CPPSEC_VERSION
#define CPPSEC_VERSION "0.0.0"
#endif

namespace {

constexpr int kUsageError = 2;

std::string cweList(const std::vector<unsigned> &cwes) {
  std::string out;
  for (unsigned cwe : cwes) out += (out.empty() ? "CWE-" : ",CWE-") + std::to_string(cwe);
  return out.empty() ? "-" : out;
}

int listRules(const std::string &id, const std::vector<std::string> &packs) {
  auto catalogue = cppsec::ruleCatalogue(packs);
  if (!id.empty()) {
    for (const auto &rule : catalogue) {
      if (rule.id != id) continue;
      std::cout << (rule.help.empty() ? rule.id + ": " + rule.fullDescription + "\n" : rule.help);
      return 0;
    }
    throw cppsec::InputError("unknown rule id '" + id + "' (run `cppsec rules` for the list)");
  }
  // Columns as wide as their widest cell, two spaces apart.
  std::vector<std::array<std::string, 6>> rows = {{"ID", "NAME", "CWE", "SEVERITY", "CONFIDENCE", "DESCRIPTION"}};
  for (const auto &rule : catalogue)
    rows.push_back({rule.id, rule.name, cweList(rule.cwes), std::string(cppsec::toString(rule.severity)),
                    std::string(cppsec::toString(rule.confidence)), rule.shortDescription});
  std::array<size_t, 6> widths{};
  for (const auto &row : rows)
    for (size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], row[i].size());
  for (const auto &row : rows) {
    for (size_t i = 0; i + 1 < row.size(); ++i)
      std::cout << std::left << std::setw(static_cast<int>(widths[i] + 2)) << row[i];
    std::cout << row.back() << '\n';
  }
  return 0;
}

template <typename T>
std::function<std::string(const std::string &)> levelValidator(std::optional<T> (*parse)(std::string_view),
                                                               const char *names) {
  return [parse, names](const std::string &value) {
    return parse(value) ? std::string() : "expected one of " + std::string(names) + ", got '" + value + "'";
  };
}

}  // namespace

int main(int argc, char **argv) {
  // Everything after `--` is compiler flags for the files named before it.
  cppsec::ScanOptions scan;
  scan.executable = argv[0];
  int cliArgc = argc;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--") != 0) continue;
    scan.fixedFlags = true;
    scan.flags.assign(argv + i + 1, argv + argc);
    cliArgc = i;
    break;
  }

  CLI::App app{"cppsec: static security analysis for C and C++ backends, on Clang"};
  app.set_version_flag("--version", "cppsec " CPPSEC_VERSION " (LLVM/Clang 19)");
  app.require_subcommand(0, 1);

  CLI::App *scanCommand = app.add_subcommand("scan", "Analyse the translation units of a build and report findings");
  std::string failOn, confidence;
  scanCommand->add_option("paths", scan.paths,
                          "With -p: analyse only TUs under these paths. With --: the files (or folders) to analyse");
  scanCommand->add_option("-p,--compile-commands", scan.compilationDatabase,
                          "Build folder holding compile_commands.json, or the file itself");
  scanCommand->add_option("-f,--format", scan.format, "Output format: text (default), json or sarif")
      ->check(CLI::IsMember({"text", "json", "sarif"}));
  scanCommand->add_option("-o,--output", scan.output, "Write the report to this file instead of standard output");
  scanCommand->add_option("-j,--jobs", scan.jobs, "Parallel workers (default: all cores)");
  scanCommand->add_option("--enable", scan.enable, "Run only these rule ids (repeatable, or comma-separated)")
      ->delimiter(',')
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  scanCommand->add_option("--disable", scan.disable, "Do not run these rule ids (repeatable, or comma-separated)")
      ->delimiter(',')
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  scanCommand->add_option("--fail-on", failOn, "Exit 1 when a finding has at least this severity (default: low)")
      ->check(levelValidator(cppsec::parseSeverity, "low, medium, high, critical"));
  scanCommand->add_flag("--no-fail", scan.noFail, "Exit 0 even with findings (errors still exit 2)");
  scanCommand->add_option("--confidence", confidence, "Report findings of at least this confidence (default: medium)")
      ->check(levelValidator(cppsec::parseConfidence, "low, medium, high"));
  // List options take one value per occurrence, so they never swallow the paths after them.
  scanCommand->add_option("--exclude", scan.excludes, "Drop findings under this path or glob (repeatable)")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  scanCommand->add_flag("--no-default-excludes", scan.noDefaultExcludes,
                        "Also report in third_party, vendor, external, _deps and the build folder");
  scanCommand->add_flag("--show-suppressed", scan.showSuppressed, "Show suppressed findings in text output");
  scanCommand->add_option("--config", scan.configFile, "Config file (default: .cppsec.yaml found upward from here)");
  scanCommand
      ->add_option("--rules,--models", scan.modelFiles,
                   "A rule pack: a YAML file in the rules/models format, or a folder of them (repeatable)")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  scanCommand->add_option("--resource-dir", scan.resourceDir,
                          "Clang resource directory with the builtin headers (default: clang-19's)");
  scanCommand->add_option("--root", scan.root, "Source root that paths are reported relative to (default: here)");
  scanCommand->add_option("--color", scan.color, "Colour text output: auto, always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  scanCommand->add_flag("-q,--quiet", scan.quiet, "No summary or notes on standard error");

  CLI::App *rulesCommand =
      app.add_subcommand("rules", "List the rules, show one rule's help page, or check and test rule packs");
  std::string ruleId, testDir;
  std::vector<std::string> packs, checked;
  rulesCommand->add_option("id", ruleId, "A rule id, e.g. CPP201");
  rulesCommand->add_option("--rules", packs, "Also list the rules of this pack (file or folder; repeatable)")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  rulesCommand->add_option("--check", checked, "Validate a pack: every error with file:line:col (repeatable)")
      ->expected(1)
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  rulesCommand->add_option("--test", testDir,
                           "Run the fixtures (.c/.cpp with // expect: comments) under a pack folder against it");

  cppsec::VulncheckOptions vuln;
  vuln.executable = argv[0];
  std::string checkDb;
  CLI::App *vulnCommand = app.add_subcommand(
      "vulncheck", "Report known vulnerabilities in the libraries the build uses, where the code calls them");
  vulnCommand->add_option("paths", vuln.paths, "With -p: only TUs under these paths. With --: the files to read");
  vulnCommand->add_option("-p,--compile-commands", vuln.compilationDatabase,
                          "Build folder holding compile_commands.json, or the file itself");
  vulnCommand->add_option("-f,--format", vuln.format, "Output format: text (default), json, sarif or openvex")
      ->check(CLI::IsMember({"text", "json", "sarif", "openvex"}));
  vulnCommand->add_option("-o,--output", vuln.output, "Write the report to this file instead of standard output");
  vulnCommand
      ->add_option("--scan", vuln.scanLevel,
                   "symbol (default): only advisories whose functions the code calls; library: every advisory for "
                   "the versions in use")
      ->check(CLI::IsMember({"symbol", "library"}));
  vulnCommand->add_option("--db", vuln.database, "A folder of OSV JSON advisories (default: the built-in database)");
  std::string show;
  vulnCommand->add_option("--show", show, "traces: print the full call path of each finding")
      ->check(CLI::IsMember({"traces"}));
  vulnCommand->add_option("-j,--jobs", vuln.jobs, "Parallel workers (default: all cores)");
  vulnCommand->add_option("--config", vuln.configFile, "Config file (default: .cppsec.yaml found upward from here)");
  vulnCommand->add_option("--resource-dir", vuln.resourceDir, "Clang resource directory with the builtin headers");
  vulnCommand->add_option("--root", vuln.root, "Source root that paths are reported relative to (default: here)");
  vulnCommand->add_option("--system-root", vuln.systemRoot,
                          "Read the installed packages (dpkg) under this root instead of /");
  vulnCommand->add_option("--today", vuln.today, "The date ignore entries expire against (default: today, UTC)")
      ->group("");
  vulnCommand->add_option("--check-db", checkDb, "Validate an OSV database folder strictly and exit");
  vulnCommand->add_flag("-q,--quiet", vuln.quiet, "No notes on standard error");

  try {
    app.parse(cliArgc, argv);
  } catch (const CLI::ParseError &error) {
    if (error.get_exit_code() == 0) return app.exit(error);
    std::cerr << "cppsec: error: " << error.what() << " (see cppsec --help)\n";
    return kUsageError;
  }

  try {
    if (rulesCommand->parsed()) {
      if (!checked.empty()) return cppsec::checkPacks(checked, std::cout, std::cerr);
      if (!testDir.empty()) return cppsec::testPacks(testDir, packs, argv[0], std::cout);
      return listRules(ruleId, packs);
    }
    if (vulnCommand->parsed()) {
      if (!checkDb.empty()) return cppsec::checkVulnDatabase(checkDb, std::cout);
      if (vuln.fixedFlags = scan.fixedFlags; vuln.fixedFlags) vuln.flags = scan.flags;
      if (vuln.fixedFlags && !vuln.compilationDatabase.empty())
        throw cppsec::InputError("give either -p BUILD_DIR or files followed by -- and flags, not both");
      vuln.showTraces = show == "traces";
      return cppsec::runVulncheck(vuln);
    }
    if (!scanCommand->parsed()) {
      std::cerr << app.help();
      return kUsageError;
    }
    if (scan.fixedFlags && !scan.compilationDatabase.empty())
      throw cppsec::InputError("give either -p BUILD_DIR or files followed by -- and flags, not both");
    if (!failOn.empty()) scan.failOn = cppsec::parseSeverity(failOn);
    if (!confidence.empty()) scan.confidence = cppsec::parseConfidence(confidence);
    return cppsec::runScan(scan);
  } catch (const cppsec::InputError &error) {
    std::cerr << "cppsec: error: " << error.what() << '\n';
    return kUsageError;
  }
}
