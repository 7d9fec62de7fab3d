// CPP403 positives: DSA parameters and Diffie-Hellman primes under 2048 bits, and elliptic
// curves under 224 bits.
#include <openssl/dh.h>
#include <openssl/dsa.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/obj_mac.h>

namespace pki::params {

constexpr int kLegacyDhBits = 1024;

// DSA with the 1024-bit size of FIPS 186-2.
DSA* make_dsa_params() {
  DSA* dsa = DSA_new();
  DSA_generate_parameters_ex(dsa, 1024, nullptr, 0, nullptr, nullptr, nullptr);  // expect: CPP403(high)
  return dsa;
}

void configure_dsa_paramgen(EVP_PKEY_CTX* ctx) {
  EVP_PKEY_CTX_set_dsa_paramgen_bits(ctx, 1024);  // expect: CPP403(high)
}

// 1024-bit DH group for a VPN concentrator (Logjam territory).
DH* make_dh_params() {
  DH* dh = DH_new();
  DH_generate_parameters_ex(dh, 1024, DH_GENERATOR_2, nullptr);  // expect: CPP403(high)
  return dh;
}

// Through a constexpr constant.
bool make_legacy_dh(DH* dh) {
  return DH_generate_parameters_ex(dh, kLegacyDhBits, DH_GENERATOR_5, nullptr) == 1;  // expect: CPP403(high)
}

void configure_dh_paramgen(EVP_PKEY_CTX* ctx) {
  EVP_PKEY_CTX_set_dh_paramgen_prime_len(ctx, 512);  // expect: CPP403(high)
}

// Through a local that only ever holds 1536.
void configure_dh_for_iot(EVP_PKEY_CTX* ctx) {
  int prime_bits = 1536;
  EVP_PKEY_CTX_set_dh_paramgen_prime_len(ctx, prime_bits);  // expect: CPP403(high)
}

// Curves under 224 bits.
EC_KEY* make_sensor_key() {
  return EC_KEY_new_by_curve_name(NID_secp160r1);  // expect: CPP403(high)
}

EC_KEY* make_tag_key() {
  return EC_KEY_new_by_curve_name(NID_brainpoolP160r1);  // expect: CPP403(high)
}

EC_GROUP* make_p192_group() {
  return EC_GROUP_new_by_curve_name(NID_X9_62_prime192v1);  // expect: CPP403(high)
}

EC_GROUP* make_binary_group() {
  return EC_GROUP_new_by_curve_name(NID_sect163k1);  // expect: CPP403(high)
}

void configure_ec_paramgen(EVP_PKEY_CTX* ctx) {
  EVP_PKEY_CTX_set_ec_paramgen_curve_nid(ctx, NID_secp112r1);  // expect: CPP403(high)
}

void configure_wtls_paramgen(EVP_PKEY_CTX* ctx) {
  EVP_PKEY_CTX_set_ec_paramgen_curve_nid(ctx, NID_wap_wsg_idm_ecid_wtls7);  // expect: CPP403(high)
}

}  // namespace pki::params
