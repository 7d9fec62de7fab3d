// CPP411 positives by flow: the value compared comes from a digest, MAC or signature output
// (the result or the output buffer of HMAC, HMAC_Final, EVP_DigestFinal(_ex), EVP_DigestSign(Final),
// EVP_MAC_final, SHA1/SHA256/SHA384/SHA512, MD5, crypto_auth, crypto_generichash,
// crypto_hash_sha256), through locals and helpers of this TU. All names here are neutral on
// purpose: the flow alone makes them high confidence.
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/md5.h>
#include <openssl/rand.h>
#include <openssl/sha.h>
#include <sodium.h>

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

namespace flows {

// A neutral hex encoder: values pass through it.
std::string to_hex(const unsigned char* p, std::size_t n) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(n * 2);
  for (std::size_t i = 0; i < n; ++i) {
    out.push_back(kDigits[p[i] >> 4]);
    out.push_back(kDigits[p[i] & 0x0f]);
  }
  return out;
}

const unsigned char* bytes_of(const std::string& s) { return reinterpret_cast<const unsigned char*>(s.data()); }

// ---- OpenSSL ---------------------------------------------------------------------------------

// HMAC's output buffer, hex-encoded into a local, compared with what the client sent.
bool verify_webhook(const std::string& body, const std::string& provided, const std::string& key) {
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int out_len = 0;
  HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), bytes_of(body), body.size(), out, &out_len);
  const std::string expected = to_hex(out, out_len);
  return expected == provided;  // expect: CPP411(high)
}

// HMAC's return value (it points at the output buffer).
bool verify_raw(const std::string& body, const unsigned char* received, const std::string& key) {
  unsigned char buf[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  const unsigned char* result =
      HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), bytes_of(body), body.size(), buf, &len);
  return result != nullptr && std::memcmp(result, received, len) == 0;  // expect: CPP411(high)
}

// HMAC_Final (deprecated in OpenSSL 3, still in older services).
bool verify_streamed(HMAC_CTX* ctx, const unsigned char* received) {
  unsigned char buf[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  HMAC_Final(ctx, buf, &len);
  return std::memcmp(buf, received, len) == 0;  // expect: CPP411(high)
}

// EVP_DigestFinal_ex into a buffer, wrapped in a std::string.
bool same_content(EVP_MD_CTX* ctx, const std::string& stored) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (EVP_DigestFinal_ex(ctx, md, &len) != 1) return false;
  const std::string computed(reinterpret_cast<const char*>(md), len);
  return computed == stored;  // expect: CPP411(high)
}

// EVP_DigestFinal (the non-_ex form).
bool same_content_legacy(EVP_MD_CTX* ctx, const std::string& stored) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_DigestFinal(ctx, md, &len);
  return to_hex(md, len) == stored;  // expect: CPP411(high)
}

// One-shot SHA-256 into a buffer, compared with std::equal.
bool chunk_intact(const std::string& chunk, const unsigned char* given) {
  unsigned char out[SHA256_DIGEST_LENGTH];
  SHA256(bytes_of(chunk), chunk.size(), out);
  return std::equal(out, out + SHA256_DIGEST_LENGTH, given);  // expect: CPP411(high)
}

// SHA1 and MD5 as used by legacy "sign=md5(params + secret)" partner APIs.
bool legacy_partner_ok(const std::string& params, const std::string& provided) {
  unsigned char out[MD5_DIGEST_LENGTH];
  MD5(bytes_of(params), params.size(), out);
  const std::string expected = to_hex(out, sizeof out);
  return std::strcmp(expected.c_str(), provided.c_str()) == 0;  // expect: CPP411(high)
}

bool legacy_sha1_ok(const std::string& params, const unsigned char* provided) {
  unsigned char out[SHA_DIGEST_LENGTH];
  SHA1(bytes_of(params), params.size(), out);
  return std::memcmp(provided, out, sizeof out) == 0;  // expect: CPP411(high)
}

// SHA384 / SHA512 results copied into vectors.
bool manifest_ok(const std::string& manifest, const std::vector<unsigned char>& pinned) {
  unsigned char out[SHA384_DIGEST_LENGTH];
  SHA384(bytes_of(manifest), manifest.size(), out);
  const std::vector<unsigned char> computed(out, out + sizeof out);
  return computed == pinned;  // expect: CPP411(high)
}

bool archive_ok(const std::string& archive, const std::string& pinned) {
  unsigned char out[SHA512_DIGEST_LENGTH];
  SHA512(bytes_of(archive), archive.size(), out);
  return pinned.compare(to_hex(out, sizeof out)) == 0;  // expect: CPP411(high)
}

// EVP_DigestSignFinal and EVP_DigestSign: a signature buffer compared instead of verified.
bool signed_again_matches(EVP_MD_CTX* ctx, const std::vector<unsigned char>& received) {
  std::vector<unsigned char> out(512);
  std::size_t len = out.size();
  if (EVP_DigestSignFinal(ctx, out.data(), &len) != 1) return false;
  out.resize(len);
  return out == received;  // expect: CPP411(high)
}

bool one_shot_matches(EVP_MD_CTX* ctx, const std::string& body, const unsigned char* received) {
  unsigned char buf[512];
  std::size_t len = sizeof buf;
  if (EVP_DigestSign(ctx, buf, &len, bytes_of(body), body.size()) != 1) return false;
  return std::memcmp(buf, received, len) == 0;  // expect: CPP411(high)
}

// EVP_MAC_final (OpenSSL 3 MAC API).
bool mac_api_matches(EVP_MAC_CTX* ctx, const std::string& provided) {
  unsigned char out[EVP_MAX_MD_SIZE];
  std::size_t len = 0;
  if (EVP_MAC_final(ctx, out, &len, sizeof out) != 1) return false;
  const std::string expected = to_hex(out, len);
  return provided == expected;  // expect: CPP411(high)
}

// ---- libsodium ---------------------------------------------------------------------------------

// crypto_auth computes the tag; comparing it with memcmp instead of crypto_auth_verify.
bool event_ok(const std::string& event, const unsigned char* received, const unsigned char* key) {
  unsigned char out[crypto_auth_BYTES];
  crypto_auth(out, bytes_of(event), event.size(), key);
  return std::memcmp(out, received, sizeof out) == 0;  // expect: CPP411(high)
}

bool blob_ok(const std::string& blob, const std::string& provided) {
  unsigned char out[crypto_generichash_BYTES];
  crypto_generichash(out, sizeof out, bytes_of(blob), blob.size(), nullptr, 0);
  const std::string expected = to_hex(out, sizeof out);
  return expected == provided;  // expect: CPP411(high)
}

bool file_ok(const std::string& contents, const unsigned char* given) {
  unsigned char out[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(out, bytes_of(contents), contents.size());
  return std::equal(out, out + crypto_hash_sha256_BYTES, given);  // expect: CPP411(high)
}

// ---- Helpers of this TU that return such a value -----------------------------------------------

// Returns the hex of an HMAC output: callers' comparisons of its result are reported.
std::string sign(const std::string& payload, const std::string& key) {
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), bytes_of(payload), payload.size(), out, &len);
  return to_hex(out, len);
}

// One more helper in between.
std::string sign_request(const std::string& method, const std::string& path, const std::string& body,
                         const std::string& key) {
  return sign(method + "\n" + path + "\n" + body, key);
}

bool callback_ok(const std::string& body, const std::string& received, const std::string& key) {
  return sign(body, key) == received;  // expect: CPP411(high)
}

bool callback_ok_via_local(const std::string& body, const std::string& received, const std::string& key) {
  const std::string expected = sign(body, key);
  if (received != expected) {  // expect: CPP411(high)
    return false;
  }
  return true;
}

bool request_ok(const std::string& method, const std::string& path, const std::string& body,
                const std::string& received, const std::string& key) {
  return received.compare(sign_request(method, path, body, key)) == 0;  // expect: CPP411(high)
}

// Near misses in the same TU (not reported): random bytes are not a digest, and sizes are sizes.
bool same_request_id(const std::string& provided) {
  unsigned char buf[16];
  if (RAND_bytes(buf, sizeof buf) != 1) throw std::runtime_error("RAND_bytes");
  return to_hex(buf, sizeof buf) == provided;
}

bool right_length(const std::string& body, const std::string& provided, const std::string& key) {
  return sign(body, key).size() == provided.size();
}

}  // namespace flows
