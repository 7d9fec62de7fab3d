#include "analysis/Suppressions.h"

#include <cctype>

namespace cppsec {
namespace {

constexpr std::string_view kMarker = "cppsec:ignore";

std::string_view trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return text;
}

// Rule ids are upper-case letters followed by digits: CPP201, ORG1001.
bool isRuleId(std::string_view text) {
  size_t letters = 0;
  while (letters < text.size() && std::isupper(static_cast<unsigned char>(text[letters]))) ++letters;
  if (letters == 0 || letters == text.size()) return false;
  for (size_t i = letters; i < text.size(); ++i)
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
  return true;
}

}  // namespace

bool SuppressionComment::names(std::string_view id) const {
  for (const auto &ruleId : ruleIds)
    if (ruleId == id) return true;
  return false;
}

std::optional<SuppressionComment> parseSuppressionComment(std::string_view comment) {
  size_t marker = comment.find(kMarker);
  if (marker == std::string_view::npos) return std::nullopt;
  std::string_view rest = comment.substr(marker + kMarker.size());
  // A marker glued to more letters (cppsec:ignored) is prose, not a suppression.
  if (!rest.empty() && (std::isalnum(static_cast<unsigned char>(rest.front())) || rest.front() == '_'))
    return std::nullopt;
  if (rest.size() >= 2 && rest.substr(rest.size() - 2) == "*/") rest.remove_suffix(2);
  SuppressionComment result;
  std::string_view ids = rest;
  size_t dashes = rest.find("--");
  if (dashes != std::string_view::npos) {
    ids = rest.substr(0, dashes);
    result.justification = std::string(trim(rest.substr(dashes + 2)));
  }
  while (!ids.empty()) {
    size_t comma = ids.find_first_of(", \t");
    std::string_view token = trim(ids.substr(0, comma));
    if (isRuleId(token)) result.ruleIds.emplace_back(token);
    if (comma == std::string_view::npos) break;
    ids.remove_prefix(comma + 1);
  }
  return result;
}

}  // namespace cppsec
