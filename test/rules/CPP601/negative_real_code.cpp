// CPP601 negatives taken from real servers: values derived from a secret that are not the
// secret, a variable named pwd that is the working directory, a password database file.
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <climits>
#include <cstdio>
#include <string>
#include <system_error>
#include <variant>

namespace real_code {

std::variant<std::string, std::error_code> fetch_token();
std::string get_token();

void on_token(const std::string& user) {
  auto token_result = fetch_token();
  if (token_result.index() == 1)
    spdlog::error("token fetch failed for {}: {}", user, std::get<std::error_code>(token_result).message());
  std::string token = get_token();
  spdlog::info("malformed token, '.' at {}", token.find('.'));
}

int run_query(const char* sql_with_password);
void create_user(const std::string& password) {
  const int status = run_query(("INSERT INTO users VALUES ('" + password + "')").c_str());
  std::printf("insert status %d\n", status);
}

void print_cwd() {
  char pwd[PATH_MAX];
  if (getcwd(pwd, sizeof pwd)) std::printf("serving from %s\n", pwd);
}

// Writing the password database is the program's job, not logging.
void write_entry(std::FILE* pw_file, const char* user, const char* password_hash) {
  std::fprintf(pw_file, "%s:%s\n", user, password_hash);
}

// The token's id (a claim) is logged by a helper, not the token.
struct DecodedJwt {
  std::string get_id() const;
};
DecodedJwt decode(const std::string& token);
bool is_blacklisted(const std::string& jti) {
  spdlog::warn("failed to check the blacklist for {}", jti);
  return false;
}
bool verify_token(const std::string& token) {
  DecodedJwt decoded = decode(token);
  std::string jti = decoded.get_id();
  return !is_blacklisted(jti);
}
bool authenticate(const std::string& auth_header) {
  std::string token = auth_header.substr(7);
  return verify_token(token);
}

}  // namespace real_code
