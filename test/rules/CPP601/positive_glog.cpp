// CPP601 positives: secrets streamed into glog. The finding is on the line of LOG(...) / LOG_IF(...) /
// DLOG(...) / VLOG(...) / LOG_EVERY_N(...), where the statement starts; the condition of LOG_IF is not logged.
#include <glog/logging.h>

#include <map>
#include <sstream>
#include <string>

namespace accounts {

struct ResetRequest {
  std::string email;
  std::string reset_token;
};

struct SmtpConfig {
  std::string host;
  int port = 587;
  std::string username;
  std::string password;
};

struct Payment {
  std::string order_ref;
  std::string pan;
  std::string cvc;
};

// LOG(INFO) with a reset token field: high.
void on_reset_requested(const ResetRequest& req) {
  LOG(INFO) << "password reset for " << req.email << " token=" << req.reset_token;  // expect: CPP601(high)
}

// LOG(WARNING) with the SMTP password from the config: high.
void on_smtp_auth_failed(const SmtpConfig& smtp) {
  LOG(WARNING) << "SMTP auth failed for " << smtp.username << ":" << smtp.password;  // expect: CPP601(high)
}

// LOG(ERROR) with a chain over several lines: reported on the LOG(ERROR) line.
void on_charge_failed(const Payment& p) {
  LOG(ERROR) << "charge failed for order " << p.order_ref  // expect: CPP601(high)
             << " pan=" << p.pan
             << " cvc=" << p.cvc;
}

// LOG_IF: the condition is not logged, the streamed values are; here the API token: high.
void on_token_check(const std::string& user, const std::string& api_token, bool ok) {
  LOG_IF(WARNING, !ok) << "token rejected for " << user << ": " << api_token;  // expect: CPP601(high)
}

// DLOG (debug builds) still logs: high (secret_key).
void on_sign_request(const std::string& secret_key, const std::string& payload) {
  DLOG(INFO) << "signing " << payload.size() << " bytes with " << secret_key;  // expect: CPP601(high)
}

// VLOG of an AWS access key: high.
void on_s3_client(const std::string& bucket, const std::string& aws_access_key) {
  VLOG(2) << "s3 client for " << bucket << " key " << aws_access_key;  // expect: CPP601(high)
}

// LOG_EVERY_N: sampled, but each sampled line still contains the cookie: high.
void on_request(const std::map<std::string, std::string>& cookies_by_name) {
  for (const auto& [cookie_name, cookie_value] : cookies_by_name) {
    LOG_EVERY_N(INFO, 100) << "cookie " << cookie_name << "=" << cookie_value;  // expect: CPP601(high)
  }
}

// A value built in an ostringstream from credentials, then logged: high.
void on_ldap_bind(const std::string& bind_dn, const std::string& ldap_credentials) {
  std::ostringstream msg;
  msg << "bind " << bind_dn << " with " << ldap_credentials;
  LOG(INFO) << msg.str();  // expect: CPP601(high)
}

// A one-time password copied to a local first: high.
void on_otp_sent(const std::string& phone, const std::string& otp) {
  const std::string code = otp;
  LOG(INFO) << "sent " << code << " to " << phone;  // expect: CPP601(high)
}

// Near misses: literal text that mentions the words, and a non-sensitive value.
void on_login_failed(const std::string& user) {
  LOG(WARNING) << "invalid token";
  LOG(INFO) << "password changed for " << user;
}

}  // namespace accounts
