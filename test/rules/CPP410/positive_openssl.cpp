// CPP410 positives with OpenSSL: passwords through fast digests (the data argument is named
// with a password word), PBKDF2 below OWASP's iteration minimum for its digest, constant salts,
// and scrypt with N below 2^17. One finding per call.
#include <openssl/evp.h>
#include <openssl/md5.h>
#include <openssl/sha.h>

#include <string>
#include <vector>

namespace accounts {

struct User {
  std::string name;
  std::string password;
  std::string getPassword() const { return password; }
};

constexpr int kPbkdf2Iterations = 100000;
static const unsigned char kAppSalt[] = "accounts-service-v1";

// SHA-256 of the password parameter.
std::vector<unsigned char> hash_password(const std::string& password) {
  std::vector<unsigned char> out(SHA256_DIGEST_LENGTH);
  SHA256(reinterpret_cast<const unsigned char*>(password.data()), password.size(), out.data());  // expect: CPP410
  return out;
}

// A field: user.password.
std::vector<unsigned char> legacy_md5(const User& user) {
  std::vector<unsigned char> out(MD5_DIGEST_LENGTH);
  MD5(reinterpret_cast<const unsigned char*>(user.password.c_str()), user.password.size(), out.data());  // expect: CPP410
  return out;
}

// A getter: getPassword().
void sha512_of_user(const User& user, unsigned char* out) {
  SHA512(reinterpret_cast<const unsigned char*>(user.getPassword().c_str()), user.getPassword().size(), out);  // expect: CPP410
}

// EVP: salt then password; only the password update is a finding.
std::vector<unsigned char> salted_sha256(const std::string& salt, const char* pwd, size_t pwd_len) {
  std::vector<unsigned char> out(EVP_MAX_MD_SIZE);
  unsigned int len = 0;
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr);
  EVP_DigestUpdate(ctx, salt.data(), salt.size());
  EVP_DigestUpdate(ctx, pwd, pwd_len);  // expect: CPP410
  EVP_DigestFinal_ex(ctx, out.data(), &len);
  EVP_MD_CTX_free(ctx);
  out.resize(len);
  return out;
}

// One-shot EVP_Digest of a passphrase.
void derive_from_passphrase(const std::string& passphrase, unsigned char* out, unsigned int* out_len) {
  EVP_Digest(passphrase.data(), passphrase.size(), out, out_len, EVP_sha384(), nullptr);  // expect: CPP410
}

// Legacy SHA1_Update with a camelCase name.
void sha1_stream(SHA_CTX* c, const std::string& newPassword) {
  SHA1_Update(c, newPassword.data(), newPassword.size());  // expect: CPP410
}

// PBKDF2-HMAC-SHA256 under 600,000 iterations (a constexpr count).
bool derive_key_sha256(const std::string& password, const unsigned char* salt, int salt_len, unsigned char* key) {
  return PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), salt, salt_len,  // expect: CPP410
                           kPbkdf2Iterations, EVP_sha256(), 32, key) == 1;
}

// One below the boundary.
bool derive_key_boundary(const std::string& password, const unsigned char* salt, int salt_len, unsigned char* key) {
  return PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), salt, salt_len,  // expect: CPP410
                           599999, EVP_sha256(), 32, key) == 1;
}

// PBKDF2-HMAC-SHA512 under 210,000.
bool derive_key_sha512(const std::string& password, const unsigned char* salt, int salt_len, unsigned char* key) {
  return PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), salt, salt_len,  // expect: CPP410
                           120000, EVP_sha512(), 64, key) == 1;
}

// PBKDF2-HMAC-SHA1 under 1,300,000, through both entry points.
bool derive_key_sha1(const std::string& password, const unsigned char* salt, int salt_len, unsigned char* key) {
  int iterations = 600000;
  return PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), salt, salt_len,  // expect: CPP410
                           iterations, EVP_sha1(), 20, key) == 1;
}

bool derive_key_sha1_legacy(const std::string& password, const unsigned char* salt, int salt_len, unsigned char* key) {
  return PKCS5_PBKDF2_HMAC_SHA1(password.data(), static_cast<int>(password.size()), salt, salt_len,  // expect: CPP410
                                10000, 20, key) == 1;
}

// Enough iterations, but a constant global salt.
bool derive_with_app_salt(const std::string& password, unsigned char* key) {
  return PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), kAppSalt,  // expect: CPP410
                           sizeof(kAppSalt) - 1, 600000, EVP_sha256(), 32, key) == 1;
}

// A zero-filled local salt that is never filled in.
bool derive_zero_salt(const std::string& password, unsigned char* key) {
  unsigned char salt[16] = {0};
  return PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), salt, sizeof(salt),  // expect: CPP410
                           700000, EVP_sha256(), 32, key) == 1;
}

// Low iterations and a literal salt: still one finding for the call.
bool derive_both_wrong(const std::string& password, unsigned char* key) {
  return PKCS5_PBKDF2_HMAC_SHA1(password.data(), static_cast<int>(password.size()),  // expect: CPP410
                                reinterpret_cast<const unsigned char*>("NaCl"), 4, 1000, 20, key) == 1;
}

// scrypt with N = 2^14.
bool scrypt_key(const std::string& password, const unsigned char* salt, size_t salt_len, unsigned char* key) {
  return EVP_PBE_scrypt(password.data(), password.size(), salt, salt_len, 16384, 8, 1, 0, key, 32) == 1;  // expect: CPP410
}

// scrypt with enough work but a literal salt.
bool scrypt_const_salt(const std::string& password, unsigned char* key) {
  static const unsigned char salt[] = {0x8b, 0x1f, 0x22, 0x90, 0x4e, 0x11, 0x07, 0xaa};
  return EVP_PBE_scrypt(password.data(), password.size(), salt, sizeof(salt), 131072, 8, 1,  // expect: CPP410
                        256ull * 1024 * 1024, key, 32) == 1;
}

}  // namespace accounts
