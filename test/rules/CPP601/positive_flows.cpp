// CPP601 positives: how a secret reaches the log call. Through locals, concatenation, +=, helper
// return values, nested struct fields, request headers with a sensitive name, a logging helper of the
// same TU (reported at the helper's call), and whole objects whose printing includes a secret (medium).
#include <glog/logging.h>
#include <httplib.h>
#include <spdlog/spdlog.h>

#include <cstdio>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

namespace flows {

struct DbConfig {
  std::string host;
  int port = 5432;
  std::string user;
  std::string password;
};

struct LoginBody {
  std::string username;
  std::string password;
};

struct LoginRequest {
  std::string request_id;
  LoginBody body;
};

// Declared only: a project function whose name says it returns an API key.
std::string load_api_key(const std::string& service);

// A local copied from a field, then copied again: high.
void on_db_connect(const DbConfig& cfg) {
  std::string pw = cfg.password;
  const std::string shown = pw;
  LOG(INFO) << "db connect " << cfg.user << "@" << cfg.host << " (" << shown << ")";  // expect: CPP601(high)
}

// A connection URI built by concatenation: high.
void on_db_retry(const DbConfig& cfg, int attempt) {
  const std::string uri = "postgres://" + cfg.user + ":" + cfg.password + "@" + cfg.host;
  spdlog::warn("attempt {} connecting to {}", attempt, uri);  // expect: CPP601(high)
}

// A message grown with += from a token: high.
void on_webhook_registered(const std::string& url, const std::string& webhook_token) {
  std::string line = "webhook " + url;
  line += " token=";
  line += webhook_token;
  std::puts(line.c_str());  // expect: CPP601(high)
}

// A helper that returns a string built from the password; its result is logged: high.
std::string connection_string(const DbConfig& cfg) {
  return "host=" + cfg.host + " user=" + cfg.user + " password=" + cfg.password;
}

void on_pool_start(const DbConfig& cfg) {
  spdlog::info("starting pool with '{}'", connection_string(cfg));  // expect: CPP601(high)
}

// The value of a function whose name says it returns an API key: high.
void on_service_init(const std::string& service) {
  spdlog::debug("{} key: {}", service, load_api_key(service));  // expect: CPP601(high)
}

// A nested struct field: high (req.body.password).
void on_login(const LoginRequest& req) {
  LOG(INFO) << "login " << req.request_id << " " << req.body.username << " " << req.body.password;  // expect: CPP601(high)
}

// cpp-httplib: the Authorization header logged directly: high.
void on_api_call(const httplib::Request& req) {
  LOG(INFO) << req.method << " " << req.path << " auth=" << req.get_header_value("Authorization");  // expect: CPP601(high)
}

// The X-Api-Key header read into a neutral local first: high.
void on_key_rejected(const httplib::Request& req) {
  const std::string presented = req.get_header_value("X-Api-Key");
  spdlog::warn("rejected key {} from {}", presented, req.remote_addr);  // expect: CPP601(high)
}

// Proxy-Authorization and X-Auth-Token headers: high each.
void on_proxy_request(const httplib::Request& req) {
  spdlog::info("proxy auth {}", req.get_header_value("Proxy-Authorization"));  // expect: CPP601(high)
  std::cerr << "auth token " << req.get_header_value("X-Auth-Token") << "\n";  // expect: CPP601(high)
}

// A header map indexed with "Cookie": high.
void on_legacy_request(std::map<std::string, std::string>& headers) {
  LOG(INFO) << "legacy request, cookie jar: " << headers["Cookie"];  // expect: CPP601(high)
}

// The Set-Cookie header of an upstream response: high.
void login_upstream(httplib::Client& cli) {
  if (auto res = cli.Post("/login", "{}", "application/json")) {
    spdlog::info("upstream set {}", res->get_header_value("Set-Cookie"));  // expect: CPP601(high)
  }
}

// A logging helper of this TU: its parameter reaches spdlog::info, so callers are reported
// at the audit( call when they pass a secret, and the helper itself is not reported.
void audit(const std::string& msg) { spdlog::info("audit: {}", msg); }

void change_password(const std::string& user, const std::string& password) {
  audit("password change for " + user);
  audit("pw=" + password);  // expect: CPP601(high)
}

// A second helper that forwards to audit(): the secret still reaches the log: high, at audit_login(.
void audit_login(const std::string& what) { audit("login: " + what); }

void on_sso_login(const std::string& user, const std::string& sso_token) {
  audit_login(user + " via " + sso_token);  // expect: CPP601(high)
}

// Whole objects (medium): operator<< of this TU prints the password field.
std::ostream& operator<<(std::ostream& os, const DbConfig& cfg) {
  return os << cfg.user << ":" << cfg.password << "@" << cfg.host << ":" << cfg.port;
}

void on_config_loaded(const DbConfig& cfg) {
  std::cout << "loaded database config " << cfg << "\n";  // expect: CPP601(medium)
  LOG(INFO) << "config: " << cfg;  // expect: CPP601(medium)
}

// to_string() / toString() / str() / to_json() / dump() members that include a secret field: medium.
class ApiClient {
 public:
  std::string to_string() const { return "ApiClient{" + base_url_ + ", key=" + api_key_ + "}"; }
  std::string toString() const { return to_string(); }
  std::string dump() const {
    std::ostringstream os;
    os << "{\"url\":\"" << base_url_ << "\",\"api_key\":\"" << api_key_ << "\"}";
    return os.str();
  }

 private:
  std::string base_url_;
  std::string api_key_;
};

struct PaymentMethod {
  std::string holder;
  std::string card_number;
  std::string to_json() const { return R"({"holder":")" + holder + R"(","card":")" + card_number + "\"}"; }
  std::string str() const { return holder + " " + card_number; }
};

void on_client_ready(const ApiClient& client) {
  spdlog::info("client ready: {}", client.to_string());  // expect: CPP601(medium)
  spdlog::debug("client state {}", client.dump());  // expect: CPP601(medium)
  std::clog << client.toString() << "\n";  // expect: CPP601(medium)
}

void on_payment_method_added(const PaymentMethod& method) {
  LOG(INFO) << "added " << method.to_json();  // expect: CPP601(medium)
  std::printf("added %s\n", method.str().c_str());  // expect: CPP601(medium)
}

// A free to_string() that includes the password: medium.
std::string to_string(const LoginBody& body) { return body.username + "/" + body.password; }

void on_login_body(const LoginBody& body) {
  spdlog::trace("body {}", to_string(body));  // expect: CPP601(medium)
}

}  // namespace flows
