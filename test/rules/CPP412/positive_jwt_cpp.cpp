// CPP412 positives with jwt-cpp (Thalhammer): a verifier that allows the 'none' algorithm
// (high, at the start of the call expression, which for a chain is the line it starts on), and
// jwt::decode in a function that calls no verifier and no function named verify/validate
// (medium, at the decode call).
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

bool check_token(const Decoded& decoded);

// The verifier accepts unsigned tokens: reported at the line the chain starts.
Principal authenticate(const std::string& token, const std::string& secret) {
  auto decoded = jwt::decode(token);
  jwt::verify()  // expect: CPP412(high)
      .allow_algorithm(jwt::algorithm::none{})
      .with_issuer("auth.example.com")
      .verify(decoded);
  return {decoded.get_subject(), decoded.get_payload_claim("role").as_string()};
}

// 'none' allowed next to HS256, as a variable.
Verifier make_verifier(const std::string& secret) {
  jwt::algorithm::none unsigned_tokens;
  Verifier v = jwt::verify();
  v.allow_algorithm(jwt::algorithm::hs256{secret});
  v.allow_algorithm(unsigned_tokens);  // expect: CPP412(high)
  return v;
}

// Both on one line: one call starts the line, only the 'none' one is reported there.
void configure(Verifier& v, const std::string& secret) {
  v.allow_algorithm(jwt::algorithm::hs256{secret}).allow_algorithm(jwt::algorithm::none{});  // expect: CPP412(high)
}

// Decoded and trusted, no verifier anywhere in the function.
Principal principal_from(const std::string& bearer) {
  auto decoded = jwt::decode(bearer);  // expect: CPP412(medium)
  return {decoded.get_subject(), decoded.get_payload_claim("role").as_string()};
}

// Two tokens decoded, neither verified: two findings.
bool refresh_session(const std::string& access_token, const std::string& refresh_token) {
  auto access = jwt::decode(access_token);  // expect: CPP412(medium)
  auto refresh = jwt::decode(refresh_token);  // expect: CPP412(medium)
  return access.get_subject() == refresh.get_subject();
}

// check_token is not a verify/validate function.
std::string user_if_valid(const std::string& token) {
  const auto decoded = jwt::decode(token);  // expect: CPP412(medium)
  if (!check_token(decoded)) return {};
  return decoded.get_subject();
}

// The function's own name does not count: only the calls it makes.
bool verify_session_cookie(const std::string& cookie, std::string& user_id) {
  auto decoded = jwt::decode(cookie);  // expect: CPP412(medium)
  if (!decoded.has_payload_claim("uid")) return false;
  user_id = decoded.get_payload_claim("uid").as_string();
  return true;
}

// Verification happens in another function, not in this one.
void verify_decoded(const Decoded& decoded, const std::string& secret) {
  jwt::verify().allow_algorithm(jwt::algorithm::hs256{secret}).verify(decoded);
}
std::string tenant_of(const std::string& token) {
  return jwt::decode(token).get_payload_claim("tenant").as_string();  // expect: CPP412(medium)
}

// A class method.
class AuthMiddleware {
 public:
  std::string role_of(const std::string& authorization) const {
    const std::string token = authorization.substr(7);
    auto decoded = jwt::decode(token);  // expect: CPP412(medium)
    return decoded.get_payload_claim("role").as_string();
  }
};

}  // namespace gateway
