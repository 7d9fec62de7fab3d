// CPP411 negatives taken from real servers: comparisons that look like secrets by name but
// time nothing an attacker controls.
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

namespace real_code {

// A query builder's operator== returns an expression object: it builds SQL, it compares nothing.
struct Condition {};
struct Column {
  Condition operator==(const std::string& value) const;
};
Condition where_token(const Column& api_token, const std::string& presented_token) {
  return api_token == presented_token;
}

// Lexer and router tokens: a list of tokens is structure, not a secret.
int parse_config(const std::vector<std::string>& tokens) {
  std::string tok;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    tok = tokens[i];
    if (tok == "client_max_body_size") return 1;
  }
  return 0;
}

struct Segment {
  std::string val;
};
bool route_matches(const std::vector<Segment>& tokens, const std::vector<std::string>& subject_tokens) {
  for (std::size_t i = 0; i < tokens.size(); ++i)
    if (tokens[i].val != subject_tokens[i]) return false;
  return true;
}

struct JsonPointer {
  std::vector<std::string> reference_tokens;
};
bool same_pointer(const JsonPointer& lhs, const JsonPointer& rhs) { return lhs.reference_tokens == rhs.reference_tokens; }

// A password typed twice at a terminal, compared with its retyping.
const char* read_new_password(char* pwd, char* pwd2, int n) {
  if (!std::fgets(pwd, n, stdin) || !std::fgets(pwd2, n, stdin)) return nullptr;
  if (std::strcmp(pwd, pwd2) != 0) return nullptr;
  return pwd;
}

bool passwords_match(const std::string& new_password, const std::string& confirm_password) {
  return new_password == confirm_password;
}

// A weak name against a literal: a setting check.
bool is_placeholder(const std::string& db_password) { return db_password == "${DB_PASSWORD}"; }

}  // namespace real_code
