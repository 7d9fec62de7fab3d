// CPP601 negatives: names where the sensitive word is qualified (password_policy, token_ttl, key_id...),
// literal text that only mentions a secret, header names that are not read, non-sensitive headers,
// and ordinary values (user names, emails, paths, request ids, counts).
#include <fmt/core.h>
#include <glog/logging.h>
#include <httplib.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>

namespace names {

constexpr int kPasswordMinLength = 12;
constexpr char kAuthorizationHeader[] = "Authorization";

struct SecurityPolicy {
  std::string password_policy;
  int token_ttl = 3600;
  int session_count = 0;
  std::string token_type = "Bearer";
  int password_max_attempts = 5;
  bool otp_enabled = false;
  bool pin_required = false;
  std::chrono::seconds token_timeout{30};
  int cookie_max_age = 0;
};

struct SecretRef {
  std::string secret_name;
  std::string secret_path;
  std::string api_key_id;
  std::string credentials_file;
  std::string password_field;
  std::string cookie_name;
  std::string token_kind;
};

// Policy and lifetime settings: qualified names (policy, ttl, count, type, attempts, enabled, required, timeout, age).
void on_policy_loaded(const SecurityPolicy& p) {
  spdlog::info("policy={} ttl={} sessions={} type={}", p.password_policy, p.token_ttl, p.session_count, p.token_type);
  LOG(INFO) << "max attempts " << p.password_max_attempts << " otp " << p.otp_enabled << " pin " << p.pin_required;
  std::cout << "timeout " << p.token_timeout.count() << "s, cookie max age " << p.cookie_max_age << "\n";
  std::printf("minimum password length %d\n", kPasswordMinLength);
}

// Where a secret lives and what it is called, not the secret (name, path, id, file, field, kind).
void on_secret_resolved(const SecretRef& ref) {
  spdlog::info("resolved {} at {} (key {}) from {}", ref.secret_name, ref.secret_path, ref.api_key_id, ref.credentials_file);
  LOG(INFO) << "form field " << ref.password_field << ", cookie " << ref.cookie_name << ", kind " << ref.token_kind;
}

// Literal text that mentions a secret, with non-sensitive arguments.
void on_password_changed(const std::string& user) {
  spdlog::info("password changed for {}", user);
  LOG(WARNING) << "invalid token";
  std::printf("Enter password: ");
  fmt::print("api key rotation due for {}\n", user);
  std::cerr << "missing credentials, see docs/secrets.md\n";
}

// The name of a header, logged as text; the header itself is not read.
void on_missing_auth(const std::string& request_id) {
  spdlog::warn("request {}: missing {} header", request_id, kAuthorizationHeader);
  LOG(WARNING) << "request " << request_id << ": expected header " << "Authorization";
}

// Headers with non-sensitive names, and whether a sensitive header is present.
void on_request(const httplib::Request& req) {
  LOG(INFO) << req.method << " " << req.path << " ua=" << req.get_header_value("User-Agent")
            << " id=" << req.get_header_value("X-Request-Id");
  spdlog::info("authorized request: {}", req.has_header("Authorization"));
}

// Ordinary values: user names, emails, paths, request ids, counts.
struct Order {
  std::string request_id;
  std::string customer_email;
  std::string username;
  int item_count = 0;
};

void on_order(const Order& order, const std::string& upload_path) {
  spdlog::info("order {} by {} <{}>: {} items, invoice at {}", order.request_id, order.username,
               order.customer_email, order.item_count, upload_path);
}

// Words that merely contain a sensitive word are not it: spinner (pin), company (pan), tokenizer (token).
void on_ui_event(const std::string& spinner, const std::string& company, int tokenizer_state) {
  LOG(INFO) << spinner << " " << company << " " << tokenizer_state;
}

}  // namespace names

// The name of the environment variable that holds a secret is not the secret.
namespace env_names {
constexpr const char* kSigningSecretEnv = "LICENSE_SIGNING_SECRET";
void warn_unset() { spdlog::warn("{} is not set; refusing to sign", kSigningSecretEnv); }
}  // namespace env_names
