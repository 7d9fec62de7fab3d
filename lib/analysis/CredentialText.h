#pragma once
// Whether the text of a literal could be a credential at all, before anything else is asked:
// not a prompt ("Password:"), a format string, a placeholder ("${DB_PASSWORD}"), the name of
// an environment variable or config key ("DB_PASSWORD", "db.password"), or a path. And, for
// names that only suggest a secret (token, key), whether it looks random. No Clang here, so
// that it is unit-tested on its own.
#include <string>
#include <string_view>

#include "analysis/Names.h"
#include "models/Models.h"

namespace cppsec {

class CredentialText {
 public:
  explicit CredentialText(const ModelSet &models);

  bool couldBeSecret(std::string_view text) const;
  // The same where an API or parameter says the value is a password (mysql_real_connect's
  // passwd): there even "password" is one, and only placeholders and directives are not.
  bool couldBePassedSecret(std::string_view text) const;
  // At least 16 characters, no whitespace, and at least 3.5 bits of entropy per character.
  bool looksRandom(std::string_view text) const;
  // A libpq conninfo with a non-empty password= setting.
  bool hasPasswordSetting(std::string_view conninfo) const;
  // Shannon entropy of the characters, in bits per character.
  static double entropy(std::string_view text);

 private:
  SensitiveNames credentialWords_;        // "db.password" is a key naming a password, not one
  std::vector<std::string> headerNames_;  // "Authorization" names a header
};

}  // namespace cppsec
