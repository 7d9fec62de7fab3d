// CPP405 negatives: cipher names that are sound, names only known at run time, and names
// whose literal parts do not name a weak cipher.
#include <openssl/evp.h>

#include <memory>
#include <string>

// Botan is not installed on the build machine: this is the declaration from Botan 2's
// botan/cipher_mode.h that the code below compiles against.
namespace Botan {
enum Cipher_Dir : int { ENCRYPTION, DECRYPTION };
class Cipher_Mode {
 public:
  virtual ~Cipher_Mode() = default;
  static std::unique_ptr<Cipher_Mode> create(const std::string& algo, Cipher_Dir direction,
                                             const std::string& provider = "");
};
}  // namespace Botan

namespace vault::names {

struct CryptoConfig {
  std::string cipher_name;
};

const EVP_CIPHER* record_cipher() { return EVP_get_cipherbyname("aes-256-gcm"); }
const EVP_CIPHER* file_cipher() { return EVP_get_cipherbyname("AES-256-CBC"); }
const EVP_CIPHER* mobile_cipher() { return EVP_get_cipherbyname("chacha20-poly1305"); }
const EVP_CIPHER* camellia_cipher() { return EVP_get_cipherbyname("camellia-256-cbc"); }

EVP_CIPHER* fetch_gcm(OSSL_LIB_CTX* libctx) {
  return EVP_CIPHER_fetch(libctx, "AES-256-GCM", nullptr);
}

// SIV is a misuse-resistant AEAD mode.
EVP_CIPHER* fetch_siv(OSSL_LIB_CTX* libctx) {
  return EVP_CIPHER_fetch(libctx, "AES-128-SIV", "provider=default");
}

// The name comes from configuration: unknown, never reported.
const EVP_CIPHER* configured_cipher(const CryptoConfig& config) {
  return EVP_get_cipherbyname(config.cipher_name.c_str());
}

// Built from "aes-256-" and a mode chosen at run time: no literal part names a weak cipher.
EVP_CIPHER* fetch_aes(OSSL_LIB_CTX* libctx, const std::string& mode) {
  std::string name = "aes-256-";
  name += mode;
  return EVP_CIPHER_fetch(libctx, name.c_str(), nullptr);
}

// Digest lookups are not cipher lookups (weak hashes are CPP401's business).
const EVP_MD* legacy_digest() { return EVP_get_digestbyname("md5"); }

// Botan with AEAD and CBC modes of AES and ChaCha20.
std::unique_ptr<Botan::Cipher_Mode> make_gcm_encryptor() {
  return Botan::Cipher_Mode::create("AES-256/GCM", Botan::ENCRYPTION);
}

std::unique_ptr<Botan::Cipher_Mode> make_chacha_encryptor() {
  return Botan::Cipher_Mode::create("ChaCha20Poly1305", Botan::ENCRYPTION);
}

std::unique_ptr<Botan::Cipher_Mode> make_cbc_decryptor() {
  return Botan::Cipher_Mode::create("AES-128/CBC/PKCS7", Botan::DECRYPTION);
}

}  // namespace vault::names
