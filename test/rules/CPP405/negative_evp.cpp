// CPP405 negatives: AEAD and other sound modes of AES, ChaCha20, Camellia and ARIA, and
// low-level calls that are not in the weak lists.
#include <openssl/aes.h>
#include <openssl/evp.h>

#include <cstddef>

namespace vault::crypto {

// AES-256-GCM, the recommended default.
bool encrypt_record(EVP_CIPHER_CTX* ctx, const unsigned char* key, const unsigned char* iv) {
  return EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, key, iv) == 1;
}

// ChaCha20-Poly1305 for mobile clients without AES instructions.
const EVP_CIPHER* mobile_cipher() { return EVP_chacha20_poly1305(); }

// CBC and CTR of AES are not ECB (their IVs are CPP407's business).
const EVP_CIPHER* file_cipher() { return EVP_aes_256_cbc(); }
const EVP_CIPHER* stream_cipher() { return EVP_aes_128_ctr(); }

// XTS for disk sectors, key wrap for key storage.
const EVP_CIPHER* disk_cipher() { return EVP_aes_256_xts(); }
const EVP_CIPHER* wrap_cipher() { return EVP_aes_256_wrap(); }

// Camellia and ARIA in CBC/GCM mode: 128-bit blocks, not ECB.
const EVP_CIPHER* camellia_cbc() { return EVP_camellia_256_cbc(); }
const EVP_CIPHER* aria_gcm() { return EVP_aria_256_gcm(); }

// Low-level AES in CBC mode: not in the ECB list.
void encrypt_cbc(const unsigned char* key, const unsigned char* in, unsigned char* out,
                 std::size_t len, unsigned char* iv) {
  AES_KEY aes;
  AES_set_encrypt_key(key, 256, &aes);
  AES_cbc_encrypt(in, out, len, &aes, iv, AES_ENCRYPT);
}

// EVP_get_cipherbynid expands to EVP_get_cipherbyname(OBJ_nid2sn(nid)): the name is only
// known at run time.
const EVP_CIPHER* by_nid(int nid) { return EVP_get_cipherbynid(nid); }

}  // namespace vault::crypto
