#include <array>

#include "report/Reporters.h"

namespace cppsec {
namespace {

struct Palette {
  const char *bold = "", *warning = "", *note = "", *caret = "", *reset = "";
};

Palette palette(bool color) {
  if (!color) return {};
  return {"\033[1m", "\033[1;35m", "\033[1;36m", "\033[1;32m", "\033[0m"};
}

// The caret line: keeps tabs so it lines up under the source as the terminal shows it.
std::string caretLine(const std::string &line, const SourcePos &pos) {
  std::string caret;
  for (unsigned i = 1; i < pos.column && i - 1 < line.size(); ++i) caret += line[i - 1] == '\t' ? '\t' : ' ';
  caret += '^';
  unsigned end = pos.endLine == pos.line ? pos.endColumn : static_cast<unsigned>(line.size()) + 1;
  for (unsigned i = pos.column + 1; i < end; ++i) caret += '~';
  return caret;
}

}  // namespace

std::string summaryLine(const Report &report) {
  std::array<size_t, 4> bySeverity{};
  size_t active = 0, suppressed = 0;
  for (const auto &finding : report.findings) {
    if (finding.suppression) {
      ++suppressed;
      continue;
    }
    ++active;
    ++bySeverity[static_cast<size_t>(finding.severity)];
  }
  std::string line = "cppsec: ";
  if (active == 0) {
    line += "no findings";
  } else {
    line += std::to_string(active) + (active == 1 ? " finding (" : " findings (");
    line += std::to_string(bySeverity[3]) + " critical, " + std::to_string(bySeverity[2]) + " high, " +
            std::to_string(bySeverity[1]) + " medium, " + std::to_string(bySeverity[0]) + " low)";
  }
  if (suppressed) line += ", " + std::to_string(suppressed) + " suppressed";
  line += "; " + std::to_string(report.tusAnalysed) + (report.tusAnalysed == 1 ? " TU" : " TUs") + " analysed, " +
          std::to_string(report.tusFailed) + " failed";
  return line;
}

void writeText(const Report &report, const TextOptions &options, std::ostream &out) {
  Palette colors = palette(options.color);
  for (const auto &finding : report.findings) {
    if (finding.suppression && !options.showSuppressed) continue;
    const SourcePos &pos = finding.pos;
    out << colors.bold << report.relativePath(pos.file) << ':' << pos.line << ':' << pos.column << ": " << colors.reset
        << colors.warning << "warning: " << colors.reset << colors.bold << finding.message << " [" << finding.ruleId;
    if (finding.suppression)
      out << ", suppressed"
          << (finding.suppression->justification.empty() ? "" : ": " + finding.suppression->justification);
    out << ']' << colors.reset << '\n';
    if (!finding.snippet.empty())
      out << finding.snippet << '\n' << colors.caret << caretLine(finding.snippet, pos) << colors.reset << '\n';
    for (const auto &step : finding.flow) {
      // The last step is usually the finding's own place; a note there adds nothing.
      if (step.pos.file == pos.file && step.pos.line == pos.line && step.pos.column == pos.column) continue;
      out << colors.bold << report.relativePath(step.pos.file) << ':' << step.pos.line << ':' << step.pos.column << ": "
          << colors.reset << colors.note << "note: " << colors.reset << step.message << '\n';
    }
  }
  out << summaryLine(report) << '\n';
}

}  // namespace cppsec
