// CPP101 negatives at the same APIs as positive_api_sinks.cpp: literals that go to parameters
// that are not credentials (CURLOPT_USERNAME, CURLOPT_URL, host, user, a message, an IV),
// conninfo strings without a password, and passwords or keys that are produced at run time
// (environment, secret store, file, RAND_bytes, libsodium keygen). None is reported.
#include <curl/curl.h>
#include <libpq-fe.h>
#include <mysql.h>
#include <openssl/aes.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <sodium.h>

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <vector>

// jwt-cpp is not installed on this machine: a minimal stand-in (see positive_api_sinks.cpp).
namespace jwt {
namespace algorithm {
struct hs256 { explicit hs256(std::string secret); };
}  // namespace algorithm
}  // namespace jwt

namespace runtime {

std::string read_secret(const std::string& path);

std::string env_or_throw(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr) throw std::runtime_error(std::string("missing ") + name);
  return value;
}

// ---- curl ---------------------------------------------------------------------------------------

// The user name, the URL and the user agent are not credentials; the password comes from the environment.
void configure_sftp(CURL* h) {
  static const std::string password = env_or_throw("SFTP_PASSWORD");
  curl_easy_setopt(h, CURLOPT_URL, "sftp://files.partner.example/outbox/");
  curl_easy_setopt(h, CURLOPT_USERNAME, "partner_sync");
  curl_easy_setopt(h, CURLOPT_USERAGENT, "billing-sync/2.1");
  curl_easy_setopt(h, CURLOPT_PASSWORD, password.c_str());
}

// user:password assembled from a secret store at run time.
void configure_backup_upload(CURL* h, std::string& userpwd) {
  userpwd = "backup:" + read_secret("secret/data/backup/upload");
  curl_easy_setopt(h, CURLOPT_USERPWD, userpwd.c_str());
}

// A bearer token obtained from the token endpoint, not written in the code.
void configure_mail_fetch(CURL* h, const std::string& access_token) {
  curl_easy_setopt(h, CURLOPT_URL, "imaps://mail.internal/INBOX");
  curl_easy_setopt(h, CURLOPT_XOAUTH2_BEARER, access_token.c_str());
}

// ---- libpq and MariaDB ---------------------------------------------------------------------------

// No password= in the conninfo: libpq reads ~/.pgpass or uses the peer/cert method.
PGconn* open_shop() {
  return PQconnectdb("host=db.internal port=5432 user=shop_app dbname=shop sslmode=verify-full");
}

// The literal ends with "password=": the value is appended at run time.
PGconn* open_shop_with(const std::string& password) {
  const std::string conninfo = "host=db.internal user=shop_app dbname=shop password=" + password;
  return PQconnectdb(conninfo.c_str());
}

// A format whose password= is a placeholder filled from the settings.
struct DbSettings {
  std::string host, dbname, user, db_password;
};
std::string conninfo_for(const DbSettings& s) {
  char buffer[512];
  std::snprintf(buffer, sizeof buffer, "host=%s dbname=%s user=%s password=%s connect_timeout=5", s.host.c_str(),
                s.dbname.c_str(), s.user.c_str(), s.db_password.c_str());
  const std::string templated = "host={host} dbname={db} user={user} password={password}";
  return templated.empty() ? std::string() : std::string(buffer);
}

// A null password (libpq falls back to PGPASSWORD / .pgpass), and one read from the environment.
PGconn* open_inventory() {
  return PQsetdbLogin("inventory-db", "5432", nullptr, nullptr, "inventory", "inv_app", nullptr);
}

PGconn* open_inventory_env() {
  const std::string pwd = env_or_throw("INVENTORY_DB_PASSWORD");
  return PQsetdbLogin("inventory-db", "5432", nullptr, nullptr, "inventory", "inv_app", pwd.c_str());
}

// MariaDB: a password from the environment, a null password over the unix socket, an empty one.
MYSQL* open_orders_db(MYSQL* conn) {
  return mysql_real_connect(conn, "orders-db.internal", "orders_app", std::getenv("ORDERS_DB_PASSWORD"), "orders", 3306,
                            nullptr, 0);
}

MYSQL* open_local_socket(MYSQL* conn) {
  return mysql_real_connect(conn, nullptr, "orders_app", nullptr, "orders", 0, "/run/mysqld/mysqld.sock", 0);
}

MYSQL* open_ci_database(MYSQL* conn) {
  return mysql_real_connect(conn, "127.0.0.1", "root", "", "orders_test", 3306, nullptr, 0);
}

// ---- Project functions ---------------------------------------------------------------------------

bool connect_cache(const std::string& host, const std::string& password);
void cache_put(const std::string& key, const std::string& value);
bool load_credentials(const std::string& password_file);

void warm_cache(const std::string& payload) {
  connect_cache("cache.internal", read_secret("secret/data/cache"));  // host literal, password from the store
  cache_put("user:42", payload);  // parameter "key" is a weak word: rule 2 needs a strong one
  load_credentials("/etc/billing/db.creds");  // parameter password_file has the qualifier "file"
}

// ---- Crypto keys produced at run time -------------------------------------------------------------

// A key from RAND_bytes; the message is a literal, but it is the data, not the key.
unsigned int sign_health_check(unsigned char* out) {
  unsigned char key[32];
  if (RAND_bytes(key, sizeof key) != 1) throw std::runtime_error("RAND_bytes");
  unsigned int out_len = 0;
  HMAC(EVP_sha256(), key, sizeof key, reinterpret_cast<const unsigned char*>("health-check-payload"), 20, out,
       &out_len);
  return out_len;
}

// A key read from a file.
std::vector<unsigned char> read_key_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::vector<unsigned char>(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

unsigned int sign_with_file_key(const unsigned char* body, std::size_t len, unsigned char* out) {
  const std::vector<unsigned char> key = read_key_file("/etc/billing/webhook.key");
  unsigned int out_len = 0;
  HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), body, len, out, &out_len);
  return out_len;
}

// A constant IV goes to the iv parameter, not the key parameter (a different weakness).
static const unsigned char kFixedIv[16] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};

int seal_cookie(EVP_CIPHER_CTX* ctx, const unsigned char* key) {
  return EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), nullptr, key, kFixedIv);
}

// Cipher chosen first, key given later (nullptr is not a key).
int choose_cipher(EVP_CIPHER_CTX* ctx) {
  return EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr);
}

// A constant byte table that is never a key (CRC-8 lookup).
static const unsigned char kCrcTable[8] = {0x00, 0x07, 0x0e, 0x09, 0x1c, 0x1b, 0x12, 0x15};

unsigned char crc_step(unsigned char crc, unsigned char b) { return kCrcTable[(crc ^ b) & 0x07]; }

// AES and raw private keys from buffers filled at run time.
void export_cipher(AES_KEY* out) {
  unsigned char material[16];
  if (RAND_bytes(material, sizeof material) != 1) throw std::runtime_error("RAND_bytes");
  AES_set_encrypt_key(material, 128, out);
}

EVP_PKEY* device_identity(const std::vector<unsigned char>& seed) {
  return EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, seed.data(), seed.size());
}

// libsodium keys from the keygen functions.
int seal_note(unsigned char* c, const unsigned char* m, unsigned long long mlen, const unsigned char* n) {
  unsigned char key[crypto_secretbox_KEYBYTES];
  crypto_secretbox_keygen(key);
  return crypto_secretbox_easy(c, m, mlen, n, key);
}

int tag_event(unsigned char* out, const unsigned char* in, unsigned long long inlen) {
  unsigned char key[crypto_auth_KEYBYTES];
  crypto_auth_keygen(key);
  return crypto_auth(out, in, inlen, key);
}

// A JWT secret from the environment.
jwt::algorithm::hs256 session_algorithm() {
  return jwt::algorithm::hs256(env_or_throw("JWT_SECRET"));
}

}  // namespace runtime

// An object made from a file's path, passed as a parameter named creds: not the credential's text.
namespace relay {
class CredentialStore {
 public:
  explicit CredentialStore(const std::string& path);
};
class SmtpSession {
 public:
  SmtpSession(int fd, const CredentialStore& creds);
};
void serve(int fd) {
  const char* configured = std::getenv("RELAY_CREDENTIALS");
  CredentialStore creds(configured ? configured : "/etc/mail-relay/passwd");
  SmtpSession session(fd, creds);
}
}  // namespace relay
