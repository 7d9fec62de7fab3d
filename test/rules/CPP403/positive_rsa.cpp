// CPP403 positives: RSA keys generated with fewer than 2048 bits, through the legacy RSA_*
// API, the EVP_PKEY_CTX API and the EVP_RSA_gen / EVP_PKEY_Q_keygen shortcut of OpenSSL 3.
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

#include <cstddef>

#define LEGACY_RSA_BITS 512

namespace pki::keys {

enum class DeviceKeyBits : int { kEmbedded = 1024 };
enum LegacyBits { kPartnerBits = 1280 };

constexpr int kDeviceKeyBits = 1536;

// The classic 1024-bit key for a code-signing tool.
RSA* generate_signing_key(BIGNUM* e) {
  RSA* rsa = RSA_new();
  RSA_generate_key_ex(rsa, 1024, e, nullptr);  // expect: CPP403(high)
  return rsa;
}

// One bit short of the boundary is still short.
bool generate_almost_2048(RSA* rsa, BIGNUM* e) {
  return RSA_generate_key_ex(rsa, 2047, e, nullptr) == 1;  // expect: CPP403(high)
}

// The size travels through a local that only ever holds 1024.
bool generate_session_key(RSA* rsa, BIGNUM* e) {
  int bits = 1024;
  return RSA_generate_key_ex(rsa, bits, e, nullptr) == 1;  // expect: CPP403(high)
}

// A local assigned after its declaration; every value reaching the call is 768.
bool generate_test_key(RSA* rsa, BIGNUM* e) {
  int bits;
  bits = 768;
  return RSA_generate_key_ex(rsa, bits, e, nullptr) == 1;  // expect: CPP403(high)
}

// A constexpr constant of the module.
bool generate_device_key(RSA* rsa, BIGNUM* e) {
  return RSA_generate_key_ex(rsa, kDeviceKeyBits, e, nullptr) == 1;  // expect: CPP403(high)
}

// A macro from an old header.
bool generate_legacy_key(RSA* rsa, BIGNUM* e) {
  return RSA_generate_key_ex(rsa, LEGACY_RSA_BITS, e, nullptr) == 1;  // expect: CPP403(high)
}

// The pre-0.9.8 interface, still declared by OpenSSL 3.
RSA* generate_with_old_api() {
  return RSA_generate_key(1024, RSA_F4, nullptr, nullptr);  // expect: CPP403(high)
}

// EVP_PKEY_CTX key generation.
EVP_PKEY* generate_evp_key() {
  EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, nullptr);
  EVP_PKEY* pkey = nullptr;
  if (EVP_PKEY_keygen_init(ctx) <= 0 ||
      EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, 1024) <= 0 ||  // expect: CPP403(high)
      EVP_PKEY_keygen(ctx, &pkey) <= 0) {
    pkey = nullptr;
  }
  EVP_PKEY_CTX_free(ctx);
  return pkey;
}

// Enumerators are constants too (a scoped one cast to int, an unscoped one directly).
void configure_embedded_keygen(EVP_PKEY_CTX* ctx) {
  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, static_cast<int>(DeviceKeyBits::kEmbedded));  // expect: CPP403(high)
}

void configure_partner_keygen(EVP_PKEY_CTX* ctx) {
  EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, kPartnerBits);  // expect: CPP403(high)
}

// EVP_RSA_gen is a macro for EVP_PKEY_Q_keygen(NULL, NULL, "RSA", bits).
EVP_PKEY* quick_key() {
  return EVP_RSA_gen(1024);  // expect: CPP403(high)
}

// The same call written out.
EVP_PKEY* quick_key_explicit() {
  return EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<std::size_t>(1024));  // expect: CPP403(high)
}

// A call split over lines is reported where it begins.
EVP_PKEY* quick_key_for_tests() {
  const std::size_t test_bits = 512;
  return EVP_PKEY_Q_keygen(  // expect: CPP403(high)
      nullptr, nullptr, "RSA", test_bits);
}

}  // namespace pki::keys
