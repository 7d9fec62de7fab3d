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
// words, from a word list that is model data.
class SensitiveNames {
 public:
  explicit SensitiveNames(const std::vector<std::string> &words);
  // The first sensitive word of the identifier, or empty.
  std::string match(std::string_view identifier) const;

 private:
  std::unordered_set<std::string> words_;
};

}  // namespace cppsec
