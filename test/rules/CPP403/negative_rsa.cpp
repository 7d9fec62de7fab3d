// CPP403 negatives: RSA keys of 2048 bits or more, sizes only known at run time, and
// similar-looking calls whose small integers are not key sizes.
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

#include <algorithm>
#include <cstddef>

namespace pki::keys {

constexpr int kMinRsaBits = 2048;

struct KeyPolicy {
  int rsa_bits = 3072;
  bool high_security = false;
};

// 2048 is the boundary and is fine.
bool generate_server_key(RSA* rsa, BIGNUM* e) {
  return RSA_generate_key_ex(rsa, 2048, e, nullptr) == 1;
}

bool generate_ca_key(RSA* rsa, BIGNUM* e) {
  return RSA_generate_key_ex(rsa, 4096, e, nullptr) == 1;
}

bool generate_with_constant(RSA* rsa, BIGNUM* e) {
  return RSA_generate_key_ex(rsa, kMinRsaBits, e, nullptr) == 1;
}

// Every value reaching the call is at least 2048.
bool generate_by_policy(RSA* rsa, BIGNUM* e, const KeyPolicy& policy) {
  int bits = 2048;
  if (policy.high_security) bits = 4096;
  return RSA_generate_key_ex(rsa, bits, e, nullptr) == 1;
}

// The size comes from configuration: unknown, never reported.
bool generate_configured(RSA* rsa, BIGNUM* e, const KeyPolicy& policy) {
  return RSA_generate_key_ex(rsa, policy.rsa_bits, e, nullptr) == 1;
}

// A requested size clamped to the minimum: not a constant.
void configure_keygen(EVP_PKEY_CTX* ctx, int requested_bits) {
  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, std::max(requested_bits, kMinRsaBits));
}

void configure_strong_keygen(EVP_PKEY_CTX* ctx) {
  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, 3072);
  // The number of primes and the public exponent are not sizes.
  EVP_PKEY_CTX_set_rsa_keygen_primes(ctx, 2);
}

RSA* generate_with_old_api() {
  return RSA_generate_key(2048, RSA_F4, nullptr, nullptr);
}

// EVP_RSA_gen / EVP_PKEY_Q_keygen with a sufficient size.
EVP_PKEY* quick_key() { return EVP_RSA_gen(3072); }

EVP_PKEY* quick_key_explicit() {
  return EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<std::size_t>(2048));
}

// Other key types through EVP_PKEY_Q_keygen: not RSA, so no size check.
EVP_PKEY* quick_ec_key() { return EVP_EC_gen("P-256"); }

EVP_PKEY* quick_x25519_key() { return EVP_PKEY_Q_keygen(nullptr, nullptr, "X25519"); }

}  // namespace pki::keys
