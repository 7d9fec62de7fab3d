// CPP401 positives: OpenSSL's legacy digest functions (MD4, MD5, SHA1, RIPEMD160 and their
// _Init/_Update/_Final), each call reported. Confidence from the enclosing function's name:
// high with a security word, low with a checksum word, medium otherwise.
#include <openssl/md4.h>
#include <openssl/md5.h>
#include <openssl/ripemd.h>
#include <openssl/sha.h>

#include <cstdio>
#include <string>

namespace legacy_api {

std::string hex(const unsigned char* d, std::size_t n) {
  std::string out;
  char buf[3];
  for (std::size_t i = 0; i < n; ++i) {
    std::snprintf(buf, sizeof buf, "%02x", d[i]);
    out += buf;
  }
  return out;
}

// One-shot MD5, no word from either list ("md5" alone is not "md5sum"): medium.
std::string md5_hex(const std::string& data) {
  unsigned char out[MD5_DIGEST_LENGTH];
  MD5(reinterpret_cast<const unsigned char*>(data.data()), data.size(), out);  // expect: CPP401(medium)
  return hex(out, sizeof out);
}

// One-shot SHA1 for a session identifier: high.
std::string sessionIdFromSeed(const std::string& seed) {
  unsigned char out[SHA_DIGEST_LENGTH];
  SHA1(reinterpret_cast<const unsigned char*>(seed.data()), seed.size(), out);  // expect: CPP401(high)
  return hex(out, sizeof out);
}

// MD5_Init/_Update/_Final: three calls, three findings; "upload" + "checksum": low.
std::string upload_checksum(const std::string& part1, const std::string& part2) {
  MD5_CTX ctx;
  MD5_Init(&ctx);  // expect: CPP401(low)
  MD5_Update(&ctx, part1.data(), part1.size());  // expect: CPP401(low)
  MD5_Update(&ctx, part2.data(), part2.size());  // expect: CPP401(low)
  unsigned char out[MD5_DIGEST_LENGTH];
  MD5_Final(out, &ctx);  // expect: CPP401(low)
  return hex(out, sizeof out);
}

// SHA1_Init/_Update/_Final storing a password verifier: high.
std::string password_digest_v1(const std::string& salt, const std::string& password) {
  SHA_CTX ctx;
  SHA1_Init(&ctx);  // expect: CPP401(high)
  SHA1_Update(&ctx, salt.data(), salt.size());  // expect: CPP401(high)
  SHA1_Update(&ctx, password.data(), password.size());  // expect: CPP401(high)
  unsigned char out[SHA_DIGEST_LENGTH];
  SHA1_Final(out, &ctx);  // expect: CPP401(high)
  return hex(out, sizeof out);
}

// MD4 for an NTLM response ("auth"): high.
std::string ntlm_auth_response(const std::u16string& password_utf16) {
  MD4_CTX ctx;
  MD4_Init(&ctx);  // expect: CPP401(high)
  MD4_Update(&ctx, password_utf16.data(), password_utf16.size() * sizeof(char16_t));  // expect: CPP401(high)
  unsigned char out[MD4_DIGEST_LENGTH];
  MD4_Final(out, &ctx);  // expect: CPP401(high)
  return hex(out, sizeof out);
}

// One-shot MD4 to deduplicate blocks ("dedupe"): low.
std::string dedupe_block_id(const std::string& block) {
  unsigned char out[MD4_DIGEST_LENGTH];
  MD4(reinterpret_cast<const unsigned char*>(block.data()), block.size(), out);  // expect: CPP401(low)
  return hex(out, sizeof out);
}

// RIPEMD160 one-shot, split over two lines, reported where the call begins: medium.
std::string wallet_address_hash(const unsigned char* pubkey_sha256, std::size_t len) {
  unsigned char out[RIPEMD160_DIGEST_LENGTH];
  RIPEMD160(  // expect: CPP401(medium)
      pubkey_sha256, len, out);
  return hex(out, sizeof out);
}

// RIPEMD160_Init is in the list; RIPEMD160_Update and RIPEMD160_Final are not: one finding,
// "content": low.
std::string content_id(const std::string& body) {
  RIPEMD160_CTX ctx;
  RIPEMD160_Init(&ctx);  // expect: CPP401(low)
  RIPEMD160_Update(&ctx, body.data(), body.size());
  unsigned char out[RIPEMD160_DIGEST_LENGTH];
  RIPEMD160_Final(out, &ctx);
  return hex(out, sizeof out);
}

// A method: the method's own name decides ("sign" + "Request"): high.
class ApiClient {
 public:
  std::string signRequest(const std::string& canonical_request) const {
    unsigned char out[SHA_DIGEST_LENGTH];
    SHA1(reinterpret_cast<const unsigned char*>(canonical_request.data()), canonical_request.size(), out);  // expect: CPP401(high)
    return hex(out, sizeof out);
  }
};

}  // namespace legacy_api
