// CPP601 negatives next to positive_used_as_secret.cpp: comparisons with things that are not
// secrets, parts taken out of a value that holds one, tokenizers, and log texts that mention a
// secret without naming the value that follows.
#include <httplib.h>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <cstdio>
#include <iostream>
#include <sstream>
#include <string>

namespace not_used_as_secret {

// The role is compared with a role, not with a secret.
bool allow(const std::string& role, const std::string& admin_role) {
  if (role != admin_role) {
    spdlog::warn("role {} may not do this", role);
    return false;
  }
  return true;
}

bool check_credentials(const std::string& user, const std::string& password);

// Parts of the value that holds the password, and its size, are fine.
void on_login(const std::string& body) {
  auto doc = nlohmann::json::parse(body);
  std::string user = doc["user"];
  spdlog::info("login for {} ({} bytes)", doc["user"].get<std::string>(), body.size());
  check_credentials(user, doc["password"]);
}

// The request object gave up a password parameter; its address is still fine to log.
void on_form(const httplib::Request& req) {
  const std::string password = req.get_param_value("password");
  spdlog::info("form from {}", req.remote_addr);
  check_credentials(req.get_param_value("user"), password);
}

// A lexer's tokens are not credentials.
void tokenize(const std::string& line) {
  std::istringstream in(line);
  std::string token;
  while (in >> token) {
  }
  std::clog << "parsed line: " << line << '\n';
}

// Log texts that mention a secret but print something else.
void texts(const std::string& user, const std::string& hint_text, std::size_t attempts) {
  std::clog << "password reset for " << user << '\n';
  std::clog << "password hint: " << hint_text << '\n';
  std::printf("token attempts=%zu for %s\n", attempts, user.c_str());
  spdlog::info("password changed: {}", true);
  spdlog::info("token endpoint {}", user);
}

std::string mask(const std::string& value);

void masked(const std::string& code) { std::clog << "approval code " << mask(code) << '\n'; }

}  // namespace not_used_as_secret
