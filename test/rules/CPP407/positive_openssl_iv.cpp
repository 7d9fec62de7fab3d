// CPP407 positives: OpenSSL encryption started with an IV fixed in the program. The
// EVP_Encrypt* family is high confidence; EVP_Cipher* (which may be decrypting) and the
// low-level AES_*_encrypt functions (one function for both directions) are medium.
#include <openssl/aes.h>
#include <openssl/evp.h>

#include <array>
#include <cstddef>

namespace storage::crypt {

// A global IV shared by every record.
static const unsigned char kRecordIv[16] = {0x3a, 0x91, 0x5c, 0x07, 0xee, 0x12, 0x48, 0xb0,
                                            0x6d, 0x21, 0x9f, 0x44, 0xc3, 0x08, 0x7a, 0x55};

constexpr std::array<unsigned char, 12> kSessionNonce = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};

bool encrypt_record(EVP_CIPHER_CTX* ctx, const unsigned char* key) {
  return EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), nullptr, key, kRecordIv) == 1;  // expect: CPP407(high)
}

// The all-zero IV of a local array.
bool encrypt_backup(EVP_CIPHER_CTX* ctx, const unsigned char* key) {
  unsigned char iv[16] = {0};
  return EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), nullptr, key, iv) == 1;  // expect: CPP407(high)
}

// A string literal used as IV.
bool encrypt_cookie(EVP_CIPHER_CTX* ctx, const unsigned char* key) {
  return EVP_EncryptInit_ex(ctx, EVP_aes_128_cbc(), nullptr, key,  // expect: CPP407(high)
                            reinterpret_cast<const unsigned char*>("0123456789abcdef")) == 1;
}

// A value-initialised std::array: twelve zero bytes for every GCM message.
bool encrypt_message(EVP_CIPHER_CTX* ctx, const unsigned char* key) {
  std::array<unsigned char, 12> nonce{};
  return EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, key, nonce.data()) == 1;  // expect: CPP407(high)
}

// A constexpr std::array of the module.
bool encrypt_session(EVP_CIPHER_CTX* ctx, const unsigned char* key) {
  return EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, key, kSessionNonce.data()) == 1;  // expect: CPP407(high)
}

// Through a local pointer to the global IV.
bool encrypt_index_entry(EVP_CIPHER_CTX* ctx, const unsigned char* key) {
  const unsigned char* iv = kRecordIv;
  return EVP_EncryptInit_ex(ctx, EVP_aes_256_ctr(), nullptr, key, iv) == 1;  // expect: CPP407(high)
}

// The older EVP_EncryptInit and OpenSSL 3's EVP_EncryptInit_ex2.
bool encrypt_legacy(EVP_CIPHER_CTX* ctx, const unsigned char* key) {
  return EVP_EncryptInit(ctx, EVP_aes_128_cbc(), key, kRecordIv) == 1;  // expect: CPP407(high)
}

bool encrypt_with_params(EVP_CIPHER_CTX* ctx, const unsigned char* key) {
  static const unsigned char iv[12] = {'f', 'i', 'x', 'e', 'd', '-', 'n', 'o', 'n', 'c', 'e', '!'};
  return EVP_EncryptInit_ex2(ctx, EVP_aes_256_gcm(), key, iv, nullptr) == 1;  // expect: CPP407(high)
}

// EVP_CipherInit*: the direction is an argument, so medium.
bool init_cipher(EVP_CIPHER_CTX* ctx, const unsigned char* key, int enc) {
  return EVP_CipherInit_ex(ctx, EVP_aes_256_cbc(), nullptr, key, kRecordIv, enc) == 1;  // expect: CPP407(medium)
}

bool init_cipher_legacy(EVP_CIPHER_CTX* ctx, const unsigned char* key) {
  return EVP_CipherInit(ctx, EVP_aes_256_cbc(), key, kRecordIv, 1) == 1;  // expect: CPP407(medium)
}

bool init_cipher_v3(EVP_CIPHER_CTX* ctx, const unsigned char* key) {
  unsigned char iv[16] = {};
  return EVP_CipherInit_ex2(ctx, EVP_aes_256_cbc(), key, iv, 1, nullptr) == 1;  // expect: CPP407(medium)
}

// Low-level AES with a zero IV: medium.
void encrypt_blob_cbc(const unsigned char* in, unsigned char* out, std::size_t len,
                      const unsigned char* key) {
  AES_KEY aes;
  AES_set_encrypt_key(key, 256, &aes);
  unsigned char iv[AES_BLOCK_SIZE] = {0};
  AES_cbc_encrypt(in, out, len, &aes, iv, AES_ENCRYPT);  // expect: CPP407(medium)
}

void encrypt_stream_cfb(const unsigned char* in, unsigned char* out, std::size_t len,
                        const AES_KEY* aes) {
  unsigned char iv[AES_BLOCK_SIZE] = {0x01, 0x02, 0x03, 0x04};
  int num = 0;
  AES_cfb128_encrypt(in, out, len, aes, iv, &num, AES_ENCRYPT);  // expect: CPP407(medium)
}

void encrypt_stream_ofb(const unsigned char* in, unsigned char* out, std::size_t len,
                        const AES_KEY* aes) {
  unsigned char iv[AES_BLOCK_SIZE] = {};
  int num = 0;
  AES_ofb128_encrypt(in, out, len, aes, iv, &num);  // expect: CPP407(medium)
}

}  // namespace storage::crypt
