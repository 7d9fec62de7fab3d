#pragma once
// Tells whether a value is, or is made from, something sensitive: a variable, field, getter
// or function whose name says so (user.password, getApiKey()), a request header that holds a
// credential (req.get_header_value("Authorization")), or the output of a source model of some
// kind (an HMAC). Follows locals, string building and helpers of this TU backwards; stops at
// masking functions and at functions whose result says nothing of their input (size()).
// Shared by the rules that care where secrets go (CPP601 logs, CPP411 comparisons).
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "analysis/FunctionContext.h"
#include "analysis/Names.h"

namespace cppsec {

struct SensitiveHit {
  std::string what;  // "variable 'password'", "field 'token'", "header 'Authorization'"
  std::string word;  // the phrase that matched, or the source's function
  clang::SourceRange range;
  bool strong = true;  // matched the strong word list (or a source), not the weak one
};

struct SensitiveValueOptions {
  std::vector<std::string> strongWords, weakWords, qualifiers;
  bool weakPlurals = true;  // whether "tokens" is a weak hit like "token" (a list of lexer tokens is not)
  std::vector<std::string> sanitizerWords;     // a call named with one of these masks its input
  std::vector<std::string> harmlessFunctions;  // simple names of functions whose result is harmless (size)
  // Functions that print a whole object (to_string, dump): a sensitive value they return is
  // reported as a weak hit, since the object's other fields are what is usually wanted.
  std::vector<std::string> printerFunctions;
  std::vector<std::string> passthroughWords;  // an unseen function named so returns its input, re-encoded
  std::string headerList;                     // model list of credential header names, or empty
  std::string sourceKind;                     // source models of this kind are sensitive, or empty
  std::string harmlessFillers;                // model list: a variable they fill is not sensitive
  // The key under which a rule's summaries record that a function returns a sensitive value
  // (FunctionSummary::returnedSources), so that its callers see it; empty for none.
  std::string summaryKey;
};

class SensitiveValueFinder {
 public:
  explicit SensitiveValueFinder(SensitiveValueOptions options);

  // The first sensitive thing that flows into expr, or nothing.
  std::optional<SensitiveHit> find(FunctionContext &function, const clang::Expr *expr) const;
  // The parameters of the function that flow into expr along the same paths (not masked).
  std::vector<unsigned> params(FunctionContext &function, const clang::Expr *expr) const;
  // Whether a name means a sensitive thing (strong or weak list, not qualified).
  std::optional<SensitiveHit> byName(const std::string &name, const std::string &what, clang::SourceRange range) const;
  // Whether a name is about a sensitive thing rather than the thing (password_length).
  bool qualifiedName(const std::string &name) const;
  bool masks(const std::string &calleeName) const { return !sanitizers_.match(calleeName).empty(); }
  const SensitiveValueOptions &options() const { return options_; }

 private:
  struct Visitor {
    std::optional<SensitiveHit> hit;
    std::vector<unsigned> params;
    bool stopAtHit = true;
  };
  void walk(FunctionContext &function, const clang::Expr *expr, Visitor &visitor, unsigned depth) const;
  // Records a hit; true when there was one.
  static bool keep(Visitor &visitor, std::optional<SensitiveHit> hit);
  FunctionContext::Walk inspect(FunctionContext &function, const clang::Expr *expr, Visitor &visitor,
                                unsigned depth) const;
  FunctionContext::Walk inspectCall(FunctionContext &function, const clang::CallExpr *call, Visitor &visitor,
                                    unsigned depth) const;
  std::optional<SensitiveHit> sourceOutput(FunctionContext &function, const clang::VarDecl *var) const;
  bool filledByHarmless(FunctionContext &function, const clang::VarDecl *var) const;

  SensitiveValueOptions options_;
  SensitiveNames strong_, weak_, anyWord_, sanitizers_, passthrough_;
  std::unordered_set<std::string> harmless_, printers_;
};

}  // namespace cppsec
