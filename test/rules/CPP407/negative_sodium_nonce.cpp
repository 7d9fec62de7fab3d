// CPP407 negatives: libsodium nonces drawn with randombytes_buf, counters advanced with
// sodium_increment, nonces received with the message, and decryption.
#include <sodium.h>

#include <array>
#include <string>
#include <vector>

namespace chat::e2e {

static const unsigned char kLegacyNonce[crypto_secretbox_NONCEBYTES] = {0};

// A fresh random nonce per message, prepended to the ciphertext.
std::vector<unsigned char> seal_message(const std::string& text, const unsigned char* key) {
  std::vector<unsigned char> out(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + text.size());
  unsigned char* nonce = out.data();
  randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
  crypto_secretbox_easy(out.data() + crypto_secretbox_NONCEBYTES,
                        reinterpret_cast<const unsigned char*>(text.data()), text.size(), nonce, key);
  return out;
}

// std::array filled by randombytes_buf.
int box_for_peer(unsigned char* c, const unsigned char* m, unsigned long long mlen,
                 const unsigned char* pk, const unsigned char* sk,
                 std::array<unsigned char, crypto_box_NONCEBYTES>& nonce_out) {
  std::array<unsigned char, crypto_box_NONCEBYTES> nonce;
  randombytes_buf(nonce.data(), nonce.size());
  nonce_out = nonce;
  return crypto_box_easy(c, m, mlen, nonce.data(), pk, sk);
}

// A helper of this file that returns a random nonce.
std::array<unsigned char, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES> fresh_nonce() {
  std::array<unsigned char, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES> n;
  randombytes_buf(n.data(), n.size());
  return n;
}

int seal_record(unsigned char* c, unsigned long long* clen, const unsigned char* m,
                unsigned long long mlen, const unsigned char* key) {
  const auto npub = fresh_nonce();
  return crypto_aead_xchacha20poly1305_ietf_encrypt(c, clen, m, mlen, nullptr, 0, nullptr,
                                                    npub.data(), key);
}

// A counter nonce in a session object, advanced before every message.
class SecureChannel {
 public:
  int send(unsigned char* c, const unsigned char* m, unsigned long long mlen) {
    sodium_increment(nonce_, sizeof nonce_);
    return crypto_box_easy_afternm(c, m, mlen, nonce_, shared_key_);
  }

 private:
  unsigned char nonce_[crypto_box_NONCEBYTES] = {};
  unsigned char shared_key_[crypto_box_BEFORENMBYTES] = {};
};

// The nonce is the caller's (taken from the message header).
int xor_stream(unsigned char* c, const unsigned char* m, unsigned long long mlen,
               const unsigned char* nonce, const unsigned char* key) {
  return crypto_stream_chacha20_xor(c, m, mlen, nonce, key);
}

int seal_gcm(unsigned char* c, unsigned long long* clen, const unsigned char* m,
             unsigned long long mlen, const unsigned char* npub, const unsigned char* key) {
  return crypto_aead_aes256gcm_encrypt(c, clen, m, mlen, nullptr, 0, nullptr, npub, key);
}

// Opening uses the sender's nonce; a fixed nonce is reported where data is sealed.
int open_legacy(unsigned char* m, const unsigned char* c, unsigned long long clen,
                const unsigned char* key) {
  return crypto_secretbox_open_easy(m, c, clen, kLegacyNonce, key);
}

int open_record(unsigned char* m, unsigned long long* mlen, const unsigned char* c,
                unsigned long long clen, const unsigned char* key) {
  return crypto_aead_chacha20poly1305_ietf_decrypt(m, mlen, nullptr, c, clen, nullptr, 0,
                                                   kLegacyNonce, key);
}

}  // namespace chat::e2e
