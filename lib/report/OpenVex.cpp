#include <set>

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/SHA256.h"
#include "llvm/Support/raw_ostream.h"
#include "nlohmann/json.hpp"
#include "report/VulnReporters.h"

namespace cppsec {

using Json = nlohmann::ordered_json;

std::string toOpenVex(const VulnReport &report, const std::string &timestamp) {
  std::string product = "pkg:generic/" + report.root.substr(report.root.find_last_of('/') + 1);
  Json statements = Json::array();
  for (const auto &finding : report.findings) {
    const Advisory &advisory = *finding.advisory;
    const LibraryInUse &library = report.libraries[finding.library];
    Json vulnerability = {{"name", advisory.id}};
    if (!advisory.aliases.empty()) vulnerability["aliases"] = advisory.aliases;
    if (!advisory.summary.empty()) vulnerability["description"] = advisory.summary;
    Json statement = {
        {"vulnerability", vulnerability},
        {"products", Json::array({{{"@id", product}, {"subcomponents", Json::array({{{"@id", library.purl()}}})}}})}};
    switch (finding.status) {
      case VulnStatus::Affected:
      case VulnStatus::PossiblyAffected: {
        statement["status"] = "affected";
        std::string action = finding.fixedVersion.empty()
                                 ? "No fixed release is listed; see " + advisory.advisoryUrl()
                                 : "Upgrade " + library.library + " to " + finding.fixedVersion + " or later";
        statement["action_statement"] = action;
        if (finding.status == VulnStatus::PossiblyAffected)
          statement["status_notes"] =
              "The vulnerable function is called, but an option argument the advisory depends on is not a "
              "compile-time constant.";
        break;
      }
      case VulnStatus::NotCalled:
        statement["status"] = "not_affected";
        statement["justification"] = "vulnerable_code_not_in_execute_path";
        // The schema allows a justification or an impact statement, not both: the why goes in the notes.
        statement["status_notes"] = "The code does not call the library functions the advisory names" +
                                    std::string(finding.needsOptions ? " with the options it needs." : ".");
        break;
      case VulnStatus::NotAffected:
        statement["status"] = "not_affected";
        statement["justification"] = "vulnerable_code_not_present";
        statement["status_notes"] = finding.decidedByDistribution && !finding.distributionNote.empty()
                                        ? "Fixed by a distribution back-port: " + finding.distributionNote + "."
                                        : library.library + " " + library.version + " is not in the affected range.";
        break;
    }
    if (finding.ignored && statement["status"] == "affected")
      statement["status_notes"] = "Accepted until " + finding.ignored->expires + ": " + finding.ignored->reason;
    statements.push_back(statement);
  }
  // OpenVEX requires at least one statement: with nothing to state there is no document.
  if (statements.empty()) return {};
  // A stable id: the same statements give the same document.
  Json document = {{"@context", "https://openvex.dev/ns/v0.2.0"},
                   {"@id", ""},
                   {"author", "cppsec vulncheck"},
                   {"timestamp", timestamp},
                   {"version", 1},
                   {"tooling", "cppsec " + report.toolVersion},
                   {"statements", statements}};
  std::string body = statements.dump();
  auto digest = llvm::SHA256::hash(llvm::arrayRefFromStringRef(body));
  std::string hex;
  llvm::raw_string_ostream stream(hex);
  for (uint8_t byte : digest) stream << llvm::format_hex_no_prefix(byte, 2);
  stream.flush();
  document["@id"] = "https://openvex.dev/docs/public/vex-" + hex;
  return document.dump(2) + "\n";
}

}  // namespace cppsec
