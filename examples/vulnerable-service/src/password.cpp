#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <string>
#include <vector>

#include "service/handlers.hpp"

namespace service {
namespace {

std::vector<unsigned char> from_hex(const std::string &hex) {
  std::vector<unsigned char> bytes;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
    bytes.push_back(static_cast<unsigned char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
  }
  return bytes;
}

}  // namespace

// Stored hashes look like "<salt hex>$<PBKDF2-HMAC-SHA256 digest hex>".
bool verify_password(const std::string &password, const std::string &stored_hash) {
  const auto dollar = stored_hash.find('$');
  if (dollar == std::string::npos) return false;
  const auto salt = from_hex(stored_hash.substr(0, dollar));
  const auto expected = from_hex(stored_hash.substr(dollar + 1));
  if (expected.size() != 32) return false;
  unsigned char digest[32];
  // BUG(CPP410): 210,000 iterations was OWASP's figure for PBKDF2-HMAC-SHA512; for SHA-256 it
  // asks for 600,000, so each guess at a stolen hash costs an attacker a third of what it should.
  if (PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), salt.data(), static_cast<int>(salt.size()),
                        210000, EVP_sha256(), sizeof digest, digest) != 1) {
    return false;
  }
  return CRYPTO_memcmp(digest, expected.data(), sizeof digest) == 0;
}

}  // namespace service
