// Identifier splitting and the sensitive-name matcher.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "analysis/Names.h"

namespace cppsec {
namespace {

using Words = std::vector<std::string>;

TEST(NamesTest, SplitsAtUnderscoresCamelHumpsAndDigits) {
  EXPECT_EQ(splitIdentifierWords("m_sessionToken2"), (Words{"m", "session", "token"}));
  EXPECT_EQ(splitIdentifierWords("session_id"), (Words{"session", "id"}));
  EXPECT_EQ(splitIdentifierWords("sha256Key"), (Words{"sha", "key"}));
}

TEST(NamesTest, SplitsAcronymBeforeTheNextWord) {
  EXPECT_EQ(splitIdentifierWords("HTTPRequest"), (Words{"http", "request"}));
  EXPECT_EQ(splitIdentifierWords("parseURL"), (Words{"parse", "url"}));
  EXPECT_EQ(splitIdentifierWords("IV"), (Words{"iv"}));
}

TEST(NamesTest, SplitsSingleLetterPrefix) {
  EXPECT_EQ(splitIdentifierWords("kApiKey"), (Words{"k", "api", "key"}));
}

TEST(NamesTest, SplitsNothingIntoNothing) {
  EXPECT_TRUE(splitIdentifierWords("").empty());
  EXPECT_TRUE(splitIdentifierWords("__42_").empty());
}

class SensitiveNamesTest : public ::testing::Test {
 protected:
  SensitiveNames names{Words{"token", "key", "session", "iv"}};
};

TEST_F(SensitiveNamesTest, MatchesAWordOfTheName) {
  EXPECT_EQ(names.match("session_id"), "session");
  EXPECT_EQ(names.match("apiKey"), "key");
  EXPECT_EQ(names.match("iv"), "iv");
  EXPECT_EQ(names.match("m_sessionToken2"), "session");  // the first sensitive word
  EXPECT_EQ(names.match("AES_KEY"), "key");
}

TEST_F(SensitiveNamesTest, MatchesPlurals) {
  EXPECT_EQ(names.match("resetTokens"), "token");
  EXPECT_EQ(names.match("keys"), "key");
}

TEST_F(SensitiveNamesTest, DoesNotMatchWordsThatMerelyContainOne) {
  EXPECT_EQ(names.match("monkey"), "");
  EXPECT_EQ(names.match("keyboard"), "");
  EXPECT_EQ(names.match("give"), "");
  EXPECT_EQ(names.match("sidebar"), "");
  EXPECT_EQ(names.match("tokenizer"), "");
  EXPECT_EQ(names.match("count"), "");
}

TEST(NamesTest, PhrasesMatchConsecutiveWordsLongestFirst) {
  SensitiveNames names(Words{"key", "api key", "session id"});
  EXPECT_EQ(names.match("apiKey"), "api key");
  EXPECT_EQ(names.match("X_API_KEY"), "api key");
  EXPECT_EQ(names.match("api_secret_key"), "key");  // not consecutive
  EXPECT_EQ(names.match("currentSessionId"), "session id");
  EXPECT_EQ(names.match("session"), "");
}

TEST(NamesTest, QualifierWordsMakeTheNameAboutTheThing) {
  SensitiveNames names(Words{"password", "token", "session id"}, Words{"length", "type", "id"});
  EXPECT_EQ(names.match("kMinPasswordLength"), "");
  EXPECT_EQ(names.match("token_type"), "");
  EXPECT_EQ(names.match("token_id"), "");
  // A qualifier inside the phrase itself is part of it.
  EXPECT_EQ(names.match("session_id"), "session id");
  EXPECT_EQ(names.match("db_password"), "password");
  EXPECT_TRUE(names.qualified("password_lengths"));
  EXPECT_FALSE(names.qualified("password"));
}

TEST(NamesTest, PluralOfWordsEndingInDoubleSIsLeftAlone) {
  SensitiveNames names(Words{"pass"});
  EXPECT_EQ(names.match("db_pass"), "pass");
  EXPECT_EQ(names.match("passes"), "");
}

TEST(NamesTest, WordListIsCaseInsensitive) {
  SensitiveNames names(Words{"Token"});
  EXPECT_EQ(names.match("authToken"), "token");
}

}  // namespace
}  // namespace cppsec
