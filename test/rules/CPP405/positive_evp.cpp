// CPP405 positives: EVP cipher getters for DES/3DES, RC4, 64-bit block ciphers, ECB mode of
// any block cipher, and the null cipher. Reported at the getter call.
#include <openssl/evp.h>

#include <vector>

namespace vault::crypto {

// 3DES-CBC for a payment HSM export format.
bool encrypt_pin_block(EVP_CIPHER_CTX* ctx, const unsigned char* key, const unsigned char* iv) {
  return EVP_EncryptInit_ex(ctx, EVP_des_ede3_cbc(), nullptr, key, iv) == 1;  // expect: CPP405(high)
}

// Single DES, CBC and ECB.
const EVP_CIPHER* legacy_des_cipher() { return EVP_des_cbc(); }  // expect: CPP405(high)
const EVP_CIPHER* legacy_des_ecb() { return EVP_des_ecb(); }  // expect: CPP405(high)
const EVP_CIPHER* two_key_3des() { return EVP_des_ede_cbc(); }  // expect: CPP405(high)
const EVP_CIPHER* desx_cipher() { return EVP_desx_cbc(); }  // expect: CPP405(high)
const EVP_CIPHER* des_key_wrap() { return EVP_des_ede3_wrap(); }  // expect: CPP405(high)

// RC4 in two flavours.
const EVP_CIPHER* stream_cipher() { return EVP_rc4(); }  // expect: CPP405(high)
const EVP_CIPHER* stitched_rc4() { return EVP_rc4_hmac_md5(); }  // expect: CPP405(high)

// 64-bit block ciphers.
const EVP_CIPHER* archive_cipher() { return EVP_bf_cbc(); }  // expect: CPP405(high)
const EVP_CIPHER* pgp_legacy_cipher() { return EVP_cast5_cbc(); }  // expect: CPP405(high)
const EVP_CIPHER* pkcs12_legacy_cipher() { return EVP_rc2_cbc(); }  // expect: CPP405(high)

// ECB mode of otherwise strong block ciphers.
bool encrypt_record_ecb(EVP_CIPHER_CTX* ctx, const unsigned char* key) {
  return EVP_EncryptInit_ex(ctx, EVP_aes_256_ecb(), nullptr, key, nullptr) == 1;  // expect: CPP405(high)
}

const EVP_CIPHER* token_cipher() { return EVP_aes_128_ecb(); }  // expect: CPP405(high)
const EVP_CIPHER* camellia_ecb() { return EVP_camellia_256_ecb(); }  // expect: CPP405(high)
const EVP_CIPHER* aria_ecb() { return EVP_aria_128_ecb(); }  // expect: CPP405(high)
const EVP_CIPHER* sm4_ecb() { return EVP_sm4_ecb(); }  // expect: CPP405(high)
const EVP_CIPHER* seed_ecb() { return EVP_seed_ecb(); }  // expect: CPP405(high)

// The null cipher: "encryption" that copies the plaintext.
const EVP_CIPHER* debug_cipher() { return EVP_enc_null(); }  // expect: CPP405(high)

// The getter is an argument on its own line: reported on that line, not on the outer call's.
bool decrypt_legacy_backup(EVP_CIPHER_CTX* ctx, const unsigned char* key, const unsigned char* iv) {
  return EVP_DecryptInit_ex(ctx,
                            EVP_des_ede3_cbc(),  // expect: CPP405(high)
                            nullptr, key, iv) == 1;
}

// Stored in a table of supported algorithms.
std::vector<const EVP_CIPHER*> supported_ciphers() {
  return {EVP_aes_256_gcm(), EVP_bf_ecb()};  // expect: CPP405(high)
}

}  // namespace vault::crypto
