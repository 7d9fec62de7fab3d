#pragma once
// Shared by the jwt-cpp fixtures of this folder.
#include <chrono>
#include <string>
#include <system_error>

// Stand-ins for jwt-cpp (jwt-cpp/jwt.h is not installed): the real namespaces and names.
namespace jwt {
namespace algorithm {
struct none {};
struct hs256 {
  explicit hs256(std::string key);
};
struct rs256 {
  explicit rs256(const std::string& public_key, const std::string& private_key = "");
};
}  // namespace algorithm
namespace traits {
struct kazuho_picojson {};
}  // namespace traits
struct default_clock {
  std::chrono::system_clock::time_point now() const;
};
template <class Traits>
class basic_claim {
 public:
  std::string as_string() const;
};
template <class Traits>
class decoded_jwt {
 public:
  std::string get_subject() const;
  std::string get_key_id() const;
  bool has_payload_claim(const std::string& name) const;
  basic_claim<Traits> get_payload_claim(const std::string& name) const;
};
template <class Clock, class Traits>
class verifier {
 public:
  template <class Algo>
  verifier& allow_algorithm(Algo alg);
  verifier& with_issuer(const std::string& iss);
  verifier& with_audience(const std::string& aud);
  void verify(const decoded_jwt<Traits>& jwt) const;
  void verify(const decoded_jwt<Traits>& jwt, std::error_code& ec) const;
};
verifier<default_clock, traits::kazuho_picojson> verify();
decoded_jwt<traits::kazuho_picojson> decode(const std::string& token);
}  // namespace jwt
