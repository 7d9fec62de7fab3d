// CPP410 negatives with libsodium and libxcrypt: Argon2id at the INTERACTIVE/MODERATE
// presets or OWASP's minimum, random salts, fast hashes of data that is not a password,
// bcrypt at cost 10 or more (0 picks the library default), verification against a stored hash.
#include <crypt.h>
#include <sodium.h>

#include <string>

namespace login {

struct Session {
  std::string user_id;
  std::string csrf;
};

// INTERACTIVE is 2 passes and 64 MiB: at the minimum.
bool store_hash(const std::string& password, char out[crypto_pwhash_STRBYTES]) {
  return crypto_pwhash_str(out, password.c_str(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                           crypto_pwhash_MEMLIMIT_INTERACTIVE) == 0;
}

bool store_hash_moderate(const std::string& password, char out[crypto_pwhash_argon2id_STRBYTES]) {
  return crypto_pwhash_argon2id_str(out, password.c_str(), password.size(), crypto_pwhash_argon2id_OPSLIMIT_MODERATE,
                                    crypto_pwhash_argon2id_MEMLIMIT_MODERATE) == 0;
}

// Exactly OWASP's minimum: 2 passes, 19 MiB, random salt.
bool derive_key(unsigned char* key, const std::string& password, unsigned char salt[crypto_pwhash_SALTBYTES]) {
  randombytes_buf(salt, crypto_pwhash_SALTBYTES);
  return crypto_pwhash(key, 32, password.c_str(), password.size(), salt, 2, 19922944,
                       crypto_pwhash_ALG_ARGON2ID13) == 0;
}

// A local salt array filled at run time.
bool derive_key_local_salt(unsigned char* key, const std::string& password) {
  unsigned char salt[crypto_pwhash_SALTBYTES];
  randombytes_buf(salt, sizeof(salt));
  return crypto_pwhash(key, 32, password.c_str(), password.size(), salt, crypto_pwhash_OPSLIMIT_SENSITIVE,
                       crypto_pwhash_MEMLIMIT_SENSITIVE, crypto_pwhash_ALG_ARGON2ID13) == 0;
}

// Checking a password is not hashing one.
bool check_password(const std::string& stored, const std::string& password) {
  return crypto_pwhash_str_verify(stored.c_str(), password.c_str(), password.size()) == 0;
}

// Fast hashes of data that is not a password.
void session_digest(unsigned char out[crypto_generichash_BYTES], const Session& session) {
  crypto_generichash(out, crypto_generichash_BYTES, reinterpret_cast<const unsigned char*>(session.user_id.data()),
                     session.user_id.size(), nullptr, 0);
}

void csrf_digest(unsigned char out[crypto_hash_sha256_BYTES], const Session& session) {
  crypto_hash_sha256(out, reinterpret_cast<const unsigned char*>(session.csrf.data()), session.csrf.size());
}

// bcrypt at cost 12, at the boundary 10, and with 0 (the library's default cost).
std::string bcrypt_hash(const std::string& password) {
  const char* setting = crypt_gensalt("$2b$", 12, nullptr, 0);
  const char* hashed = crypt(password.c_str(), setting);
  return hashed ? hashed : "";
}

std::string bcrypt_boundary(const std::string& password) {
  char setting[CRYPT_GENSALT_OUTPUT_SIZE];
  crypt_gensalt_rn("$2b$", 10, nullptr, 0, setting, sizeof(setting));
  const char* hashed = crypt(password.c_str(), setting);
  return hashed ? hashed : "";
}

std::string default_cost(const std::string& password) {
  const char* setting = crypt_gensalt("$2b$", 0, nullptr, 0);
  const char* hashed = crypt(password.c_str(), setting);
  return hashed ? hashed : "";
}

// yescrypt at low cost is not bcrypt: not judged by the bcrypt entry.
std::string yescrypt_hash(const std::string& password) {
  const char* setting = crypt_gensalt("$y$", 5, nullptr, 0);
  const char* hashed = crypt(password.c_str(), setting);
  return hashed ? hashed : "";
}

// Verifying against the stored hash, and literal settings for bcrypt cost 12 and SHA-512-crypt.
bool verify_crypt(const std::string& password, const std::string& stored) {
  const char* hashed = crypt(password.c_str(), stored.c_str());
  return hashed != nullptr && stored == hashed;
}

std::string bcrypt_literal(const std::string& password) {
  const char* hashed = crypt(password.c_str(), "$2b$12$abcdefghijklmnopqrstuu");
  return hashed ? hashed : "";
}

std::string sha512_crypt(const std::string& password) {
  const char* hashed = crypt(password.c_str(), "$6$rounds=656000$saltsaltsaltsalt$");
  return hashed ? hashed : "";
}

}  // namespace login
