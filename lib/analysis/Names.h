#pragma once
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace cppsec {

// Splits an identifier into lower-case words at underscores, digits and camelCase humps:
// "m_sessionToken2" -> {"m", "session", "token"}, "HTTPRequest" -> {"http", "request"}.
std::vector<std::string> splitIdentifierWords(std::string_view identifier);

// Decides whether a name means something security-sensitive (a token, a key...), by its
// words, from word lists that are model data. A phrase is one or more words ("password",
// "api key") that must appear consecutively; a qualifier word ("length" in
// kMinPasswordLength, "type" in token_type) says the name is about the thing, not the
// thing itself, and makes the whole name not match. Plurals match ("tokens").
class SensitiveNames {
 public:
  explicit SensitiveNames(const std::vector<std::string> &phrases, const std::vector<std::string> &qualifiers = {},
                          bool plurals = true);
  // The first phrase the identifier contains, or empty.
  std::string match(std::string_view identifier) const;
  // Whether any word of the identifier is a qualifier.
  bool qualified(std::string_view identifier) const;

 private:
  bool wordIs(const std::string &word, const std::string &expected) const;

  std::vector<std::vector<std::string>> phrases_;
  std::unordered_set<std::string> firstWords_;  // quick rejection
  std::unordered_set<std::string> qualifiers_;
  bool plurals_ = true;  // "tokens" matches "token"
};

}  // namespace cppsec
