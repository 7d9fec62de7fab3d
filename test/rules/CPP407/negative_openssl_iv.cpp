// CPP407 negatives: IVs drawn at random, taken from the message, left null, or used only
// for decryption.
#include <openssl/aes.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <array>
#include <cstddef>
#include <vector>

namespace storage::crypt {

// Declared here, defined in another library: the code cannot see what fills the buffer.
void derive_iv(unsigned char* out, std::size_t len);

static const unsigned char kLegacyIv[16] = {0};

struct SealedRecord {
  std::array<unsigned char, 12> iv;
  std::vector<unsigned char> ciphertext;
};

// A fresh IV from RAND_bytes for each record (the IV travels with the ciphertext).
bool encrypt_record(EVP_CIPHER_CTX* ctx, const unsigned char* key, unsigned char* iv_out) {
  unsigned char iv[16];
  if (RAND_bytes(iv, sizeof iv) != 1) return false;
  for (std::size_t i = 0; i < sizeof iv; ++i) iv_out[i] = iv[i];
  return EVP_EncryptInit_ex(ctx, EVP_aes_256_cbc(), nullptr, key, iv) == 1;
}

// GCM set up in steps: the first call passes no IV at all; the IV of the second is random.
bool encrypt_gcm(EVP_CIPHER_CTX* ctx, const unsigned char* key, SealedRecord& record) {
  if (EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1) return false;
  EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(record.iv.size()), nullptr);
  if (RAND_bytes(record.iv.data(), static_cast<int>(record.iv.size())) != 1) return false;
  return EVP_EncryptInit_ex(ctx, nullptr, nullptr, key, record.iv.data()) == 1;
}

// std::vector filled by RAND_bytes.
bool encrypt_blob(EVP_CIPHER_CTX* ctx, const unsigned char* key) {
  std::vector<unsigned char> iv(16);
  RAND_bytes(iv.data(), static_cast<int>(iv.size()));
  return EVP_EncryptInit_ex2(ctx, EVP_aes_256_cbc(), key, iv.data(), nullptr) == 1;
}

// Filled by a function defined elsewhere.
bool encrypt_derived(EVP_CIPHER_CTX* ctx, const unsigned char* key) {
  unsigned char iv[16];
  derive_iv(iv, sizeof iv);
  return EVP_EncryptInit(ctx, EVP_aes_128_cbc(), key, iv) == 1;
}

// The IV is the caller's.
bool init_cipher(EVP_CIPHER_CTX* ctx, const unsigned char* key, const unsigned char* iv, int enc) {
  return EVP_CipherInit_ex(ctx, EVP_aes_256_cbc(), nullptr, key, iv, enc) == 1;
}

// Decryption must use the IV the data was encrypted with; the fixed IV is reported where
// data is encrypted, not here.
bool decrypt_legacy_record(EVP_CIPHER_CTX* ctx, const unsigned char* key) {
  return EVP_DecryptInit_ex(ctx, EVP_aes_256_cbc(), nullptr, key, kLegacyIv) == 1;
}

// Key set first, IV later: a null IV is no IV.
bool set_key_only(EVP_CIPHER_CTX* ctx, const unsigned char* key) {
  return EVP_CipherInit_ex2(ctx, EVP_aes_256_cbc(), key, nullptr, 1, nullptr) == 1;
}

// Low-level AES with the IV read from the message header.
void encrypt_chunk(const unsigned char* in, unsigned char* out, std::size_t len,
                   const AES_KEY* aes, unsigned char* header_iv) {
  AES_cbc_encrypt(in, out, len, aes, header_iv, AES_ENCRYPT);
}

void encrypt_stream(const unsigned char* in, unsigned char* out, std::size_t len,
                    const AES_KEY* aes) {
  unsigned char iv[AES_BLOCK_SIZE];
  RAND_bytes(iv, sizeof iv);
  int num = 0;
  AES_cfb128_encrypt(in, out, len, aes, iv, &num, AES_ENCRYPT);
}

}  // namespace storage::crypt
