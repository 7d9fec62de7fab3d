// CPP401 negatives: OpenSSL digests of the SHA-2, SHA-3 and BLAKE2 families (by accessor, by
// name, one-shot or legacy), digest names the analysis cannot know, and constants or size
// queries that only mention a weak digest. None is reported, whatever the function's name.
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>

#include <array>
#include <cstddef>
#include <string>
#include <vector>

namespace auth_core {

constexpr std::size_t kLegacySha1Length = SHA_DIGEST_LENGTH;  // a length, not a hash
constexpr const char* kDefaultDigestName = "SHA2-256";

// SHA-256 for a signature, in a "sign" function.
bool sign_payload(EVP_PKEY* key, const std::string& payload, std::vector<unsigned char>& sig) {
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  std::size_t len = 0;
  bool ok = EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1 &&
            EVP_DigestSign(ctx, nullptr, &len, reinterpret_cast<const unsigned char*>(payload.data()),
                           payload.size()) == 1;
  sig.resize(len);
  ok = ok && EVP_DigestSign(ctx, sig.data(), &len, reinterpret_cast<const unsigned char*>(payload.data()),
                            payload.size()) == 1;
  EVP_MD_CTX_free(ctx);
  return ok;
}

// SHA-512, SHA3-256 and BLAKE2b-512 through EVP_Digest.
std::vector<unsigned char> digest(const EVP_MD* md, const std::string& data) {
  std::vector<unsigned char> out(EVP_MAX_MD_SIZE);
  unsigned int len = 0;
  EVP_Digest(data.data(), data.size(), out.data(), &len, md, nullptr);
  out.resize(len);
  return out;
}

std::vector<unsigned char> token_digest(const std::string& token) {
  return digest(EVP_sha512(), token);
}

std::vector<unsigned char> session_digest(const std::string& session_id) {
  return digest(EVP_sha3_256(), session_id);
}

std::vector<unsigned char> content_digest(const std::string& body) {
  return digest(EVP_blake2b512(), body);
}

// One-shot and legacy SHA-256/SHA-512: not in the list.
std::array<unsigned char, SHA256_DIGEST_LENGTH> api_key_hash(const std::string& api_key) {
  std::array<unsigned char, SHA256_DIGEST_LENGTH> out{};
  SHA256(reinterpret_cast<const unsigned char*>(api_key.data()), api_key.size(), out.data());
  return out;
}

std::array<unsigned char, SHA512_DIGEST_LENGTH> verify_blob_hash(const std::string& blob) {
  SHA512_CTX ctx;
  SHA512_Init(&ctx);
  SHA512_Update(&ctx, blob.data(), blob.size());
  std::array<unsigned char, SHA512_DIGEST_LENGTH> out{};
  SHA512_Final(out.data(), &ctx);
  return out;
}

// Strong digests by name.
const EVP_MD* password_digest() {
  return EVP_get_digestbyname("sha256");
}

const EVP_MD* certificate_digest() {
  return EVP_get_digestbyname("SHA3-512");
}

EVP_MD* fetch_signature_digest(OSSL_LIB_CTX* libctx) {
  return EVP_MD_fetch(libctx, "SHA512-256", "fips=yes");
}

EVP_MD* fetch_default_digest() {
  return EVP_MD_fetch(nullptr, kDefaultDigestName, nullptr);
}

// The name comes from configuration: unknown here.
const EVP_MD* digest_from_config(const std::string& configured_name) {
  return EVP_get_digestbyname(configured_name.c_str());
}

EVP_MD* fetch_configured(OSSL_LIB_CTX* libctx, const char* algorithm) {
  return EVP_MD_fetch(libctx, algorithm, nullptr);
}

// Asking a digest for its size computes nothing.
bool is_legacy_length(const EVP_MD* md) {
  return static_cast<std::size_t>(EVP_MD_get_size(md)) == kLegacySha1Length;
}

// HMAC over SHA-1 or MD5 does not rely on collision resistance, and HOTP/TOTP (RFC 4226,
// 6238) require HMAC-SHA1: a digest passed straight to HMAC is not reported.
std::string sign_webhook(const std::string& key, const std::string& body) {
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int mac_len = 0;
  HMAC(EVP_sha1(), key.data(), static_cast<int>(key.size()),
       reinterpret_cast<const unsigned char*>(body.data()), body.size(), mac, &mac_len);
  return std::string(reinterpret_cast<const char*>(mac), mac_len);
}

unsigned int generate_hotp(const std::string& secret, const unsigned char counter[8]) {
  unsigned char mac[EVP_MAX_MD_SIZE];
  unsigned int mac_len = 0;
  HMAC(EVP_sha1(), secret.data(), static_cast<int>(secret.size()), counter, 8, mac, &mac_len);
  return mac[0];
}

}  // namespace auth_core
