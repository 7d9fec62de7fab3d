// CPP401 positives: OpenSSL's EVP interface selecting MD4, MD5, MD5-SHA1, SHA-1 or RIPEMD-160,
// by accessor (EVP_md5(), EVP_sha1(), ...) or by name (EVP_get_digestbyname, EVP_MD_fetch).
// Confidence comes from the enclosing function's name: high with a security word (password,
// sign, signature, verify, auth, token, hmac, mac, key, session, login, ...), low with a
// checksum word (etag, checksum, cache, fingerprint, shard, content, file, legacy, ...),
// medium otherwise. A security word wins over a checksum word.
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <string>
#include <vector>

namespace identity {

constexpr const char* kLegacyDigestName = "md5";

std::string to_hex(const unsigned char* data, unsigned int len) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < len; ++i) {
    out.push_back(kDigits[data[i] >> 4]);
    out.push_back(kDigits[data[i] & 0xf]);
  }
  return out;
}

std::string digest_with(const EVP_MD* md, const std::string& data) {
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(data.data(), data.size(), out, &len, md, nullptr);
  return to_hex(out, len);
}

// "password": high.
std::string hash_password(const std::string& salt, const std::string& password) {
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  EVP_DigestInit_ex(ctx, EVP_md5(), nullptr);  // expect: CPP401(high)
  EVP_DigestUpdate(ctx, salt.data(), salt.size());
  EVP_DigestUpdate(ctx, password.data(), password.size());
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_DigestFinal_ex(ctx, out, &len);
  EVP_MD_CTX_free(ctx);
  return to_hex(out, len);
}

// camelCase "verify" + "Signature": high.
bool verifySignature(EVP_PKEY* pkey, const std::string& msg, const std::vector<unsigned char>& sig) {
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  bool ok = EVP_DigestVerifyInit(ctx, nullptr, EVP_sha1(), nullptr, pkey) == 1 &&  // expect: CPP401(high)
            EVP_DigestVerify(ctx, sig.data(), sig.size(), reinterpret_cast<const unsigned char*>(msg.data()),
                             msg.size()) == 1;
  EVP_MD_CTX_free(ctx);
  return ok;
}


// "legacy" is a checksum word, but "login" is a security word and wins: high.
std::string legacy_login_hash(const std::string& user, const std::string& password) {
  return digest_with(EVP_md5_sha1(), user + ":" + password);  // expect: CPP401(high)
}

// "etag": low.
std::string compute_etag(const std::string& body) {
  return "\"" + digest_with(EVP_md5(), body) + "\"";  // expect: CPP401(low)
}

// "file" + "checksum": low.
std::string file_checksum(const std::string& contents) {
  return digest_with(EVP_sha1(), contents);  // expect: CPP401(low)
}

// "machine" + "fingerprint": "machine" is not the word "mac": low.
std::string machineFingerprint(const std::string& hw_info) {
  return digest_with(EVP_ripemd160(), hw_info);  // expect: CPP401(low)
}

// No word from either list: medium.
std::string digest_payload(const std::string& payload) {
  return digest_with(EVP_md4(), payload);  // expect: CPP401(medium)
}

// EVP_get_digestbyname with a literal name (the match ignores case): medium.
const EVP_MD* resolve_default_digest() {
  return EVP_get_digestbyname("MD5");  // expect: CPP401(medium)
}

// The name through a const local, in a "token" function: high.
std::string make_token_digest(const std::string& seed) {
  const char* algorithm = "sha1";
  const EVP_MD* md = EVP_get_digestbyname(algorithm);  // expect: CPP401(high)
  return digest_with(md, seed);
}

// "SHA-1" spelled with a dash, in a "shard" function: low.
unsigned shard_for(const std::string& user_id, unsigned shards) {
  const std::string hex = digest_with(EVP_get_digestbyname("SHA-1"), user_id);  // expect: CPP401(low)
  return static_cast<unsigned>(std::stoul(hex.substr(0, 8), nullptr, 16) % shards);
}

// EVP_MD_fetch with a literal name, in a "cache" function: low.
EVP_MD* fetch_cache_digest() {
  return EVP_MD_fetch(nullptr, "SHA1", nullptr);  // expect: CPP401(low)
}

// EVP_MD_fetch with a constexpr name, in an "hmac" function: high.
EVP_MD* fetch_hmac_digest(OSSL_LIB_CTX* libctx) {
  return EVP_MD_fetch(libctx, kLegacyDigestName, "provider=default");  // expect: CPP401(high)
}

// EVP_MD_fetch of RIPEMD160 split over two lines, reported where the call begins: medium.
EVP_MD* fetch_address_digest(OSSL_LIB_CTX* libctx) {
  return EVP_MD_fetch(  // expect: CPP401(medium)
      libctx, "RIPEMD160", nullptr);
}

}  // namespace identity
