#pragma once
// A pack's pattern rule: an AST matcher in clang-query syntax, run over each TU; every match
// is a finding at the bound node the rule reports.
#include <memory>

#include "analysis/Rule.h"
#include "models/Models.h"

namespace cppsec {

// Throws InputError naming the pack file, line and column when the matcher does not compile.
std::unique_ptr<Rule> makePatternRule(RuleInfo info, const RuleDefinition &definition);

}  // namespace cppsec
