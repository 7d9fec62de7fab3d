// cppsec-test-flags: -DCPPHTTPLIB_OPENSSL_SUPPORT
// CPP110 negatives with cpp-httplib: servers with set_payload_max_length, and header values that are
// bounded before they size anything. Nothing here is reported.
#include <httplib.h>

#include <algorithm>
#include <string>
#include <vector>

namespace httplib_limits {

constexpr std::size_t kMaxUpload = 8 * 1024 * 1024;
constexpr long kMaxItems = 1000;

// Content-Length rejected above kMaxUpload with 413 before the buffer is sized.
void upload(const httplib::Request& req, httplib::Response& res) {
  const std::size_t declared = std::stoul(req.get_header_value("Content-Length"));
  if (declared > kMaxUpload) {
    res.status = 413;
    return;
  }
  std::vector<char> staging(declared);
  res.status = staging.empty() ? 204 : 201;
}

// An item count clamped to [1, kMaxItems] before reserve().
void bulk_insert(const httplib::Request& req, std::vector<std::string>& rows) {
  const long count = std::clamp(std::stol(req.get_header_value("X-Item-Count")), 1L, kMaxItems);
  rows.reserve(static_cast<std::size_t>(count));
}

// The number in the body capped with std::min before std::string(n, c).
void reserve_slots(const httplib::Request& req, httplib::Response& res) {
  const unsigned long slots = std::min<unsigned long>(std::stoul(req.body), 4096);
  std::string board(slots, '.');
  res.set_content(board, "text/plain");
}

void register_routes(httplib::Server& svr) {
  svr.Post("/upload", upload);
  svr.Post("/slots", reserve_slots);
}

// A server with a payload limit.
int run_http(int port) {
  httplib::Server svr;
  svr.set_payload_max_length(kMaxUpload);
  register_routes(svr);
  return svr.listen("0.0.0.0", port) ? 0 : 1;
}

// A TLS server with a payload limit, set after the routes.
int run_https(const char* cert, const char* key) {
  httplib::SSLServer svr(cert, key);
  register_routes(svr);
  svr.set_payload_max_length(kMaxUpload);
  return svr.listen("0.0.0.0", 8443) ? 0 : 1;
}

// A server received by reference is not declared here: the function that owns it decides the limit.
void add_admin_routes(httplib::Server& svr) {
  svr.Get("/admin/health", [](const httplib::Request&, httplib::Response& res) { res.set_content("ok", "text/plain"); });
}

}  // namespace httplib_limits
