#pragma once
// Reporters for `cppsec vulncheck`. docs/vulncheck.md describes each format.
#include <ostream>
#include <string>

#include "findings/Report.h"
#include "vuln/VulnReport.h"

namespace cppsec {

// govulncheck-style text: each affected vulnerability with its library, versions, call
// paths and a fix; --scan library adds the ones the code does not call.
void writeVulnText(const VulnReport &report, std::ostream &out);
// A stream of JSON objects, one per line: config, progress, osv, finding.
std::string toVulnJson(const VulnReport &report);
// OpenVEX 0.2.0: one statement per advisory and library in use; empty when there is no
// statement to make (the format requires one).
std::string toOpenVex(const VulnReport &report, const std::string &timestamp);
// The report as cppsec findings (one rule per advisory), for the SARIF writer.
Report vulnFindingsAsReport(const VulnReport &report);

}  // namespace cppsec
