#pragma once
#include <ostream>
#include <string>

#include "findings/Report.h"

namespace cppsec {

struct TextOptions {
  bool color = false;
  bool showSuppressed = false;
};

// clang-style diagnostics, one per finding, with the source line, a caret and the flow as
// notes, then a summary line.
void writeText(const Report &report, const TextOptions &options, std::ostream &out);
// The summary line alone ("cppsec: 3 findings (...); 12 TUs analysed, 0 failed").
std::string summaryLine(const Report &report);
// docs/json-format.md describes this document; bump kJsonFormatVersion on any change.
inline constexpr const char *kJsonFormatVersion = "1.0";
std::string toJson(const Report &report);
// SARIF 2.1.0 as GitHub code scanning reads it.
std::string toSarif(const Report &report);

}  // namespace cppsec
