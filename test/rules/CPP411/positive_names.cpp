// CPP411 positives by name: a secret compared with ==, !=, <=>, compare(), strcmp and
// friends, memcmp, bcmp, std::equal or std::ranges::equal, which stop at the first differing
// byte. An operand whose name (variable, parameter, field, getter or called function) holds
// hmac, mac, signature, sig, digest, csrf, xsrf, otp, totp, hotp, api key, secret or verifier
// is high confidence; token, hash, hashed, password, passwd, pwd or nonce is medium; when
// both operands match, the stronger word wins. Reported on the line where the comparison starts.
#include <pwd.h>
#include <strings.h>

#include <algorithm>
#include <array>
#include <compare>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace webhooks {

struct InboundWebhook {
  std::string body;
  std::string signature;
  std::string delivery;
};

struct SignedMessage {
  std::vector<unsigned char> hmac;
  std::string payload;
};

// == on a field named signature.
bool verify_github(const InboundWebhook& hook, const std::string& expected) {
  return hook.signature == expected;  // expect: CPP411(high)
}

// != between two std::vector<unsigned char> fields named hmac.
bool tampered(const SignedMessage& got, const SignedMessage& computed) {
  return got.hmac != computed.hmac;  // expect: CPP411(high)
}

// std::string::compare on a parameter named sig.
bool same_sig(const std::string& sig, const std::string& recomputed) {
  return sig.compare(recomputed) == 0;  // expect: CPP411(high)
}

// strcmp on C strings named ..._digest.
bool digest_matches(const char* claimed_digest, const char* body_digest) {
  return std::strcmp(claimed_digest, body_digest) == 0;  // expect: CPP411(high)
}

// memcmp over raw MAC bytes, laid out over two lines: reported where the call starts.
bool mac_matches(const unsigned char* received_mac, const unsigned char* expected_mac) {
  return std::memcmp(received_mac,  // expect: CPP411(high)
                     expected_mac, 32) == 0;
}

// bcmp, the BSD spelling.
bool digest_equal(const void* digest, const void* other) {
  return bcmp(digest, other, 32) == 0;  // expect: CPP411(high)
}

// std::equal over a vector named signature.
bool signature_matches(const std::vector<unsigned char>& signature, const std::vector<unsigned char>& computed) {
  return signature.size() == computed.size() &&  // a size comparison: not reported
         std::equal(signature.begin(), signature.end(), computed.begin());  // expect: CPP411(high)
}

// std::ranges::equal over std::array MACs.
bool tag_ok(const std::array<unsigned char, 16>& received_mac, const std::array<unsigned char, 16>& expected_mac) {
  return std::ranges::equal(received_mac, expected_mac);  // expect: CPP411(high)
}

// == between std::array values.
bool digest_array_equal(const std::array<unsigned char, 32>& digest, const std::array<unsigned char, 32>& other) {
  return digest == other;  // expect: CPP411(high)
}

// Case-insensitive compares of hex digests.
bool hex_digest_equal(const char* hex_digest, const char* expected_hex) {
  return strcasecmp(hex_digest, expected_hex) == 0;  // expect: CPP411(high)
}

bool hex_mac_equal_n(const char* hex_mac, const char* provided) {
  return strncasecmp(hex_mac, provided, 64) == 0;  // expect: CPP411(high)
}

// string_view operands.
bool presented_matches(std::string_view presented_sig, std::string_view expected_sig) {
  return presented_sig == expected_sig;  // expect: CPP411(high)
}

// An == split over lines: reported on the line of its left operand.
bool check_delivery(const InboundWebhook& hook, const std::string& expected) {
  const bool ok =
      hook.signature ==  // expect: CPP411(high)
      expected;
  return ok;
}

// A getter and a called function whose names say what they return.
class StripeEvent {
 public:
  const std::string& signature() const { return signature_; }

 private:
  std::string signature_;
};

std::string compute_hmac(const std::string& body);

bool stripe_event_ok(const StripeEvent& event, const std::string& recomputed) {
  if (event.signature() != recomputed) return false;  // expect: CPP411(high)
  return true;
}

bool body_ok(const std::string& body, const std::string& received) {
  return compute_hmac(body) == received;  // expect: CPP411(high)
}

}  // namespace webhooks

namespace auth {

struct FormPost {
  std::string csrf_token;
  std::string otp;
};

struct Session {
  std::string user;
  std::string csrf_token;
  std::string otp;
  std::string nonce;
};

// csrf (high) and token (medium) in one name: the stronger word wins.
bool csrf_ok(const FormPost& form, const Session& session) {
  return form.csrf_token == session.csrf_token;  // expect: CPP411(high)
}

// xsrf with strncmp.
bool xsrf_ok(const char* xsrf_from_cookie, const char* xsrf_from_form) {
  return std::strncmp(xsrf_from_cookie, xsrf_from_form, 64) == 0;  // expect: CPP411(high)
}

// One-time passwords held as strings.
bool otp_ok(const FormPost& form, const Session& session) {
  if (form.otp != session.otp) return false;  // expect: CPP411(high)
  return true;
}

bool totp_ok(const std::string& totp_code, const std::string& expected) {
  return totp_code.compare(expected) == 0;  // expect: CPP411(high)
}

// Two comparisons on one line: otp (high) and nonce (medium).
bool replay_ok(const Session& a, const Session& b) {
  return a.otp == b.otp && a.nonce == b.nonce;  // expect: CPP411(high), CPP411(medium)
}

// API keys: api_key, apiKey, apikey.
bool api_key_ok(const std::string& api_key, const std::string& configured) {
  return api_key == configured;  // expect: CPP411(high)
}

bool legacy_key_ok(const char* apiKey, const char* stored) {
  return std::strcmp(apiKey, stored) == 0;  // expect: CPP411(high)
}

bool query_key_ok(std::string_view request_apikey, std::string_view stored) {
  return stored == request_apikey;  // expect: CPP411(high)
}

// An OAuth client secret and a PKCE verifier.
struct RegisteredClient {
  std::string client_secret;
};

bool client_ok(const std::string& client_secret, const RegisteredClient& registered) {
  return client_secret == registered.client_secret;  // expect: CPP411(high)
}

bool pkce_ok(const std::string& stored_verifier, const std::string& derived) {
  return stored_verifier == derived;  // expect: CPP411(high)
}

// A sorted API-key table: <=> orders secrets byte by byte too.
struct ApiKeyEntry {
  std::string api_key;
  int tenant = 0;
};

bool key_less(const ApiKeyEntry& a, const ApiKeyEntry& b) {
  return (a.api_key <=> b.api_key) < 0;  // expect: CPP411(high)
}

// ---- Medium: token, password, passwd, pwd, hash, hashed, nonce --------------------------------

bool session_ok(const std::string& session_token, const std::string& presented) {
  return session_token == presented;  // expect: CPP411(medium)
}

bool plain_login(const std::string& stored_password, const std::string& submitted) {
  return stored_password == submitted;  // expect: CPP411(medium)
}

// /etc/passwd-style entry: pw_passwd.
bool unix_login(const struct passwd* pw, const char* crypted) {
  return std::strcmp(pw->pw_passwd, crypted) == 0;  // expect: CPP411(medium)
}

bool pwd_ok(const std::string& pwd, const std::string& candidate) {
  return pwd.compare(candidate) == 0;  // expect: CPP411(medium)
}

struct User {
  std::string password_hash;
};

std::string hash_password(const std::string& input);

bool login(const User& user, const std::string& input) {
  return user.password_hash == hash_password(input);  // expect: CPP411(medium)
}

bool rehash_ok(const std::string& hashed, const std::string& stored) {
  return hashed == stored;  // expect: CPP411(medium)
}

// A weak word against a literal: a keyword or setting check, not a secret of the attacker's
// being timed (the literal itself is CPP101's business).
bool is_dev_token(const std::string& bearer_token) {
  return bearer_token == "dev-local-token";
}

}  // namespace auth
