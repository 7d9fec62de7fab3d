// CPP405 positives: ciphers chosen by name (EVP_get_cipherbyname, EVP_CIPHER_fetch, Botan's
// Cipher_Mode::create) naming DES/3DES, RC2, RC4, Blowfish, CAST, IDEA, ECB or the null cipher.
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

constexpr const char kArchiveCipher[] = "bf-cbc";

// OpenSSL's names are matched case-insensitively.
const EVP_CIPHER* pin_cipher() { return EVP_get_cipherbyname("des-ede3-cbc"); }  // expect: CPP405(high)
const EVP_CIPHER* token_cipher() { return EVP_get_cipherbyname("AES-128-ECB"); }  // expect: CPP405(high)
const EVP_CIPHER* stream_cipher() { return EVP_get_cipherbyname("rc4"); }  // expect: CPP405(high)
const EVP_CIPHER* pgp_cipher() { return EVP_get_cipherbyname("cast5-cbc"); }  // expect: CPP405(high)
const EVP_CIPHER* old_cipher() { return EVP_get_cipherbyname("idea-cbc"); }  // expect: CPP405(high)
const EVP_CIPHER* des3_alias() { return EVP_get_cipherbyname("des3"); }  // expect: CPP405(high)

// A constexpr array naming Blowfish.
const EVP_CIPHER* archive_cipher() { return EVP_get_cipherbyname(kArchiveCipher); }  // expect: CPP405(high)

// A local pointer that only ever holds a literal.
const EVP_CIPHER* export_cipher() {
  const char* name = "rc2-40-cbc";
  return EVP_get_cipherbyname(name);  // expect: CPP405(high)
}

// OpenSSL 3 fetching.
EVP_CIPHER* fetch_legacy(OSSL_LIB_CTX* libctx) {
  return EVP_CIPHER_fetch(libctx, "DES-EDE3-CBC", nullptr);  // expect: CPP405(high)
}

EVP_CIPHER* fetch_ecb(OSSL_LIB_CTX* libctx) {
  return EVP_CIPHER_fetch(libctx, "aes-256-ecb", "provider=default");  // expect: CPP405(high)
}

EVP_CIPHER* fetch_null() { return EVP_CIPHER_fetch(nullptr, "NULL", nullptr); }  // expect: CPP405(high)

// The name is assembled in a local string; its first literal part names 3DES.
EVP_CIPHER* fetch_by_mode(OSSL_LIB_CTX* libctx) {
  std::string name = "des-ede3";
  name += "-cbc";
  return EVP_CIPHER_fetch(libctx, name.c_str(), nullptr);  // expect: CPP405(high)
}

// Botan names.
std::unique_ptr<Botan::Cipher_Mode> make_ecb_encryptor() {
  return Botan::Cipher_Mode::create("AES-256/ECB", Botan::ENCRYPTION);  // expect: CPP405(high)
}

std::unique_ptr<Botan::Cipher_Mode> make_3des_encryptor() {
  return Botan::Cipher_Mode::create("TripleDES/CBC/PKCS7", Botan::ENCRYPTION);  // expect: CPP405(high)
}

std::unique_ptr<Botan::Cipher_Mode> make_blowfish_decryptor() {
  return Botan::Cipher_Mode::create("Blowfish/CBC/PKCS7", Botan::DECRYPTION);  // expect: CPP405(high)
}

std::unique_ptr<Botan::Cipher_Mode> make_cast_encryptor() {
  const std::string algo = "CAST-128/CFB";
  return Botan::Cipher_Mode::create(algo, Botan::ENCRYPTION);  // expect: CPP405(high)
}

}  // namespace vault::names
