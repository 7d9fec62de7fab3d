// CPP411 negatives: comparisons that involve secrets but do not compare their contents.
// Lengths and sizes, emptiness (== "", == nullptr, strcmp(x, "")), integers (including
// numeric one-time codes), booleans and single characters. None is reported.
#include <sodium.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace validation {

struct Request {
  std::string token;
  std::string signature;
  std::vector<unsigned char> mac;
  bool csrf_checked = false;
};

struct Session {
  bool csrf_required = true;
  std::uint32_t otp = 0;
  std::uint64_t nonce = 0;
};

// Sizes and lengths.
bool same_length(const Request& req, const std::string& expected_token) {
  return req.token.size() == expected_token.size();
}

bool looks_like_sha256_hex(const Request& req) {
  return req.signature.length() == 64;
}

bool mac_size_ok(const Request& req) {
  return req.mac.size() == crypto_auth_BYTES;
}

bool api_key_length_ok(const char* api_key) {
  return std::strlen(api_key) == 40;
}

bool has_dot(const Request& req) {
  return req.token.find('.') != std::string::npos;
}

// Emptiness.
bool missing_token(const Request& req) {
  if (req.token.empty()) return true;
  return req.token == "";
}

bool missing_signature(const char* sig) {
  return sig == nullptr;
}

bool missing_mac(const unsigned char* hmac) {
  return hmac == nullptr;
}

bool blank_token(const char* token) {
  return std::strcmp(token, "") == 0;
}

// Integers: a numeric one-time code and a message counter used as a nonce.
bool otp_code_ok(const Session& session, std::uint32_t entered_otp) {
  return entered_otp == session.otp;
}

bool fresh(const Session& session, std::uint64_t nonce) {
  return nonce != session.nonce;
}

// Booleans.
bool csrf_state_consistent(const Request& req, const Session& session) {
  return req.csrf_checked == session.csrf_required;
}

// Single characters.
bool is_versioned(const Request& req) {
  return req.signature[0] == 'v' && req.token.back() != '=';
}

bool jwt_like(std::string_view token) {
  return !token.empty() && token.front() == 'e';
}

}  // namespace validation
