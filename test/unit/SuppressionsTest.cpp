// Parsing `cppsec:ignore ID[,ID...] -- justification` comments.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "analysis/Suppressions.h"

namespace cppsec {
namespace {

using Ids = std::vector<std::string>;

TEST(SuppressionsTest, OneIdWithJustification) {
  auto comment = parseSuppressionComment("// cppsec:ignore CPP201 -- reason");
  ASSERT_TRUE(comment.has_value());
  EXPECT_EQ(comment->ruleIds, Ids{"CPP201"});
  EXPECT_EQ(comment->justification, "reason");
  EXPECT_TRUE(comment->hasRuleId());
  EXPECT_TRUE(comment->hasJustification());
  EXPECT_TRUE(comment->names("CPP201"));
  EXPECT_FALSE(comment->names("CPP404"));
}

TEST(SuppressionsTest, JustificationKeepsInnerText) {
  auto comment = parseSuppressionComment("// cppsec:ignore CPP201 --  table name is a constant -- see #12 ");
  ASSERT_TRUE(comment.has_value());
  EXPECT_EQ(comment->justification, "table name is a constant -- see #12");
}

TEST(SuppressionsTest, CommaSeparatedIds) {
  auto comment = parseSuppressionComment("// cppsec:ignore CPP201,CPP404 -- r");
  ASSERT_TRUE(comment.has_value());
  EXPECT_EQ(comment->ruleIds, (Ids{"CPP201", "CPP404"}));
  EXPECT_TRUE(comment->names("CPP404"));
  EXPECT_EQ(comment->justification, "r");
}

TEST(SuppressionsTest, CommaAndSpaceSeparatedIds) {
  auto comment = parseSuppressionComment("// cppsec:ignore CPP201, CPP404 -- r");
  ASSERT_TRUE(comment.has_value());
  EXPECT_EQ(comment->ruleIds, (Ids{"CPP201", "CPP404"}));
  EXPECT_EQ(comment->justification, "r");
}

TEST(SuppressionsTest, NoIdButJustification) {
  auto comment = parseSuppressionComment("// cppsec:ignore -- r");
  ASSERT_TRUE(comment.has_value());
  EXPECT_FALSE(comment->hasRuleId());
  EXPECT_TRUE(comment->hasJustification());
  EXPECT_EQ(comment->justification, "r");
}

TEST(SuppressionsTest, IdWithoutJustification) {
  auto comment = parseSuppressionComment("// cppsec:ignore CPP201");
  ASSERT_TRUE(comment.has_value());
  EXPECT_EQ(comment->ruleIds, Ids{"CPP201"});
  EXPECT_FALSE(comment->hasJustification());
}

TEST(SuppressionsTest, BlankJustificationIsNoJustification) {
  auto comment = parseSuppressionComment("// cppsec:ignore CPP201 --   ");
  ASSERT_TRUE(comment.has_value());
  EXPECT_EQ(comment->ruleIds, Ids{"CPP201"});
  EXPECT_FALSE(comment->hasJustification());
  EXPECT_EQ(comment->justification, "");
}

TEST(SuppressionsTest, BlockCommentEndIsNotPartOfJustification) {
  auto comment = parseSuppressionComment("/* cppsec:ignore CPP201 -- r */");
  ASSERT_TRUE(comment.has_value());
  EXPECT_EQ(comment->ruleIds, Ids{"CPP201"});
  EXPECT_EQ(comment->justification, "r");
}

TEST(SuppressionsTest, BlockCommentWithoutJustification) {
  auto comment = parseSuppressionComment("/* cppsec:ignore CPP201 */");
  ASSERT_TRUE(comment.has_value());
  EXPECT_EQ(comment->ruleIds, Ids{"CPP201"});
  EXPECT_FALSE(comment->hasJustification());
}

TEST(SuppressionsTest, MarkerGluedToMoreLettersIsProse) {
  EXPECT_FALSE(parseSuppressionComment("// cppsec:ignored").has_value());
  EXPECT_FALSE(parseSuppressionComment("// cppsec:ignore_all CPP201 -- r").has_value());
}

TEST(SuppressionsTest, LowerCaseIdIsNotAnId) {
  auto comment = parseSuppressionComment("// cppsec:ignore cpp201 -- r");
  ASSERT_TRUE(comment.has_value());
  EXPECT_FALSE(comment->hasRuleId());
  EXPECT_FALSE(comment->names("cpp201"));
}

TEST(SuppressionsTest, IdsMustBeLettersThenDigits) {
  auto comment = parseSuppressionComment("// cppsec:ignore CPP 201 CPP201X ORG1001 -- r");
  ASSERT_TRUE(comment.has_value());
  EXPECT_EQ(comment->ruleIds, Ids{"ORG1001"});
}

TEST(SuppressionsTest, PlainCommentIsNotASuppression) {
  EXPECT_FALSE(parseSuppressionComment("// plain comment").has_value());
  EXPECT_FALSE(parseSuppressionComment("").has_value());
}

}  // namespace
}  // namespace cppsec
