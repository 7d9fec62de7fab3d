// CPP601 positives: values whose names say nothing, but what the code does with them says they
// hold a secret. A value compared with a secret is a presented credential; a value a password is
// taken out of (streamed, scanned, parsed, cut) holds that password; and the log's own text can
// name what it prints ("approval code " << code).
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>
#include <syslog.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <sstream>
#include <string>

namespace used_as_secret {

class ApiGate {
 public:
  // The presented key is compared with the real one, then logged on mismatch.
  bool admit(const std::string& presented) const {
    if (presented != admin_api_key_) {
      spdlog::warn("rejected admin call with key '{}'", presented);  // expect: CPP601(high)
      return false;
    }
    return true;
  }

 private:
  std::string admin_api_key_;
};

struct Delivery {
  std::string id;
  std::string signature;
};

// A field compared with a configured token: d.signature is what the sender presented.
bool verify_gitlab(const Delivery& d, const std::string& gitlab_token) {
  if (d.signature == gitlab_token) return true;
  spdlog::warn("token mismatch for delivery {}: got '{}'", d.id, d.signature);  // expect: CPP601(high)
  return false;
}

// strcmp against the stored password, then the typed text goes to syslog.
bool check_console(const char* typed, const char* console_password) {
  if (std::strcmp(typed, console_password) != 0) {
    syslog(LOG_AUTH, "console login failed with '%s'", typed);  // expect: CPP601(high)
    return false;
  }
  return true;
}

bool check_credentials(const std::string& user, const std::string& password);

// "HELLO user password": the handshake line holds the password that is streamed out of it.
void on_handshake(const std::string& line) {
  std::istringstream in(line);
  std::string hello, user, password;
  in >> hello >> user >> password;
  if (!check_credentials(user, password))
    std::clog << "bad handshake: " << line << '\n';  // expect: CPP601(high)
}

// The login request body is parsed for its password, and logged whole.
void on_login(const std::string& body) {
  spdlog::debug("login request: {}", body);  // expect: CPP601(high)
  auto doc = nlohmann::json::parse(body);
  std::string user = doc["user"];
  check_credentials(user, doc["password"]);
}

// sscanf takes the password out of the command buffer.
void on_command(const char* buf) {
  char user[32], passwd[64];
  if (std::sscanf(buf, "LOGIN %31s %63s", user, passwd) == 2) {
    std::printf("command: %s\n", buf);  // expect: CPP601(high)
  }
}

// user:password from a basic-auth value, cut at the colon.
void on_basic_auth(const std::string& decoded) {
  const auto colon = decoded.find(':');
  const std::string secret = decoded.substr(colon + 1);
  std::cerr << "basic auth " << decoded << std::endl;  // expect: CPP601(high)
  check_credentials(decoded.substr(0, colon), secret);
}

// A logging helper of this TU: reported where the holder is handed to it.
void audit(const std::string& what) { spdlog::info("audit: {}", what); }

void on_handshake_audited(const std::string& line) {
  std::istringstream in(line);
  std::string user, password;
  in >> user >> password;
  audit(line);  // expect: CPP601(high)
}

// A caller handing a header that holds a key to the check above: reported once, inside.
bool on_admin_call(const std::string& header_value) {
  ApiGate gate;
  return gate.admit(header_value);
}

// The same through a free function compared with the key from the environment.
bool check_integration_key(const std::string& presented, const std::string& remote_addr) {
  const char* api_key = std::getenv("INTEGRATION_API_KEY");
  if (api_key == nullptr) return false;
  if (presented != api_key) {
    spdlog::warn("call from {} rejected, key '{}'", remote_addr, presented);  // expect: CPP601(high)
    return false;
  }
  return true;
}

bool on_integration(const std::string& remote_addr, const std::string& api_key) {
  return check_integration_key(api_key, remote_addr);
}

// The log text names the value.
void send_refund_code(const std::string& phone) {
  char code[7];
  std::snprintf(code, sizeof code, "%06d", 123456 ^ static_cast<int>(phone.size()));
  std::clog << "approval code " << code << " sent to " << phone << '\n';  // expect: CPP601(medium)
}

void send_verification(const std::string& digits, const std::string& email) {
  spdlog::info("verification code {} mailed to {}", digits, email);  // expect: CPP601(medium)
  std::printf("user %s token=%s\n", email.c_str(), digits.c_str());  // expect: CPP601(medium)
}

}  // namespace used_as_secret
