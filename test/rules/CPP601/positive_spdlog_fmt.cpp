// CPP601 positives: secrets logged through spdlog (free functions, logger objects, SPDLOG_* macros)
// and fmt::print. The logger and level arguments do not count; every formatted argument does.
#include <fmt/core.h>
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <cstdio>
#include <memory>
#include <string>

namespace gateway {

struct OAuthTokens {
  std::string access_token;
  std::string refresh_token;
  long expires_in = 0;
};

struct ServiceConfig {
  std::string listen_address;
  std::string database_url;
  std::string db_password;
  std::string jwt_secret;
};

class UserRecord {
 public:
  const std::string& email() const { return email_; }
  const std::string& password() const { return password_; }

 private:
  std::string email_;
  std::string password_;
};

// spdlog::info with a struct field named access_token: high.
void on_token_issued(const std::string& client, const OAuthTokens& grant) {
  spdlog::info("issued token {} to {}", grant.access_token, client);  // expect: CPP601(high)
}

// spdlog::debug of a refresh token: high.
void on_refresh(const OAuthTokens& grant) {
  spdlog::debug("refreshing with {}", grant.refresh_token);  // expect: CPP601(high)
}

// spdlog::trace of a getter named password(): high.
void trace_user(const UserRecord& user) {
  spdlog::trace("loaded {} / {}", user.email(), user.password());  // expect: CPP601(high)
}

// spdlog::warn and spdlog::error of config secrets at start-up: high each.
void check_config(const ServiceConfig& cfg) {
  if (cfg.db_password.size() < 12) {
    spdlog::warn("weak database password configured: {}", cfg.db_password);  // expect: CPP601(high)
  }
  if (cfg.listen_address.empty()) {
    spdlog::error("no listen address; jwt secret is {}", cfg.jwt_secret);  // expect: CPP601(high)
  }
}

// spdlog::critical with a credential built by fmt::format: high.
void on_vault_unreachable(const std::string& vault_user, const std::string& vault_credential) {
  const std::string detail = fmt::format("{}:{}", vault_user, vault_credential);
  spdlog::critical("vault unreachable with {}", detail);  // expect: CPP601(high)
}

// spdlog::log with an explicit level: the level argument is skipped, the cookie is logged: high.
void log_cookie(spdlog::level::level_enum lvl, const std::string& cookie) {
  spdlog::log(lvl, "client cookie {}", cookie);  // expect: CPP601(high)
}

// A named logger object: logger->info(...) with a bearer token: high.
class PaymentsClient {
 public:
  explicit PaymentsClient(std::shared_ptr<spdlog::logger> logger) : logger_(std::move(logger)) {}

  void call(const std::string& path, const std::string& bearer_token) {
    logger_->info("POST {} Authorization: Bearer {}", path, bearer_token);  // expect: CPP601(high)
  }

  // A member named m_apiKey logged from a method: high.
  void describe() const {
    logger_->warn("payments client ready, key={}", m_apiKey);  // expect: CPP601(high)
  }

 private:
  std::shared_ptr<spdlog::logger> logger_;
  std::string m_apiKey;
};

// spdlog::get returns a logger; its error() method counts too: high (private_key_pem).
void on_tls_failure(const std::string& private_key_pem) {
  if (auto tls_log = spdlog::get("tls")) {
    tls_log->error("cannot load key: {}", private_key_pem);  // expect: CPP601(high)
  }
}

// SPDLOG_INFO macro: high.
void on_signup(const std::string& email, const std::string& password) {
  SPDLOG_INFO("signup {} with password {}", email, password);  // expect: CPP601(high)
}

// SPDLOG_LOGGER_WARN with an explicit logger: the logger argument is skipped: high (jwt).
void on_bad_jwt(const std::shared_ptr<spdlog::logger>& audit_log, const std::string& jwt) {
  SPDLOG_LOGGER_WARN(audit_log, "rejected jwt {}", jwt);  // expect: CPP601(high)
}

// fmt::print to stdout: high (passphrase).
void print_unlock_hint(const std::string& passphrase) {
  fmt::print("key unlocked with passphrase {}\n", passphrase);  // expect: CPP601(high)
}

// fmt::print with a FILE* first: the FILE* is skipped, the card number counts: high.
void print_receipt(std::FILE* out, const std::string& cardNumber, double amount) {
  fmt::print(out, "charged {:.2f} to {}\n", amount, cardNumber);  // expect: CPP601(high)
}

// A multi-line spdlog call: reported on the line of spdlog::warn.
void on_retry(const std::string& user, const std::string& pwd, int attempt) {
  // expect@+1: CPP601(high)
  spdlog::warn("retry {} for {} using {}",
               attempt, user,
               pwd);
}

// Near misses: non-sensitive values through the same sinks stay quiet.
void on_token_expiry(const OAuthTokens& grant, const std::string& client) {
  spdlog::info("token for {} expires in {}s", client, grant.expires_in);
  SPDLOG_INFO("listening on {}", "0.0.0.0:8443");
}

}  // namespace gateway
