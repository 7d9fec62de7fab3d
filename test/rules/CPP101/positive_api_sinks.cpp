// CPP101 positives at API sinks: a literal given to a parameter declared as a password
// (MariaDB, libpq, project functions and constructors), connection strings and curl options
// that carry a password, and constant keys given to crypto APIs (CWE-321). Reported (high) on
// the literal's line; for a constant byte array, on the line of the array's name.
#include <curl/curl.h>
#include <libpq-fe.h>
#include <mysql.h>
#include <openssl/aes.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <sodium.h>

#include <cstddef>
#include <string>

// jwt-cpp is not installed on this machine: a minimal stand-in with the same constructor
// shape as jwt::algorithm::hs256/hs384/hs512 (one std::string, the shared secret).
namespace jwt {
namespace algorithm {
struct hs256 { explicit hs256(std::string secret); };
struct hs384 { explicit hs384(std::string secret); };
struct hs512 { explicit hs512(std::string secret); };
}  // namespace algorithm
}  // namespace jwt

namespace sinks {

// ---- Parameters declared as passwords -------------------------------------------------

// mysql_real_connect's fourth parameter is declared `passwd`; host, user and db are not credentials.
MYSQL* open_orders_db(MYSQL* conn) {
  return mysql_real_connect(conn, "orders-db.internal", "orders_app", "pa55w0rd", "orders", 3306, nullptr, 0);  // expect: CPP101(high)
}

// The same call laid out one argument per line: the finding is on the password's line.
MYSQL* open_reports_db(MYSQL* conn) {
  return mysql_real_connect(conn,
                            "reports-db.internal",
                            "reporter",
                            "R3port!ng",  // expect: CPP101(high)
                            "reports",
                            3306, nullptr, 0);
}

// mysql_change_user(mysql, user, passwd, db).
bool switch_to_auditor(MYSQL* conn) {
  return mysql_change_user(conn, "auditor", "Aud1t-2024", "audit") == 0;  // expect: CPP101(high)
}

// PQsetdbLogin's last parameter is declared `pwd`; `login` is the user name.
PGconn* open_inventory() {
  return PQsetdbLogin("inventory-db", "5432", nullptr, nullptr, "inventory", "inv_app", "pgPa55-inv");  // expect: CPP101(high)
}

// A project function whose declared parameter is `password`.
bool connect_cache(const std::string& host, const std::string& password);

void warm_cache() {
  connect_cache("cache.internal", "R3dis-Pw");  // expect: CPP101(high)
}

// A project function whose declared parameter is `api_key`; the URL goes to `url`.
void register_webhook(const std::string& url, const std::string& api_key);

void subscribe_to_partner() {
  register_webhook("https://hooks.partner.example/v1/orders",
                   "ak-93Fq2Lz7Wm");  // expect: CPP101(high)
}

// A constructor whose declared parameter is `password`.
class SmtpClient {
 public:
  SmtpClient(std::string host, std::string user, std::string password);
  void send(const std::string& to, const std::string& body);
};

void send_receipt(const std::string& to) {
  SmtpClient client("smtp.internal", "mailer", "Sm7p!relay");  // expect: CPP101(high)
  client.send(to, "thanks");
}

// ---- Connection strings and curl options -------------------------------------------------

// A libpq conninfo with a non-empty password= value.
PGconn* open_shop() {
  return PQconnectdb("host=db.internal port=5432 user=shop_app password=s3cr3t dbname=shop");  // expect: CPP101(high)
}

PGconn* open_shop_async() {
  return PQconnectStart("host=db.internal user=shop_app password=Async-Pw9 connect_timeout=5");  // expect: CPP101(high)
}

// curl options that take a password (or user:password).
void configure_sftp(CURL* h) {
  curl_easy_setopt(h, CURLOPT_URL, "sftp://files.partner.example/outbox/");  // not a credential option
  curl_easy_setopt(h, CURLOPT_USERNAME, "partner_sync");                   // not a credential option
  curl_easy_setopt(h, CURLOPT_PASSWORD, "Sftp-Sync-77");  // expect: CPP101(high)
  curl_easy_setopt(h, CURLOPT_KEYPASSWD, "K3yF1le-Unl0ck");  // expect: CPP101(high)
}

void configure_backup_upload(CURL* h) {
  curl_easy_setopt(h, CURLOPT_USERPWD, "backup:B4ckup!pw");  // expect: CPP101(high)
  curl_easy_setopt(h, CURLOPT_PROXYUSERPWD, "egress:Pr0xyEgr3ss");  // expect: CPP101(high)
  curl_easy_setopt(h, CURLOPT_PROXYPASSWORD, "Pr0xy-2024");  // expect: CPP101(high)
}

void configure_mail_fetch(CURL* h) {
  curl_easy_setopt(h, CURLOPT_URL, "imaps://mail.internal/INBOX");
  curl_easy_setopt(h, CURLOPT_XOAUTH2_BEARER, "ya29.FakeBearerValue0123");  // expect: CPP101(high)
}

// ---- Constant keys given to crypto APIs (CWE-321) ----------------------------------------

// A file-scope constant string used as an HMAC key, in two places: one finding, at the literal.
static const unsigned char kKey[] = "0123456789abcdef0123456789abcdef";  // expect: CPP101(high)

unsigned int sign_callback(const unsigned char* body, std::size_t len, unsigned char* out) {
  unsigned int out_len = 0;
  HMAC(EVP_sha256(), kKey, sizeof kKey - 1, body, len, out, &out_len);
  return out_len;
}

unsigned int sign_retry(const unsigned char* body, std::size_t len, unsigned char* out) {
  unsigned int out_len = 0;
  HMAC(EVP_sha256(), kKey, sizeof kKey - 1, body, len, out, &out_len);
  return out_len;
}

// A literal directly as the HMAC key.
unsigned int sign_partner(const unsigned char* body, std::size_t len, unsigned char* out) {
  unsigned int out_len = 0;
  HMAC(EVP_sha1(), "partner-shared-m4terial", 23, body, len, out, &out_len);  // expect: CPP101(high)
  return out_len;
}

// HMAC_Init_ex (deprecated in OpenSSL 3, still common).
void start_legacy_mac(HMAC_CTX* ctx) {
  HMAC_Init_ex(ctx, "legacy-m4c-material", 19, EVP_sha256(), nullptr);  // expect: CPP101(high)
}

// A constant byte array with a neutral name: reported on the line of its name.
static const unsigned char kCookieMaterial[32] = {  // expect: CPP101(high)
    0x1f, 0x2e, 0x3d, 0x4c, 0x5b, 0x6a, 0x79, 0x88, 0x97, 0xa6, 0xb5, 0xc4, 0xd3, 0xe2, 0xf1, 0x00,
    0x10, 0x21, 0x32, 0x43, 0x54, 0x65, 0x76, 0x87, 0x98, 0xa9, 0xba, 0xcb, 0xdc, 0xed, 0xfe, 0x0f};

int seal_cookie(EVP_CIPHER_CTX* ctx, const unsigned char* iv) {
  return EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, kCookieMaterial, iv);
}

// A literal cast to bytes, directly as the key.
int open_export(EVP_CIPHER_CTX* ctx, const unsigned char* iv) {
  return EVP_DecryptInit_ex(ctx, EVP_aes_128_cbc(), nullptr,
                            reinterpret_cast<const unsigned char*>("0123456789ABCDEF"),  // expect: CPP101(high)
                            iv);
}

// A file-scope string constant through EVP_CipherInit_ex.
static const unsigned char kArchiveMaterial[] = "Arch1ve-Material-For-32-bytes!!";  // expect: CPP101(high)

int init_archive_cipher(EVP_CIPHER_CTX* ctx, const unsigned char* iv, int encrypt) {
  return EVP_CipherInit_ex(ctx, EVP_aes_256_cbc(), nullptr, kArchiveMaterial, iv, encrypt);
}

// A function-local constant byte array (the FIPS-197 example AES key) for AES_set_encrypt_key.
void legacy_export_cipher(AES_KEY* out) {
  const unsigned char material[16] = {0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6,  // expect: CPP101(high)
                                      0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf, 0x4f, 0x3c};
  AES_set_encrypt_key(material, 128, out);
}

void legacy_import_cipher(AES_KEY* out) {
  AES_set_decrypt_key(reinterpret_cast<const unsigned char*>("Imp0rt-Material!"), 128, out);  // expect: CPP101(high)
}

// EVP_PKEY_new_raw_private_key with a constant Ed25519 seed.
static const unsigned char kDeviceSeed[32] = {  // expect: CPP101(high)
    0x9d, 0x61, 0xb1, 0x9d, 0xef, 0xfd, 0x5a, 0x60, 0xba, 0x84, 0x4a, 0xf4, 0x92, 0xec, 0x2c, 0xc4,
    0x44, 0x49, 0xc5, 0x69, 0x7b, 0x32, 0x69, 0x19, 0x70, 0x3b, 0xac, 0x03, 0x1c, 0xae, 0x7f, 0x60};

EVP_PKEY* device_identity() {
  return EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, kDeviceSeed, sizeof kDeviceSeed);
}

// EVP_PKEY_new_mac_key with a literal.
EVP_PKEY* report_mac_pkey() {
  return EVP_PKEY_new_mac_key(EVP_PKEY_HMAC, nullptr, reinterpret_cast<const unsigned char*>("rep0rt-m4c-material"), 19);  // expect: CPP101(high)
}

// EVP_MAC_init with a file-scope constant.
static const unsigned char kAuditMaterial[] = "aud1t-Tr4il-material";  // expect: CPP101(high)

int start_audit_mac(EVP_MAC_CTX* ctx) {
  return EVP_MAC_init(ctx, kAuditMaterial, sizeof kAuditMaterial - 1, nullptr);
}

// libsodium: a constant secretbox key, and literals given as keys.
static const unsigned char kBoxMaterial[crypto_secretbox_KEYBYTES] = {  // expect: CPP101(high)
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
    17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32};

int seal_note(unsigned char* c, const unsigned char* m, unsigned long long mlen, const unsigned char* n) {
  return crypto_secretbox_easy(c, m, mlen, n, kBoxMaterial);
}

int open_note(unsigned char* m, const unsigned char* c, unsigned long long clen, const unsigned char* n) {
  return crypto_secretbox_open_easy(m, c, clen, n,
                                    reinterpret_cast<const unsigned char*>("0123456789abcdef0123456789abcdef"));  // expect: CPP101(high)
}

int tag_event(unsigned char* out, const unsigned char* in, unsigned long long inlen) {
  return crypto_auth(out, in, inlen, reinterpret_cast<const unsigned char*>("ev3nt-t4g-material-32-bytes-long"));  // expect: CPP101(high)
}

int check_event(const unsigned char* h, const unsigned char* in, unsigned long long inlen) {
  return crypto_auth_verify(h, in, inlen, reinterpret_cast<const unsigned char*>("ev3nt-v3rify-material-32-bytes!!"));  // expect: CPP101(high)
}

// jwt-cpp HMAC algorithms constructed from literals.
void build_verifiers() {
  const jwt::algorithm::hs256 session_alg("Jw7-Hs256-M4terial");  // expect: CPP101(high)
  const jwt::algorithm::hs384 partner_alg("Jw7-Hs384-M4terial");  // expect: CPP101(high)
  const auto admin_alg = jwt::algorithm::hs512("Jw7-Hs512-M4terial");  // expect: CPP101(high)
  (void)session_alg;
  (void)partner_alg;
  (void)admin_alg;
}

}  // namespace sinks
