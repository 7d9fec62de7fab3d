// CPP601 negatives: secrets written to places that are not logs (a credentials file, a socket, an HTTP
// response body, a buffer), and log calls whose only secret-sounding argument is the FILE* or logger.
#include <httplib.h>
#include <spdlog/spdlog.h>
#include <sys/socket.h>

#include <cstdio>
#include <fstream>
#include <memory>
#include <ostream>
#include <sstream>
#include <string>

namespace destinations {

struct ServiceAccount {
  std::string name;
  std::string client_id;
  std::string client_secret;
};

// Writing the secret into the credentials file the service is supposed to create.
void save_credentials(const std::string& credentials_path, const ServiceAccount& acct) {
  std::ofstream out(credentials_path, std::ios::trunc);
  out << "client_id=" << acct.client_id << "\n";
  out << "client_secret=" << acct.client_secret << "\n";
}

// A generic writer to an std::ostream& (called with the file above), not a log stream.
void write_env(std::ostream& out, const std::string& db_password) {
  out << "DB_PASSWORD=" << db_password << "\n";
}

void export_env(const std::string& env_path, const std::string& db_password) {
  std::ofstream env(env_path);
  write_env(env, db_password);
}

// Sending a token to a peer over a socket.
void send_token(int fd, const std::string& session_token) {
  ::send(fd, session_token.data(), session_token.size(), 0);
}

// A token formatted into a stack buffer with snprintf, then sent: snprintf is not a log.
void send_auth_line(int fd, const std::string& api_token) {
  char line[256];
  const int n = std::snprintf(line, sizeof line, "AUTH %s\r\n", api_token.c_str());
  if (n > 0) ::send(fd, line, static_cast<std::size_t>(n), 0);
}

// The login endpoint returns the new token in the HTTP response body.
void register_routes(httplib::Server& svr) {
  svr.Post("/login", [](const httplib::Request& req, httplib::Response& res) {
    const std::string token = "t-" + req.get_param_value("user");
    res.set_content("{\"token\":\"" + token + "\"}", "application/json");
    res.set_header("Set-Cookie", "session=" + token + "; HttpOnly; Secure");
  });
}

// A JSON document with the secret built in an ostringstream and returned to the caller.
std::string render_api_key(const std::string& api_key) {
  std::ostringstream body;
  body << "{\"api_key\":\"" << api_key << "\"}";
  return body.str();
}

// The FILE* argument is not logged: a file handle named after tokens, with a user name as the message.
void note_rotation(std::FILE* token_audit_fp, const std::string& user) {
  std::fprintf(token_audit_fp, "rotated tokens for %s\n", user.c_str());
}

// Logger arguments are not logged: loggers named after secrets, non-sensitive messages.
void on_vault_sync(const std::shared_ptr<spdlog::logger>& secrets_logger, int synced) {
  secrets_logger->info("synced {} entries", synced);
  SPDLOG_LOGGER_INFO(secrets_logger, "vault sync finished");
  if (auto password_log = spdlog::get("password-resets")) password_log->warn("reset queue has {} entries", synced);
}

}  // namespace destinations
