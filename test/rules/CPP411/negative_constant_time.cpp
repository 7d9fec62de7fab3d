// CPP411 negatives: the fix. Secrets, digests and MACs compared with constant-time functions
// (CRYPTO_memcmp, sodium_memcmp, timingsafe_bcmp, a project's constant_time_equals built on an
// XOR loop) or verified by the library (crypto_auth_verify, crypto_verify_32,
// crypto_sign_verify_detached, EVP_DigestVerify). None is reported; comparing the 0 these
// functions return is an integer comparison.
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <sodium.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

// timingsafe_bcmp is OpenBSD's (also in libbsd, which this fixture does not depend on):
// declared here with its real signature.
extern "C" int timingsafe_bcmp(const void* b1, const void* b2, std::size_t len);

namespace constant_time {

const unsigned char* bytes_of(const std::string& s) { return reinterpret_cast<const unsigned char*>(s.data()); }

// OpenSSL: HMAC output compared with CRYPTO_memcmp.
bool verify_webhook(const std::string& body, const unsigned char* received_mac, const std::string& key) {
  unsigned char expected_mac[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), bytes_of(body), body.size(), expected_mac, &len);
  return CRYPTO_memcmp(expected_mac, received_mac, len) == 0;
}

// std::string signatures: the length check first (sizes are not secret), then CRYPTO_memcmp.
bool signature_ok(const std::string& signature, const std::string& expected_signature) {
  if (signature.size() != expected_signature.size()) return false;
  return CRYPTO_memcmp(signature.data(), expected_signature.data(), signature.size()) == 0;
}

// libsodium's constant-time comparison of two tokens.
bool token_ok(const std::string& session_token, const std::string& presented_token) {
  return session_token.size() == presented_token.size() &&
         sodium_memcmp(session_token.data(), presented_token.data(), session_token.size()) == 0;
}

// BSD's timingsafe_bcmp on a digest.
bool digest_ok(const unsigned char* digest, const unsigned char* expected_digest) {
  return timingsafe_bcmp(digest, expected_digest, 32) == 0;
}

// A project helper with an XOR loop: nothing in it is a comparison of contents.
bool constant_time_equals(std::string_view expected_hmac, std::string_view provided_hmac) {
  if (expected_hmac.size() != provided_hmac.size()) return false;
  unsigned char diff = 0;
  for (std::size_t i = 0; i < expected_hmac.size(); ++i) {
    diff |= static_cast<unsigned char>(expected_hmac[i] ^ provided_hmac[i]);
  }
  return diff == 0;
}

bool api_key_ok(const std::string& api_key, const std::string& configured_api_key) {
  return constant_time_equals(api_key, configured_api_key);
}

bool csrf_ok(const std::string& csrf_from_form, const std::string& csrf_from_session) {
  return constant_time_equals(csrf_from_form, csrf_from_session);
}

// libsodium verification functions.
bool event_ok(const unsigned char* tag, const std::string& event, const unsigned char* key) {
  return crypto_auth_verify(tag, bytes_of(event), event.size(), key) == 0;
}

bool digest32_ok(const unsigned char* digest, const unsigned char* expected_digest) {
  return crypto_verify_32(digest, expected_digest) == 0;
}

bool signed_by_partner(const unsigned char* sig, const std::string& message, const unsigned char* public_key) {
  return crypto_sign_verify_detached(sig, bytes_of(message), message.size(), public_key) == 0;
}

// OpenSSL signature verification instead of re-signing and comparing.
bool signature_valid(EVP_MD_CTX* ctx, const std::vector<unsigned char>& signature, const std::string& body) {
  return EVP_DigestVerify(ctx, signature.data(), signature.size(), bytes_of(body), body.size()) == 1;
}

}  // namespace constant_time
