// CPP412 positives with cpp-jwt (arun11299): signature verification turned off with
// verify(false), and the 'none' algorithm accepted in algorithms({...}). High confidence, at
// the verify(...) / algorithms(...) call. cpp-jwt's decode verifies by default, so the decode
// call itself is not reported (the decode-without-verifier check is for jwt-cpp).
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

// Stand-ins for cpp-jwt (jwt/jwt.hpp is not installed): the real namespaces and names.
namespace jwt {
namespace params {
namespace detail {
struct algorithms_param {
  std::vector<std::string_view> names;
};
struct secret_param {
  std::string_view key;
};
struct verify_param {
  bool on;
};
struct issuer_param {
  std::string_view iss;
};
}  // namespace detail
detail::algorithms_param algorithms(std::initializer_list<std::string_view> names);
detail::secret_param secret(std::string_view key);
detail::verify_param verify(bool on);
detail::issuer_param issuer(std::string_view iss);
}  // namespace params
class jwt_payload {
 public:
  bool has_claim(std::string_view name) const;
  template <class T>
  T get_claim_value(std::string_view name) const;
};
class jwt_object {
 public:
  jwt_payload& payload();
  const jwt_payload& payload() const;
};
template <class... Args>
jwt_object decode(std::string_view token, Args&&... args);
}  // namespace jwt

namespace billing {

struct Settings {
  std::string jwt_secret;
};

// Verification turned off.
std::string customer_of(const std::string& token, const Settings& settings) {
  auto obj = jwt::decode(token, jwt::params::algorithms({"HS256"}), jwt::params::secret(settings.jwt_secret),
                         jwt::params::verify(false));  // expect: CPP412(high)
  return obj.payload().get_claim_value<std::string>("customer_id");
}

// With the namespace imported.
std::string plan_of(const std::string& token, const Settings& settings) {
  using namespace jwt::params;
  auto obj = jwt::decode(token, algorithms({"HS256"}), secret(settings.jwt_secret), verify(false));  // expect: CPP412(high)
  return obj.payload().get_claim_value<std::string>("plan");
}

// A local that only ever holds false.
bool is_admin(const std::string& token, const Settings& settings) {
  const bool kCheckSignature = false;
  auto obj = jwt::decode(token, jwt::params::algorithms({"HS256"}), jwt::params::secret(settings.jwt_secret),
                         jwt::params::verify(kCheckSignature));  // expect: CPP412(high)
  return obj.payload().has_claim("admin");
}

// verify(0) is false too.
bool has_scope(const std::string& token, const Settings& settings) {
  auto obj = jwt::decode(token, jwt::params::algorithms({"RS256"}), jwt::params::secret(settings.jwt_secret),
                         jwt::params::verify(0));  // expect: CPP412(high)
  return obj.payload().has_claim("scope");
}

// 'none' accepted, alone, next to HS256, and in upper case.
std::string unsigned_ok(const std::string& token) {
  auto obj = jwt::decode(token,
                         jwt::params::algorithms({"none"}));  // expect: CPP412(high)
  return obj.payload().get_claim_value<std::string>("sub");
}

std::string legacy_clients(const std::string& token, const Settings& settings) {
  auto obj = jwt::decode(token,
                         jwt::params::algorithms({"HS256", "none"}),  // expect: CPP412(high)
                         jwt::params::secret(settings.jwt_secret));
  return obj.payload().get_claim_value<std::string>("sub");
}

std::string upper_case_none(const std::string& token, const Settings& settings) {
  auto obj = jwt::decode(token,
                         jwt::params::algorithms({"NONE", "HS512"}),  // expect: CPP412(high)
                         jwt::params::secret(settings.jwt_secret));
  return obj.payload().get_claim_value<std::string>("sub");
}

}  // namespace billing
