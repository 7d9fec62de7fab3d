// CPP407 positives: libsodium encryption with a nonce fixed in the program. Reusing a nonce
// under one key reveals the XOR of the plaintexts (and, for the AEADs, lets an attacker
// forge messages).
#include <sodium.h>

#include <array>
#include <string>

namespace chat::e2e {

static const unsigned char kPushNonce[crypto_secretbox_NONCEBYTES] = {
    0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70, 0x80, 0x90, 0xa0, 0xb0, 0xc0,
    0xd0, 0xe0, 0xf0, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09};

constexpr std::array<unsigned char, crypto_box_NONCEBYTES> kHandshakeNonce{};

// The all-zero nonce of a local array.
int seal_message(unsigned char* c, const unsigned char* m, unsigned long long mlen,
                 const unsigned char* key) {
  unsigned char nonce[crypto_secretbox_NONCEBYTES] = {0};
  return crypto_secretbox_easy(c, m, mlen, nonce, key);  // expect: CPP407(high)
}

// A global nonce shared by every push notification.
int seal_push(unsigned char* c, const std::string& body, const unsigned char* key) {
  return crypto_secretbox_easy(c, reinterpret_cast<const unsigned char*>(body.data()),  // expect: CPP407(high)
                               body.size(), kPushNonce, key);
}

// Detached MAC, value-initialised std::array nonce.
int seal_detached(unsigned char* c, unsigned char* mac, const unsigned char* m,
                  unsigned long long mlen, const unsigned char* key) {
  std::array<unsigned char, crypto_secretbox_NONCEBYTES> nonce{};
  return crypto_secretbox_detached(c, mac, m, mlen, nonce.data(), key);  // expect: CPP407(high)
}

// Public-key box with a string literal as nonce (24 characters).
int box_for_peer(unsigned char* c, const unsigned char* m, unsigned long long mlen,
                 const unsigned char* peer_pk, const unsigned char* my_sk) {
  return crypto_box_easy(c, m, mlen,  // expect: CPP407(high)
                         reinterpret_cast<const unsigned char*>("static-nonce-24-bytes!!!"), peer_pk,
                         my_sk);
}

int box_detached(unsigned char* c, unsigned char* mac, const unsigned char* m,
                 unsigned long long mlen, const unsigned char* pk, const unsigned char* sk) {
  const unsigned char nonce[crypto_box_NONCEBYTES] = {};
  return crypto_box_detached(c, mac, m, mlen, nonce, pk, sk);  // expect: CPP407(high)
}

// Precomputed shared key with a constexpr nonce.
int box_afternm(unsigned char* c, const unsigned char* m, unsigned long long mlen,
                const unsigned char* shared_key) {
  return crypto_box_easy_afternm(c, m, mlen, kHandshakeNonce.data(), shared_key);  // expect: CPP407(high)
}

// AEADs: the public nonce is the eighth argument (npub); nsec is always null.
int seal_record(unsigned char* c, unsigned long long* clen, const unsigned char* m,
                unsigned long long mlen, const unsigned char* ad, unsigned long long adlen,
                const unsigned char* key) {
  unsigned char npub[crypto_aead_chacha20poly1305_IETF_NPUBBYTES] = {0};
  return crypto_aead_chacha20poly1305_ietf_encrypt(c, clen, m, mlen, ad, adlen, nullptr, npub,  // expect: CPP407(high)
                                                   key);
}

int seal_record_x(unsigned char* c, unsigned long long* clen, const unsigned char* m,
                  unsigned long long mlen, const unsigned char* key) {
  static const unsigned char npub[crypto_aead_xchacha20poly1305_ietf_NPUBBYTES] = {7, 7, 7};
  return crypto_aead_xchacha20poly1305_ietf_encrypt(c, clen, m, mlen, nullptr, 0, nullptr, npub, key);  // expect: CPP407(high)
}

int seal_record_gcm(unsigned char* c, unsigned long long* clen, const unsigned char* m,
                    unsigned long long mlen, const unsigned char* key) {
  std::array<unsigned char, crypto_aead_aes256gcm_NPUBBYTES> npub{};
  return crypto_aead_aes256gcm_encrypt(c, clen, m, mlen, nullptr, 0, nullptr, npub.data(), key);  // expect: CPP407(high)
}

// Raw stream ciphers.
int xor_stream(unsigned char* c, const unsigned char* m, unsigned long long mlen,
               const unsigned char* key) {
  return crypto_stream_xor(c, m, mlen, kPushNonce, key);  // expect: CPP407(high)
}

int xor_chacha(unsigned char* c, const unsigned char* m, unsigned long long mlen,
               const unsigned char* key) {
  unsigned char nonce[crypto_stream_chacha20_NONCEBYTES] = {0};
  return crypto_stream_chacha20_xor(c, m, mlen, nonce, key);  // expect: CPP407(high)
}

}  // namespace chat::e2e
