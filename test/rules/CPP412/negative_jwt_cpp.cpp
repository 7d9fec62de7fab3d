// CPP412 negatives with jwt-cpp (Thalhammer): decoded tokens checked by a verifier that allows
// only real algorithms, or by a project function named verify.../validate... in the same
// function; no 'none' algorithm.
#include <chrono>
#include <string>
#include <system_error>

#include "jwt_cpp_standin.h"

namespace gateway {

using Decoded = jwt::decoded_jwt<jwt::traits::kazuho_picojson>;
using Verifier = jwt::verifier<jwt::default_clock, jwt::traits::kazuho_picojson>;

struct Principal {
  std::string user_id;
  std::string role;
};

bool validate_claims(const Decoded& decoded);
bool verifyToken(const Decoded& decoded, const std::string& public_key);
const std::string& public_key_for(const std::string& kid);

// The usual pattern: decode, verify with HS256, then read claims.
Principal authenticate(const std::string& token, const std::string& secret) {
  auto decoded = jwt::decode(token);
  jwt::verify().allow_algorithm(jwt::algorithm::hs256{secret}).with_issuer("auth.example.com").verify(decoded);
  return {decoded.get_subject(), decoded.get_payload_claim("role").as_string()};
}

// A verifier built elsewhere, verify with an error code.
bool authorize(const Verifier& verifier, const std::string& token, std::string& user_id) {
  const auto decoded = jwt::decode(token);
  std::error_code ec;
  verifier.verify(decoded, ec);
  if (ec) return false;
  user_id = decoded.get_subject();
  return true;
}

// Verifier with RS256 only, built as a variable.
Verifier make_verifier(const std::string& public_key) {
  Verifier v = jwt::verify();
  v.allow_algorithm(jwt::algorithm::rs256{public_key});
  return v;
}

// A project function with 'validate' in its name checks the decoded token here.
std::string user_if_valid(const std::string& token) {
  const auto decoded = jwt::decode(token);
  if (!validate_claims(decoded)) return {};
  return decoded.get_subject();
}

// camelCase verifyToken: 'verify' is a word of it.
std::string tenant_of(const std::string& token) {
  auto decoded = jwt::decode(token);
  if (!verifyToken(decoded, public_key_for(decoded.get_key_id()))) return {};
  return decoded.get_payload_claim("tenant").as_string();
}

// Decoding the header to pick the key by kid, then verifying with it.
Principal multi_key(const std::string& token) {
  auto decoded = jwt::decode(token);
  const std::string& key = public_key_for(decoded.get_key_id());
  jwt::verify().allow_algorithm(jwt::algorithm::rs256{key}).verify(decoded);
  return {decoded.get_subject(), decoded.get_payload_claim("role").as_string()};
}

// Two tokens, one verifier call each.
bool refresh_session(const Verifier& verifier, const std::string& access_token, const std::string& refresh_token) {
  auto access = jwt::decode(access_token);
  auto refresh = jwt::decode(refresh_token);
  verifier.verify(access);
  verifier.verify(refresh);
  return access.get_subject() == refresh.get_subject();
}

}  // namespace gateway
