#include "analysis/Names.h"

#include <cctype>

namespace cppsec {

std::vector<std::string> splitIdentifierWords(std::string_view identifier) {
  std::vector<std::string> words;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) words.push_back(current);
    current.clear();
  };
  for (size_t i = 0; i < identifier.size(); ++i) {
    auto c = static_cast<unsigned char>(identifier[i]);
    if (!std::isalpha(c)) {
      flush();
      continue;
    }
    if (std::isupper(c) && !current.empty()) {
      bool previousLower = std::islower(static_cast<unsigned char>(identifier[i - 1]));
      bool nextLower = i + 1 < identifier.size() && std::islower(static_cast<unsigned char>(identifier[i + 1]));
      // "sessionToken" breaks before T; "HTTPRequest" breaks before the R of Request.
      if (previousLower || (nextLower && std::isupper(static_cast<unsigned char>(identifier[i - 1])))) flush();
    }
    current += static_cast<char>(std::tolower(c));
  }
  flush();
  return words;
}

SensitiveNames::SensitiveNames(const std::vector<std::string> &words) {
  for (const auto &word : words) {
    std::string lower;
    for (char c : word) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    words_.insert(lower);
  }
}

std::string SensitiveNames::match(std::string_view identifier) const {
  for (const auto &word : splitIdentifierWords(identifier)) {
    if (words_.count(word)) return word;
    // Plurals: "tokens", "keys".
    if (word.size() > 3 && word.back() == 's' && words_.count(word.substr(0, word.size() - 1)))
      return word.substr(0, word.size() - 1);
  }
  return {};
}

}  // namespace cppsec
