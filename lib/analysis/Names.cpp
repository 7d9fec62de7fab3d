#include "analysis/Names.h"

#include <algorithm>
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

namespace {
std::string lowerCase(std::string_view text) {
  std::string lower;
  for (char c : text) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}
// "tokens" -> "token"; words of three letters or fewer are left alone ("pas" is not "pa").
std::string singular(const std::string &word) {
  return word.size() > 3 && word.back() == 's' && word[word.size() - 2] != 's' ? word.substr(0, word.size() - 1) : word;
}
}  // namespace

SensitiveNames::SensitiveNames(const std::vector<std::string> &phrases, const std::vector<std::string> &qualifiers,
                               bool plurals)
    : plurals_(plurals) {
  for (const auto &phrase : phrases) {
    std::vector<std::string> words;
    std::string word;
    for (char c : lowerCase(phrase) + " ") {
      if (c != ' ') {
        word += c;
      } else if (!word.empty()) {
        words.push_back(word);
        word.clear();
      }
    }
    if (words.empty()) continue;
    firstWords_.insert(words.front());
    phrases_.push_back(std::move(words));
  }
  // Longest phrase first: "session id" wins over "session" where both are listed.
  std::sort(phrases_.begin(), phrases_.end(), [](const auto &a, const auto &b) { return a.size() > b.size(); });
  for (const auto &qualifier : qualifiers) qualifiers_.insert(lowerCase(qualifier));
}

bool SensitiveNames::wordIs(const std::string &word, const std::string &expected) const {
  return word == expected || (plurals_ && singular(word) == expected);
}

bool SensitiveNames::qualified(std::string_view identifier) const {
  for (const auto &word : splitIdentifierWords(identifier))
    if (qualifiers_.count(word) || qualifiers_.count(singular(word))) return true;
  return false;
}

std::string SensitiveNames::match(std::string_view identifier) const {
  std::vector<std::string> words = splitIdentifierWords(identifier);
  std::string found;
  size_t begin = 0, end = 0;  // the words the phrase matched: a qualifier there is part of it ("session id")
  for (size_t i = 0; i < words.size() && found.empty(); ++i) {
    if (!firstWords_.count(words[i]) && !(plurals_ && firstWords_.count(singular(words[i])))) continue;
    for (const auto &phrase : phrases_) {
      if (i + phrase.size() > words.size()) continue;
      bool all = true;
      for (size_t k = 0; k < phrase.size() && all; ++k) all = wordIs(words[i + k], phrase[k]);
      if (!all) continue;
      for (const auto &word : phrase) found += (found.empty() ? "" : " ") + word;
      begin = i, end = i + phrase.size();
      break;
    }
  }
  if (found.empty()) return {};
  for (size_t i = 0; i < words.size(); ++i)
    if ((i < begin || i >= end) && (qualifiers_.count(words[i]) || qualifiers_.count(singular(words[i])))) return {};
  return found;
}

}  // namespace cppsec
