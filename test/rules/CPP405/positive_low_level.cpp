// CPP405 positives: OpenSSL's low-level (deprecated) DES, RC4, Blowfish, CAST, RC2 and ECB
// functions.
#include <openssl/aes.h>
#include <openssl/blowfish.h>
#include <openssl/camellia.h>
#include <openssl/cast.h>
#include <openssl/des.h>
#include <openssl/rc2.h>
#include <openssl/rc4.h>

#include <cstddef>

namespace vault::legacy {

// DES in ECB mode for a card reader protocol.
void encrypt_card_block(DES_cblock* key, const_DES_cblock* in, DES_cblock* out) {
  DES_key_schedule schedule;
  DES_set_key_checked(key, &schedule);  // expect: CPP405(high)
  DES_ecb_encrypt(in, out, &schedule, DES_ENCRYPT);  // expect: CPP405(high)
}

void encrypt_unchecked(const_DES_cblock* key, const unsigned char* in, unsigned char* out,
                       long len, DES_cblock* iv) {
  DES_key_schedule schedule;
  DES_set_key_unchecked(key, &schedule);  // expect: CPP405(high)
  DES_ncbc_encrypt(in, out, len, &schedule, iv, DES_ENCRYPT);  // expect: CPP405(high)
}

// 3DES-CBC with three schedules.
void encrypt_3des(const unsigned char* in, unsigned char* out, long len, DES_key_schedule* k1,
                  DES_key_schedule* k2, DES_key_schedule* k3, DES_cblock* iv) {
  DES_ede3_cbc_encrypt(in, out, len, k1, k2, k3, iv, DES_ENCRYPT);  // expect: CPP405(high)
}

// RC4: the key setup and the keystream call are each reported.
void obfuscate_session_blob(const unsigned char* key, int key_len, const unsigned char* in,
                            unsigned char* out, std::size_t len) {
  RC4_KEY rc4;
  RC4_set_key(&rc4, key_len, key);  // expect: CPP405(high)
  RC4(&rc4, len, in, out);  // expect: CPP405(high)
}

// Blowfish-CBC.
void encrypt_archive(const unsigned char* key, int key_len, const unsigned char* in,
                     unsigned char* out, long len, unsigned char* iv) {
  BF_KEY bf;
  BF_set_key(&bf, key_len, key);  // expect: CPP405(high)
  BF_cbc_encrypt(in, out, len, &bf, iv, BF_ENCRYPT);  // expect: CPP405(high)
}

// CAST5 and RC2 key schedules.
void setup_cast(CAST_KEY* cast, const unsigned char* key) {
  CAST_set_key(cast, 16, key);  // expect: CPP405(high)
}

void setup_rc2(RC2_KEY* rc2, const unsigned char* key) {
  RC2_set_key(rc2, 16, key, 128);  // expect: CPP405(high)
}

// AES and Camellia in ECB mode, one block at a time.
void encrypt_blocks_ecb(const unsigned char* key, const unsigned char* in, unsigned char* out,
                        std::size_t blocks) {
  AES_KEY aes;
  AES_set_encrypt_key(key, 256, &aes);
  for (std::size_t i = 0; i < blocks; ++i) {
    AES_ecb_encrypt(in + 16 * i, out + 16 * i, &aes, AES_ENCRYPT);  // expect: CPP405(high)
  }
}

void encrypt_camellia_block(const unsigned char* key, const unsigned char* in, unsigned char* out) {
  CAMELLIA_KEY cam;
  Camellia_set_key(key, 128, &cam);
  Camellia_ecb_encrypt(in, out, &cam, CAMELLIA_ENCRYPT);  // expect: CPP405(high)
}

}  // namespace vault::legacy
