// CredentialText: whether a literal could be a secret, before names or APIs are asked.
#include "analysis/CredentialText.h"

#include <gtest/gtest.h>

namespace cppsec {
namespace {

class CredentialTextTest : public ::testing::Test {
 protected:
  ModelSet models = ModelSet::builtIn();
  CredentialText text{models};
};

TEST_F(CredentialTextTest, PasswordsCouldBeSecrets) {
  EXPECT_TRUE(text.couldBeSecret("hunter2"));
  EXPECT_TRUE(text.couldBeSecret("Tr0ub4dor&3"));
  EXPECT_TRUE(text.couldBeSecret("changeme"));
  EXPECT_TRUE(text.couldBeSecret("ABCD1234"));
}

TEST_F(CredentialTextTest, PromptsFormatsAndPlaceholdersAreNot) {
  EXPECT_FALSE(text.couldBeSecret(""));
  EXPECT_FALSE(text.couldBeSecret("Password:"));
  EXPECT_FALSE(text.couldBeSecret("Enter password"));
  EXPECT_FALSE(text.couldBeSecret("pw=%s"));
  EXPECT_FALSE(text.couldBeSecret("{}"));
  EXPECT_FALSE(text.couldBeSecret("${DB_PASSWORD}"));
  EXPECT_FALSE(text.couldBeSecret("<password>"));
  EXPECT_FALSE(text.couldBeSecret("********"));
  EXPECT_FALSE(text.couldBeSecret("REDACTED"));
}

TEST_F(CredentialTextTest, NamesKeysHeadersAndPathsAreNot) {
  EXPECT_FALSE(text.couldBeSecret("DB_PASSWORD"));
  EXPECT_FALSE(text.couldBeSecret("db.password"));
  EXPECT_FALSE(text.couldBeSecret("api_key"));
  EXPECT_FALSE(text.couldBeSecret("Authorization"));
  EXPECT_FALSE(text.couldBeSecret("/etc/app/secret.key"));
  EXPECT_FALSE(text.couldBeSecret("certs/server.key"));
  EXPECT_FALSE(text.couldBeSecret("https://api.example.org/v1"));
}

TEST_F(CredentialTextTest, RandomLookingNeedsLengthAndEntropy) {
  EXPECT_TRUE(text.looksRandom("f3a9c1e07b5d4e2a9c8b7d6e5f4a3b2c"));
  EXPECT_FALSE(text.looksRandom("user:42"));
  EXPECT_FALSE(text.looksRandom("aaaaaaaaaaaaaaaaaaaaaaaa"));
  EXPECT_FALSE(text.looksRandom("not random at all, has spaces"));
}

TEST_F(CredentialTextTest, ConnectionStringsWithAPassword) {
  EXPECT_TRUE(text.hasPasswordSetting("host=db user=app password=s3cret"));
  EXPECT_TRUE(text.hasPasswordSetting("password='x y' host=db"));
  EXPECT_TRUE(text.hasPasswordSetting("postgresql://app:s3cret@db/shop"));
  EXPECT_FALSE(text.hasPasswordSetting("host=db user=app"));
  EXPECT_FALSE(text.hasPasswordSetting("host=db password="));
  EXPECT_FALSE(text.hasPasswordSetting("postgresql://app@db/shop"));
}

TEST(CredentialTextEntropy, CountsBitsPerCharacter) {
  EXPECT_DOUBLE_EQ(CredentialText::entropy("aaaa"), 0.0);
  EXPECT_DOUBLE_EQ(CredentialText::entropy("abab"), 1.0);
  EXPECT_DOUBLE_EQ(CredentialText::entropy("abcd"), 2.0);
}

}  // namespace
}  // namespace cppsec
