#pragma once
// Values that are sensitive in one function for what is done with them rather than for their
// names, so that logging them leaks a secret all the same (CPP601):
//  - compared with a secret: `if (d.signature != gitlab_token_)` makes d.signature a
//    presented credential (a wrong password is usually a near miss of the right one);
//  - holding a secret that the function extracts from them: `in >> user >> password` from an
//    istringstream made of `line`, `j["password"]` of `json::parse(req.body)`, `sscanf(buf,
//    "%s %s", user, pass)`, `password = creds.substr(colon + 1)` make line, j, req.body, buf
//    and creds hold the password.
// Only the value itself counts (logged whole, or joined into the logged text): a part taken
// out of it (j["user"], line.size()) is judged by the usual walk.
#include <map>
#include <optional>
#include <string>
#include <unordered_set>

#include "analysis/SensitiveValues.h"

namespace cppsec {

struct SensitiveUseLists {
  std::vector<std::string> comparisonWords;     // functions named so compare their arguments (strcmp, equals)
  std::vector<std::string> extractedWords;      // names of secrets whose extraction marks their source
  std::vector<std::string> extractorFunctions;  // take a part of their object (substr, at, operator[])
  std::vector<std::string> parserFunctions;     // build a document from text (parse): its text holds its parts
  std::vector<std::string> qualifiers;
};

class SensitiveUses {
 public:
  SensitiveUses(FunctionContext &function, const SensitiveValueFinder &finder, const SensitiveUseLists &lists);

  // Whether the value an operand logs is one of them (directly, or through c_str(), dump(),
  // string concatenation).
  std::optional<SensitiveHit> hitIn(const clang::Expr *operand) const;
  // Whether a variable (a parameter) is one of them.
  bool holds(const clang::VarDecl *var) const;

 private:
  void noteComparison(const CallView &call);
  void noteRewrittenComparisons(const clang::Stmt *stmt);
  void noteComparison(const clang::Expr *left, const clang::Expr *right);
  void noteExtraction(const CallView &call);
  void noteStreamExtraction(const CallView &call);
  void noteScan(const CallView &call);
  // Marks a value, and the text it was parsed or streamed from, as holding the secret.
  void markHolder(const clang::Expr *holder, const std::string &secret, clang::SourceRange where, unsigned depth = 0);
  bool namesExtractedSecret(const std::string &name) const;

  FunctionContext &function_;
  const SensitiveValueFinder &finder_;
  SensitiveNames comparisons_, extracted_;
  std::unordered_set<std::string> extractors_, parsers_;
  std::map<std::string, SensitiveHit> byKey_;
};

// A key naming a variable, or a field of a variable or of `this` (nested), within one
// function: the same for every expression that designates it.
std::optional<std::string> valueKey(const clang::Expr *expr);

}  // namespace cppsec
