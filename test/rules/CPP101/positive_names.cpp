// CPP101 positives: string literals stored under a name that says it is a credential.
// Names are split into words at '_' and camelCase humps (a plural 's' is dropped); one strong
// phrase is enough and the finding is high confidence, reported on the literal's line.
#include <cstring>
#include <string>
#include <string_view>

namespace billing {

// A file-scope constant: "Db" / "Password".
const char* kDbPassword = "Tr0ub4dor&3";  // expect: CPP101(high)

// A global std::string: g / smtp / pwd.
std::string g_smtp_pwd = "m4ilR3lay!";  // expect: CPP101(high)

// An inline constexpr string_view: admin / passwd.
inline constexpr std::string_view kAdminPasswd = "c0rrect-h0rse";  // expect: CPP101(high)

// "pass" counts as a whole word: db / pass.
struct DbConfig {
  std::string host = "db.billing.internal";  // host: not a credential name
  std::string user = "billing_app";          // user: not a credential name
  std::string db_pass = "postgres123";  // expect: CPP101(high)
  std::string db_password;
};

// A default member initializer for an OAuth client secret.
struct OAuthClient {
  std::string client_id = "billing-web";  // client_id: not a credential name
  std::string client_secret = "9dF2kQ7xLw3mZp8R";  // expect: CPP101(high)
};

// A static data member (apiKey splits into api / Key).
class PaymentGateway {
 public:
  static constexpr const char* kApiKey = "pg-4f2d9a71c3e8b6";  // expect: CPP101(high)
  explicit PaymentGateway(std::string endpoint) : endpoint_(std::move(endpoint)) {}

 private:
  std::string endpoint_;
};

// A constructor member-initializer: password_ gets a literal.
class LedgerRepository {
 public:
  LedgerRepository()
      : user_("ledger"),  // user_: not a credential name
        password_("hunter2"),  // expect: CPP101(high)
        replica_host_("replica.internal") {}

 private:
  std::string user_;
  std::string password_;
  std::string replica_host_;
};

// A literal assigned to a field of a config struct that is filled in code.
DbConfig make_dev_config() {
  DbConfig cfg;
  cfg.host = "localhost";
  cfg.db_password = "s3cr3t-Pa55";  // expect: CPP101(high)
  return cfg;
}

// Assignment through a pointer to a field.
void reset_to_factory(DbConfig* cfg) {
  cfg->db_password = "fact0ry!";  // expect: CPP101(high)
}

// A std::string constructed from the literal (parenthesised and braced forms).
std::string signing_material() {
  std::string signing_key("kZ8pQ2wX7vN4rT1y");  // expect: CPP101(high)
  return signing_key;
}

std::string webhook_secret_for_tests() {
  const std::string webhook_secret{"wh-7Gq2Lp9Xz"};  // expect: CPP101(high)
  return webhook_secret;
}

// auto + std::string(...) : smtp / password.
std::string smtp_login_pair() {
  auto smtp_password = std::string("Sm7p-R3lay");  // expect: CPP101(high)
  return "mailer:" + smtp_password;
}

// A function-local static.
const std::string& admin_password() {
  static const std::string admin_password = "Adm1n!2024";  // expect: CPP101(high)
  return admin_password;
}

// Token phrases that are strong: refresh token, bot token, access token, auth token.
struct BotSettings {
  std::string refreshToken = "rt.Z9x8C7v6B5n4";  // expect: CPP101(high)
  std::string bot_token;
};

void configure_bot(BotSettings& s) {
  s.bot_token = "5566778899:AAFakeBotTok";  // expect: CPP101(high)
}

class ApiClient {
 public:
  void use_dev_defaults() {
    this->access_token_ = "at-Fq93LmZp0x";  // expect: CPP101(high)
    authToken = "au-8Hx2Pq4Rw6";  // expect: CPP101(high)
  }

 private:
  std::string access_token_;
  std::string authToken;
};

// Other strong phrases: creds, passphrase, master key, encryption key, private key.
const char* kBackupCreds = "svc_backup:B4ckup-2023";  // expect: CPP101(high)
const char* kKeystorePassphrase = "0pen-Ses4me";  // expect: CPP101(high)
static const char kMasterKey[] = "mK-77c1e0a9f2";  // expect: CPP101(high)
const std::string encryptionKey = "enc-Q1w2E3r4";  // expect: CPP101(high)

// The name decides, not the value's shape: a short, low-entropy password is still reported.
const char* kReportingPwd = "reports";  // expect: CPP101(high)

// Comparisons against a credential name: a hard-coded backdoor password.
bool is_maintenance_login(const std::string& password) {
  if (password == "letmein") {  // expect: CPP101(high)
    return true;
  }
  return false;
}

// strcmp with a parameter named pass.
bool legacy_check(const char* pass) {
  return std::strcmp(pass, "s3cret") == 0;  // expect: CPP101(high)
}

// Reversed operand order: the literal on the left.
bool is_default_secret(std::string_view secret) { return "chang3me" == secret; }  // expect: CPP101(high)

// One literal, one finding, however many places it reaches.
static const char kSharedPassword[] = "Sh4red!pw";  // expect: CPP101(high)
const char* primary_password() { return kSharedPassword; }
const char* replica_password() { return kSharedPassword; }

// Near misses in the same code (no finding): names without a strong phrase.
std::string passport_scan_ref = "Zk7qP2vN";   // "passport" is not the word "pass"
std::string compass_heading = "NNE";          // "compass" is not "pass"
std::string bypass_reason = "maintenance";    // "bypass" is not "pass"

}  // namespace billing

// A literal copied into a buffer named for the password (Juliet CWE-259's shape).
#define DEFAULT_ADMIN_PASSWORD "ABCD1234!"
bool check_default_admin(const char* typed) {
  char password[64];
  std::strcpy(password, DEFAULT_ADMIN_PASSWORD);  // expect: CPP101(high)
  return std::strlen(typed) == std::strlen(password);
}
