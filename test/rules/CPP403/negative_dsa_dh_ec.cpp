// CPP403 negatives: DSA and DH of 2048 bits or more, curves of 224 bits or more, and
// values only known at run time.
#include <openssl/dh.h>
#include <openssl/dsa.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/obj_mac.h>

namespace pki::params {

DSA* make_dsa_params() {
  DSA* dsa = DSA_new();
  DSA_generate_parameters_ex(dsa, 2048, nullptr, 0, nullptr, nullptr, nullptr);
  return dsa;
}

void configure_dsa_paramgen(EVP_PKEY_CTX* ctx) {
  EVP_PKEY_CTX_set_dsa_paramgen_bits(ctx, 3072);
}

DH* make_dh_params() {
  DH* dh = DH_new();
  DH_generate_parameters_ex(dh, 2048, DH_GENERATOR_2, nullptr);
  return dh;
}

void configure_dh_paramgen(EVP_PKEY_CTX* ctx) {
  EVP_PKEY_CTX_set_dh_paramgen_prime_len(ctx, 4096);
  // The generator (2) is not a size.
  EVP_PKEY_CTX_set_dh_paramgen_generator(ctx, 2);
}

// The prime length is the caller's.
void configure_dh_from_settings(EVP_PKEY_CTX* ctx, int prime_bits) {
  EVP_PKEY_CTX_set_dh_paramgen_prime_len(ctx, prime_bits);
}

// P-256, P-384, P-521 and brainpoolP256r1 are fine; P-224 is the boundary and is fine too.
EC_KEY* make_session_key() { return EC_KEY_new_by_curve_name(NID_X9_62_prime256v1); }

EC_KEY* make_ca_key() { return EC_KEY_new_by_curve_name(NID_secp384r1); }

EC_GROUP* make_p521_group() { return EC_GROUP_new_by_curve_name(NID_secp521r1); }

EC_GROUP* make_p224_group() { return EC_GROUP_new_by_curve_name(NID_secp224r1); }

void configure_ec_paramgen(EVP_PKEY_CTX* ctx) {
  EVP_PKEY_CTX_set_ec_paramgen_curve_nid(ctx, NID_brainpoolP256r1);
}

// The curve comes from the certificate profile.
EC_KEY* make_key_for_profile(int curve_nid) { return EC_KEY_new_by_curve_name(curve_nid); }

}  // namespace pki::params
