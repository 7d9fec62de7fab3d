// CPP410 positives with libsodium and libxcrypt: Argon2id below OWASP's minimum (2 passes,
// 19 MiB), a constant salt, passwords through fast sodium hashes, bcrypt cost below 10, and
// crypt() with DES or MD5-crypt settings.
#include <crypt.h>
#include <sodium.h>

#include <string>

namespace login {

struct Credentials {
  std::string username;
  std::string passwd;
  std::string pin_code;
};

// The library's minimums are far below OWASP's: 1 pass.
bool store_hash_min_ops(const std::string& password, char out[crypto_pwhash_STRBYTES]) {
  return crypto_pwhash_str(out, password.c_str(), password.size(), crypto_pwhash_OPSLIMIT_MIN,  // expect: CPP410
                           crypto_pwhash_MEMLIMIT_MODERATE) == 0;
}

// 8 KiB of memory.
bool store_hash_min_mem(const std::string& password, char out[crypto_pwhash_STRBYTES]) {
  return crypto_pwhash_str(out, password.c_str(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,  // expect: CPP410
                           crypto_pwhash_MEMLIMIT_MIN) == 0;
}

// 16 MiB, just under 19 MiB, through a constexpr.
constexpr size_t kMemLimit = 16u * 1024 * 1024;
bool store_hash_argon2id(const std::string& password, char out[crypto_pwhash_argon2id_STRBYTES]) {
  return crypto_pwhash_argon2id_str(out, password.c_str(), password.size(), 3, kMemLimit) == 0;  // expect: CPP410
}

bool store_hash_argon2id_one_pass(const std::string& password, char out[crypto_pwhash_argon2id_STRBYTES]) {
  return crypto_pwhash_argon2id_str(out, password.c_str(), password.size(), 1, 64u * 1024 * 1024) == 0;  // expect: CPP410
}

// Key derivation with one pass.
bool derive_key(unsigned char* key, const std::string& password, const unsigned char* salt) {
  return crypto_pwhash(key, 32, password.c_str(), password.size(), salt, 1,  // expect: CPP410
                       crypto_pwhash_MEMLIMIT_MODERATE, crypto_pwhash_ALG_ARGON2ID13) == 0;
}

// Memory one byte under the boundary.
bool derive_key_low_mem(unsigned char* key, const std::string& password, const unsigned char* salt) {
  return crypto_pwhash(key, 32, password.c_str(), password.size(), salt, 2, 19922943,  // expect: CPP410
                       crypto_pwhash_ALG_ARGON2ID13) == 0;
}

// Enough work, but the salt is a string literal.
bool derive_key_fixed_salt(unsigned char* key, const std::string& password) {
  return crypto_pwhash(key, 32, password.c_str(), password.size(),  // expect: CPP410
                       reinterpret_cast<const unsigned char*>("0123456789abcdef"), crypto_pwhash_OPSLIMIT_MODERATE,
                       crypto_pwhash_MEMLIMIT_MODERATE, crypto_pwhash_ALG_ARGON2ID13) == 0;
}

// Fast sodium hashes of a password.
void sha256_password(unsigned char out[crypto_hash_sha256_BYTES], const Credentials& creds) {
  crypto_hash_sha256(out, reinterpret_cast<const unsigned char*>(creds.passwd.data()), creds.passwd.size());  // expect: CPP410
}

void blake2b_password(unsigned char out[crypto_generichash_BYTES], const std::string& userPassword) {
  crypto_generichash(out, crypto_generichash_BYTES,  // expect: CPP410
                     reinterpret_cast<const unsigned char*>(userPassword.data()), userPassword.size(), nullptr, 0);
}

void sha512_pin(unsigned char out[crypto_hash_BYTES], const Credentials& creds) {
  crypto_hash(out, reinterpret_cast<const unsigned char*>(creds.pin_code.data()), creds.pin_code.size());  // expect: CPP410
}

// bcrypt cost 8 through crypt_gensalt and crypt_gensalt_rn.
std::string bcrypt_hash(const std::string& password) {
  const char* setting = crypt_gensalt("$2b$", 8, nullptr, 0);  // expect: CPP410
  const char* hashed = crypt(password.c_str(), setting);
  return hashed ? hashed : "";
}

std::string bcrypt_hash_rn(const std::string& password) {
  char setting[CRYPT_GENSALT_OUTPUT_SIZE];
  crypt_gensalt_rn("$2y$", 5, nullptr, 0, setting, sizeof(setting));  // expect: CPP410
  const char* hashed = crypt(password.c_str(), setting);
  return hashed ? hashed : "";
}

// crypt() with a literal bcrypt setting of cost 05.
std::string bcrypt_literal(const std::string& password) {
  const char* hashed = crypt(password.c_str(), "$2b$05$abcdefghijklmnopqrstuu");  // expect: CPP410
  return hashed ? hashed : "";
}

// Traditional DES (a two-character salt) and MD5-crypt.
std::string des_crypt(const std::string& password) {
  return crypt(password.c_str(), "ab");  // expect: CPP410
}

std::string md5_crypt(const std::string& password) {
  return crypt(password.c_str(), "$1$saltsalt$");  // expect: CPP410
}

}  // namespace login
