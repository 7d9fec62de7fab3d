#pragma once
// Fixture files with inline expectations (`// expect: CPP201`, `// expect@+1: ACME001(high)`):
// the format the built-in rule tests use and `cppsec rules --test` runs on a pack's tests.
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "findings/Finding.h"

namespace cppsec {

class Rule;
class ModelIndex;

struct Expectation {
  std::string file;
  unsigned line = 0;
  std::string rule;
  std::optional<Confidence> confidence;  // checked only when written
};

std::vector<std::string> readLines(const std::string &path);
std::vector<Expectation> parseExpectations(const std::string &file, const std::vector<std::string> &lines);
// `// cppsec-test-flags: -DX -Ipath` in the first five lines.
std::vector<std::string> fixtureFlags(const std::vector<std::string> &lines);

struct FixtureOutcome {
  std::string error;                  // a TU that did not parse
  std::vector<std::string> problems;  // "file:line: expected ... / unexpected ...", sorted
};

// Analyses the sources (one TU each, merged as in a run) with the given rules, and compares
// the findings of the rules in `compared` (when empty: the rules the expectations name) with
// the expectations, exactly.
FixtureOutcome checkFixture(const std::vector<std::string> &sources, const std::vector<const Rule *> &rules,
                            const ModelIndex &models, std::set<std::string> compared, const std::string &resourceDir);

}  // namespace cppsec
