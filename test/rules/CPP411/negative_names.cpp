// CPP411 negatives: names that mention a secret but say they hold something else (a qualifier:
// type, kind, name, length, len, size, count, header, prefix, scheme, algorithm, alg, format,
// id, address, addr, field, label, mode, version), weak words (token, hash, password, pwd, ...)
// compared with a literal shorter than 8 characters (lexer tokens, options), words that only
// contain a secret word (hashtag, machine, tokenizer), and ordinary values: user names,
// e-mails, content types, roles, paths. None is reported.
#include <strings.h>

#include <cstring>
#include <string>
#include <string_view>

namespace jwt_header {

struct Header {
  std::string token_type;
  std::string signature_algorithm;
  std::string sig_alg;
  std::string hmac_version;
};

// Qualifiers type, algorithm, alg, version: the metadata of a token, not its value.
bool acceptable(const Header& h) {
  if (h.token_type == "Bearer") return true;
  if (h.signature_algorithm == "RS256") return true;
  if (std::strcmp(h.sig_alg.c_str(), "ES256") == 0) return true;
  return h.hmac_version != "v2";
}

}  // namespace jwt_header

namespace settings {

// name, kind, format, prefix, scheme, id, field, label, header.
bool digest_configured(const std::string& hash_name, const std::string& digest_format) {
  return hash_name == "sha256" && digest_format == "base64";
}

bool is_identifier(const std::string& token_kind) {
  return token_kind == "identifier";
}

bool live_key(const std::string& api_key_prefix) {
  return api_key_prefix.compare("sk_live") == 0;
}

bool ed25519(std::string_view signature_scheme) {
  return signature_scheme == "ed25519";
}

bool same_secret_entry(const std::string& secret_id, const std::string& other_secret_id) {
  return secret_id == other_secret_id;
}

bool form_field(const std::string& csrf_field) {
  return csrf_field == "_csrf";
}

bool issuer_label(const std::string& otp_label, const std::string& issuer) {
  return otp_label == issuer;
}

bool signature_header(const std::string& header_name) {
  return strcasecmp(header_name.c_str(), "X-Signature") == 0;
}

// address / addr: a MAC address is not a message authentication code.
bool same_nic(const std::string& mac_address, const std::string& other_mac_address) {
  return mac_address == other_mac_address;
}

bool zero_nic(const char* mac_addr) {
  return strcasecmp(mac_addr, "00:00:00:00:00:00") == 0;
}

}  // namespace settings

namespace lexer {

// Weak words against short literals: lexer tokens and option values.
bool opens_call(const std::string& token) {
  return token == "(";
}

bool is_scope(const char* token) {
  return std::strcmp(token, "::") == 0;
}

bool hashing_disabled(const std::string& hash) {
  return hash == "none";
}

bool at_root(const std::string& pwd) {
  return pwd == "/";  // the working directory
}

bool still_default(const std::string& password) {
  return password == "admin";  // warns that the default was not changed
}

// Words that only contain a secret word.
bool trending(const std::string& hashtag, const std::string& featured) {
  return hashtag == featured;
}

bool same_host(const std::string& machine, const std::string& target) {
  return machine == target;
}

bool same_vocabulary(const std::string& tokenizer, const std::string& configured) {
  return tokenizer == configured;
}

}  // namespace lexer

namespace accounts {

// User names, e-mails, content types, roles, paths.
bool is_admin(const std::string& username, const std::string& role) {
  return username == "admin" || role == "admin";
}

bool same_email(const std::string& email, const std::string& invited_email) {
  return email.compare(invited_email) == 0;
}

bool is_json(std::string_view content_type) {
  return content_type == "application/json";
}

bool is_health_check(const std::string& request_path) {
  return request_path == "/healthz";
}

bool is_root(const char* user) {
  return strcasecmp(user, "root") == 0;
}

}  // namespace accounts
