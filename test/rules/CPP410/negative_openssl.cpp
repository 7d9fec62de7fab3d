// CPP410 negatives with OpenSSL: fast digests of data that is not a password (or of a name
// with a qualifier word: hash, reset, length...), PBKDF2 at or above OWASP's minimums with a
// random salt, iteration counts the analysis cannot know, scrypt with N = 2^17.
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include <string>
#include <vector>

namespace accounts {

struct User {
  std::string name;
  std::string password_hash;
  std::string passport_number;
};

struct KdfConfig {
  int iterations;
};

// Not a password: request body, passport number (no 'pass word'), stored hash, reset token.
void body_digest(const std::string& body, unsigned char* out) {
  SHA256(reinterpret_cast<const unsigned char*>(body.data()), body.size(), out);
}

void passport_fingerprint(const User& user, unsigned char* out) {
  SHA256(reinterpret_cast<const unsigned char*>(user.passport_number.data()), user.passport_number.size(), out);
}

void rehash_stored(const User& user, unsigned char* out) {
  SHA512(reinterpret_cast<const unsigned char*>(user.password_hash.data()), user.password_hash.size(), out);
}

void reset_token_digest(EVP_MD_CTX* ctx, const std::string& password_reset_token) {
  EVP_DigestUpdate(ctx, password_reset_token.data(), password_reset_token.size());
}

// The length of the password is passed, not the password.
void policy_digest(EVP_MD_CTX* ctx, const unsigned char* min_password_length, size_t n) {
  EVP_DigestUpdate(ctx, min_password_length, n);
}

// PBKDF2 at the boundaries for each digest, with a random salt.
bool derive_sha256(const std::string& password, unsigned char* key, unsigned char salt[16]) {
  if (RAND_bytes(salt, 16) != 1) return false;
  return PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), salt, 16, 600000, EVP_sha256(), 32,
                           key) == 1;
}

bool derive_sha512(const std::string& password, const std::vector<unsigned char>& salt, unsigned char* key) {
  return PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), salt.data(),
                           static_cast<int>(salt.size()), 210000, EVP_sha512(), 64, key) == 1;
}

bool derive_sha1(const std::string& password, const unsigned char* salt, int salt_len, unsigned char* key) {
  return PKCS5_PBKDF2_HMAC_SHA1(password.data(), static_cast<int>(password.size()), salt, salt_len, 1300000, 20,
                                key) == 1;
}

// A local salt filled by RAND_bytes is not constant.
bool derive_local_random_salt(const std::string& password, unsigned char* key, unsigned char* salt_out) {
  unsigned char salt[16] = {0};
  if (RAND_bytes(salt, sizeof(salt)) != 1) return false;
  for (int i = 0; i < 16; ++i) salt_out[i] = salt[i];
  return PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), salt, sizeof(salt), 650000,
                           EVP_sha256(), 32, key) == 1;
}

// An iteration count from configuration is not known.
bool derive_configured(const std::string& password, const unsigned char* salt, int salt_len, const KdfConfig& cfg,
                       unsigned char* key) {
  return PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), salt, salt_len, cfg.iterations,
                           EVP_sha256(), 32, key) == 1;
}

// scrypt at N = 2^17 with a salt parameter.
bool scrypt_key(const std::string& password, const unsigned char* salt, size_t salt_len, unsigned char* key) {
  return EVP_PBE_scrypt(password.data(), password.size(), salt, salt_len, 131072, 8, 1, 256ull * 1024 * 1024, key,
                        32) == 1;
}

}  // namespace accounts
