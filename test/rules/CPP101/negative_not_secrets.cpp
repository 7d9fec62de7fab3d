// CPP101 negatives: code that talks about credentials without hard-coding one. Values read
// at run time, empty strings, prompts and messages, format strings, placeholders, names of
// environment variables / config keys / headers, paths and URLs, names whose qualifier says
// they are not the secret (kMinPasswordLength, password_field, token_type, key_id), integer
// constants, and weak words (key, token, auth) holding ordinary text. None is reported.
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <stdexcept>
#include <string>

namespace config {

struct DbSettings {
  std::string host;
  std::string user;
  std::string password = "";  // empty: no password configured yet
  std::string api_key;
  std::string access_token;
};

// ---- Values read at run time ----------------------------------------------------------------

// getenv: the literal is the variable's name, the value comes from the environment.
std::string db_password_from_env() {
  const char* password = std::getenv("DB_PASSWORD");
  return password != nullptr ? password : "";
}

// A secret-store read: the literal is the secret's path in the store.
std::string read_secret(const std::string& path);

void load_from_vault(DbSettings& cfg) {
  cfg.password = read_secret("secret/data/billing/db");
  cfg.api_key = read_secret("secret/data/billing/stripe");
}

// A parsed config file: "api_key" and "db.password" are keys, not values.
void load_from_file(DbSettings& cfg, const std::map<std::string, std::string>& settings) {
  cfg.api_key = settings.at("api_key");
  cfg.password = settings.at("db.password");
}

// Command-line arguments.
void load_from_args(DbSettings& cfg, int argc, char** argv) {
  if (argc > 2) cfg.password = argv[2];
}

// nullptr is not a string literal.
const char* default_password() {
  const char* password = nullptr;
  return password;
}

// ---- Text that is not a secret: messages, prompts, formats, placeholders -------------------

// Whitespace: messages and prompts.
void validate(const DbSettings& cfg) {
  if (cfg.password.size() < 12) throw std::invalid_argument("invalid password");
}
const char* kPasswordRule = "at least 12 characters";

// A string ending in ':' (a label printed before the value).
const char* kAskPassword = "Password:";

// Format strings (printf-style and {}-style).
const char* kPasswordTemplate = "password=%s";
const char* kApiKeyTemplate = "api_key={}";

void write_dsn(char* out, std::size_t n, const DbSettings& cfg) {
  std::snprintf(out, n, "host=%s user=%s password=%s", cfg.host.c_str(), cfg.user.c_str(), cfg.password.c_str());
}

// Placeholders in a config template and redaction before logging.
DbSettings config_template() {
  DbSettings cfg;
  cfg.password = "${DB_PASSWORD}";  // substituted from the environment at deploy time
  return cfg;
}

DbSettings documented_example() {
  DbSettings cfg;
  cfg.password = "<password>";  // shown in --help output
  return cfg;
}

DbSettings redacted(DbSettings cfg) {
  cfg.password = "*****";
  cfg.api_key = "REDACTED";
  cfg.access_token = "xxxx";
  return cfg;
}

// ---- Names of variables, keys and headers ------------------------------------------------------

// ALL_CAPS_WITH_UNDERSCORES: the name of an environment variable.
const char* kDbPasswordVariable = "DB_PASSWORD";

// Dotted or identifier-like keys that contain a credential word.
const char* kPasswordKey = "db.password";
const char* kPasswordJsonKey = "password";

// HTTP header names.
struct HeaderNames {
  static constexpr const char* kApiKey = "X-Api-Key";
  static constexpr const char* kAuthToken = "Authorization";
};

// ---- Qualifier words: the name is about the secret, not the secret ----------------------------

const int kMinPasswordLength = 12;                         // min, length (and an integer)
constexpr std::size_t kMaxPasswordAttempts = 5;            // max (and an integer)
const char* password_field = "password";                   // field
const char* kPasswordEnvVar = "DB_PASSWORD";               // env, var
const char* token_type = "Bearer";                         // type
const char* api_key_header = "X-Api-Key";                  // header
const std::string secret_name = "prod/db";                 // name
const std::string key_id = "k1";                           // id
const char* kSigningKeyId = "2f9c4b1e7a3d8c6f";            // id: random-looking, but it names the key
const char* password_regex = "^(?=.*[A-Z])(?=.*\\d).{12,}$";  // regex
const char* kPasswordPolicy = "min12-upper-digit-symbol";  // policy
const char* password_algorithm = "argon2id";               // algorithm
const char* auth_mode = "basic";                           // mode
const char* kApiKeyParam = "api_key";                      // param
const char* password_column = "pw_hash";                   // column
const char* kPasswordPrompt = "Enter password: ";          // prompt
const char* kSecretPrefix = "sk_";                         // prefix
const char* kTokenEndpoint = "https://auth.example.com/oauth2/token";  // endpoint
const char* client_secret_file = "client_secret.json";     // file
const std::string secret_dir = "/run/secrets";             // dir

// ---- Paths and URLs under strong names --------------------------------------------------------

const std::string tls_private_key = "certs/server.key";        // a file path
const std::string secret_key = "/etc/app/secret.key";          // a file path
const std::string secret_store = "https://vault.internal:8200";  // a URL without user:password@

// A URL template whose password is filled in at run time.
std::string metrics_dsn(const char* user, const char* password, const char* host) {
  char dsn[256];
  std::snprintf(dsn, sizeof dsn, "mysql://%s:%s@%s/telemetry", user, password, host);
  return dsn;
}

// ---- Weak words holding ordinary text -----------------------------------------------------------

std::string describe_request() {
  std::string key = "user:42";  // a cache key
  std::string token = "Bearer";  // an auth scheme
  std::string auth = "basic";
  return key + " " + token + " " + auth;
}

// A URL is not random text even when it is long: weak word "auth", URL literal.
const std::string auth_server = "https://auth.example.com/oauth2/token";

// A path under a strong name (signing key): a path is not the key.
const std::string signing_key_store = "/etc/app/keys/signing.pem";

}  // namespace config
