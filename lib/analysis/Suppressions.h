#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cppsec {

// A `cppsec:ignore ID[,ID...] -- justification` comment, as written.
struct SuppressionComment {
  std::vector<std::string> ruleIds;
  std::string justification;
  bool hasRuleId() const { return !ruleIds.empty(); }
  bool hasJustification() const { return !justification.empty(); }
  bool names(std::string_view id) const;
};

// Reads the text of one comment; nullopt when it is not a suppression comment at all.
std::optional<SuppressionComment> parseSuppressionComment(std::string_view comment);

}  // namespace cppsec
