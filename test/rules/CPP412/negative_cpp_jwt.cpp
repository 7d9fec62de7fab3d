// CPP412 negatives with cpp-jwt (arun11299): verification on (explicitly or by default), only
// signed algorithms allowed, and a verify flag the analysis cannot know.
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
}  // namespace detail
detail::algorithms_param algorithms(std::initializer_list<std::string_view> names);
detail::secret_param secret(std::string_view key);
detail::verify_param verify(bool on);
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
};
template <class... Args>
jwt_object decode(std::string_view token, Args&&... args);
}  // namespace jwt

namespace billing {

struct Settings {
  std::string jwt_secret;
  bool verify_tokens;
};

// Explicit verify(true).
std::string customer_of(const std::string& token, const Settings& settings) {
  auto obj = jwt::decode(token, jwt::params::algorithms({"HS256"}), jwt::params::secret(settings.jwt_secret),
                         jwt::params::verify(true));
  return obj.payload().get_claim_value<std::string>("customer_id");
}

// cpp-jwt verifies by default: no verify(...) argument needed.
std::string plan_of(const std::string& token, const Settings& settings) {
  using namespace jwt::params;
  auto obj = jwt::decode(token, algorithms({"HS256"}), secret(settings.jwt_secret));
  return obj.payload().get_claim_value<std::string>("plan");
}

// Asymmetric algorithms only.
bool is_admin(const std::string& token, const std::string& public_key) {
  auto obj = jwt::decode(token, jwt::params::algorithms({"RS256", "ES256"}), jwt::params::secret(public_key),
                         jwt::params::verify(true));
  return obj.payload().has_claim("admin");
}

// A flag from configuration: not known, not reported.
bool has_scope(const std::string& token, const Settings& settings) {
  auto obj = jwt::decode(token, jwt::params::algorithms({"HS512"}), jwt::params::secret(settings.jwt_secret),
                         jwt::params::verify(settings.verify_tokens));
  return obj.payload().has_claim("scope");
}

// A local that only ever holds true.
std::string subject_of(const std::string& token, const Settings& settings) {
  const bool kCheckSignature = true;
  auto obj = jwt::decode(token, jwt::params::algorithms({"HS256"}), jwt::params::secret(settings.jwt_secret),
                         jwt::params::verify(kCheckSignature));
  return obj.payload().get_claim_value<std::string>("sub");
}

}  // namespace billing
