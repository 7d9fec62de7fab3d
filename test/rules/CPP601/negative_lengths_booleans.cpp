// CPP601 negatives: facts about a secret that are not the secret - its length or size, whether it is
// set, whether it matched - and secrets that appear only in a log statement's condition.
#include <glog/logging.h>
#include <syslog.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

namespace facts {

constexpr std::size_t kPasswordMinLength = 12;

struct Credentials {
  std::string username;
  std::string password;
  std::string api_key;
};

// password.size() and token.length(): lengths only.
void on_password_set(const Credentials& account, const std::string& token) {
  std::printf("password for %s has %zu chars\n", account.username.c_str(), account.password.size());
  LOG(INFO) << "token length " << token.length();
}

// strlen() of a C string password, sizeof a key buffer.
void on_legacy_login(const char* user, const char* password) {
  unsigned char secret_key[32] = {};
  syslog(LOG_INFO, "legacy login %s, %zu byte password, %zu byte key", user, std::strlen(password), sizeof secret_key);
}

// empty(): whether a password is present.
void on_profile_update(const Credentials& account) {
  std::cout << "password present: " << !account.password.empty() << ", api key present: " << account.api_key.empty() << "\n";
}

// A conditional choosing between two literals: only "set" or "unset" is logged.
void on_start() {
  const char* token = std::getenv("SERVICE_TOKEN");
  std::fprintf(stderr, "service token %s\n", token ? "set" : "unset");
}

// Booleans named after the secret.
void on_validate(const std::string& user, bool has_password, bool token_valid) {
  LOG(INFO) << user << " has_password=" << has_password << " token_valid=" << token_valid;
}

// A comparison result: whether the confirmation matched, not either password.
void on_signup(const std::string& user, const std::string& password, const std::string& confirm) {
  const bool matched = (password == confirm);
  std::cout << "signup " << user << " confirmation matched: " << matched << "\n";
  LOG(INFO) << "confirmation equal: " << (password == confirm);
}

// LOG_IF: the password is only in the condition; the logged text is a literal and the user name.
void on_weak_password(const std::string& user, const std::string& password) {
  LOG_IF(WARNING, password.size() < kPasswordMinLength) << "weak password chosen by " << user;
}

// A count of accounts with a password, and whether all of them were rotated.
void on_rotation(const std::string& service, int rotated, const std::vector<Credentials>& pool) {
  const auto filled = std::count_if(pool.begin(), pool.end(), [](const Credentials& c) { return !c.password.empty(); });
  std::printf("%s: rotated %d of %ld, complete: %d\n", service.c_str(), rotated, static_cast<long>(filled),
              rotated == filled);
}

}  // namespace facts
