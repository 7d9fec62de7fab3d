#include "analysis/CredentialText.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstring>

namespace cppsec {
namespace {

bool isAll(std::string_view text, int (*predicate)(int)) {
  for (char c : text)
    if (!predicate(static_cast<unsigned char>(c))) return false;
  return true;
}

std::vector<std::string> joined(std::vector<std::string> a, const std::vector<std::string> &b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

bool hasFormatDirective(std::string_view text) {
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    if (text[i] == '{' && text[i + 1] == '}') return true;
    if (text[i] != '%') continue;
    // %s, %d, %5.2f, %-10s, %lu, %zu ...
    size_t j = i + 1;
    while (j < text.size() && std::strchr("-+ #0123456789.*lhzjt", text[j])) ++j;
    if (j < text.size() && std::strchr("sdiuxXfFeEgGcpq", text[j])) return true;
  }
  return false;
}

// "DB_PASSWORD", "API_KEY": the name of an environment variable.
bool isEnvironmentName(std::string_view text) {
  if (text.size() < 3 || text.find('_') == std::string_view::npos || !std::isupper(static_cast<unsigned char>(text[0])))
    return false;
  for (char c : text)
    if (!std::isupper(static_cast<unsigned char>(c)) && !std::isdigit(static_cast<unsigned char>(c)) && c != '_')
      return false;
  return true;
}

bool isPlaceholder(std::string_view text) {
  if (text.size() >= 2 && ((text.front() == '<' && text.back() == '>') || (text.front() == '{' && text.back() == '}') ||
                           (text.front() == '[' && text.back() == ']')))
    return true;
  if (text.rfind("${", 0) == 0 || text.rfind("$(", 0) == 0 || text.rfind("%(", 0) == 0) return true;
  // "*****", "xxxxxxxx", "........": one character repeated.
  if (text.size() >= 3 && text.find_first_not_of(text.front()) == std::string_view::npos) return true;
  std::string lower;
  for (char c : text) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char *marker : {"redacted", "your_", "your-", "yourpassword", "placeholder", "example.com", "todo"})
    if (lower.find(marker) != std::string::npos) return true;
  return false;
}

bool isPath(std::string_view text) {
  if (text.rfind('/', 0) == 0 || text.rfind("./", 0) == 0 || text.rfind("../", 0) == 0 || text.rfind("~/", 0) == 0)
    return true;
  size_t dot = text.rfind('.');
  if (text.find('/') == std::string_view::npos || dot == std::string_view::npos) return false;
  std::string_view extension = text.substr(dot + 1);
  for (const char *known : {"pem", "key", "crt", "cer", "der", "p12", "pfx", "txt", "json", "yaml", "yml", "conf",
                            "ini", "env", "cfg", "toml"})
    if (extension == known) return true;
  return false;
}

}  // namespace

CredentialText::CredentialText(const ModelSet &models)
    : credentialWords_(joined(models.list("credential-names"), models.list("credential-weak-names"))),
      headerNames_(models.list("sensitive-headers")) {}

bool CredentialText::couldBeSecret(std::string_view text) const {
  if (text.empty()) return false;
  for (char c : text)
    if (std::isspace(static_cast<unsigned char>(c)) || !std::isprint(static_cast<unsigned char>(c))) return false;
  if (text.back() == ':' || hasFormatDirective(text) || isPlaceholder(text) || isEnvironmentName(text) || isPath(text))
    return false;
  // A URL is a secret only with a password in it (the secret formats catch those).
  if (text.find("://") != std::string_view::npos) return false;
  // "db.password", "api_key", "X-Api-Key": a key or header that names a credential.
  bool keyLike = isAll(text, [](int c) { return std::isalnum(c) || c == '_' || c == '.' || c == '-' ? 1 : 0; });
  std::string lower;
  for (char c : text) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (std::find(headerNames_.begin(), headerNames_.end(), lower) != headerNames_.end()) return false;
  if (keyLike && !credentialWords_.match(text).empty()) {
    bool hasDigit = false;
    for (char c : text) hasDigit |= std::isdigit(static_cast<unsigned char>(c)) != 0;
    if (!hasDigit) return false;
  }
  return true;
}

bool CredentialText::couldBePassedSecret(std::string_view text) const {
  if (text.empty()) return false;
  for (char c : text)
    if (!std::isprint(static_cast<unsigned char>(c))) return false;
  return !hasFormatDirective(text) && !isPlaceholder(text) && !isEnvironmentName(text);
}

bool CredentialText::looksRandom(std::string_view text) const {
  if (text.size() < 16) return false;
  for (char c : text)
    if (std::isspace(static_cast<unsigned char>(c))) return false;
  return entropy(text) >= 3.5;
}

bool CredentialText::hasPasswordSetting(std::string_view conninfo) const {
  // Keyword/value form: "host=db password=s3cret"; URI form: postgresql://user:pw@host/db.
  size_t at = conninfo.find("password=");
  if (at != std::string_view::npos &&
      (at == 0 || conninfo[at - 1] == ' ' || conninfo[at - 1] == '&' || conninfo[at - 1] == '?')) {
    size_t value = at + 9;
    if (value < conninfo.size() && conninfo[value] == '\'') ++value;
    return value < conninfo.size() && conninfo[value] != ' ' && conninfo[value] != '\'' && conninfo[value] != '&';
  }
  size_t scheme = conninfo.find("://");
  if (scheme == std::string_view::npos) return false;
  size_t authority = scheme + 3, end = conninfo.find_first_of("/?", authority);
  std::string_view userinfo = conninfo.substr(authority, end == std::string_view::npos ? end : end - authority);
  size_t atSign = userinfo.rfind('@'), colon = userinfo.find(':');
  return atSign != std::string_view::npos && colon != std::string_view::npos && colon + 1 < atSign;
}

double CredentialText::entropy(std::string_view text) {
  if (text.empty()) return 0;
  std::array<unsigned, 256> counts{};
  for (char c : text) ++counts[static_cast<unsigned char>(c)];
  double bits = 0;
  for (unsigned count : counts) {
    if (!count) continue;
    double p = static_cast<double>(count) / static_cast<double>(text.size());
    bits -= p * std::log2(p);
  }
  return bits;
}

}  // namespace cppsec
