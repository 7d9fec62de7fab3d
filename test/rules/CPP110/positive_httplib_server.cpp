// cppsec-test-flags: -DCPPHTTPLIB_OPENSSL_SUPPORT
// CPP110 positives (section 3, medium): a cpp-httplib Server / SSLServer local whose function never
// calls set_payload_max_length on it (the default accepts request bodies of any size).
// Reported at the server's declaration.
#include <httplib.h>

#include <string>

namespace api {

void register_routes(httplib::Server& svr) {
  svr.Get("/health", [](const httplib::Request&, httplib::Response& res) { res.set_content("ok", "text/plain"); });
  svr.Post("/notes", [](const httplib::Request& req, httplib::Response& res) {
    res.status = req.body.empty() ? 400 : 201;
  });
}

// A plain HTTP server with timeouts and routes, but no payload limit.
int run_http(int port) {
  httplib::Server svr;  // expect: CPP110(medium)
  svr.set_read_timeout(5, 0);
  svr.set_write_timeout(5, 0);
  register_routes(svr);
  return svr.listen("0.0.0.0", port) ? 0 : 1;
}

// A TLS server, no payload limit.
int run_https(const std::string& cert, const std::string& key) {
  httplib::SSLServer svr(cert.c_str(), key.c_str());  // expect: CPP110(medium)
  register_routes(svr);
  return svr.listen("0.0.0.0", 8443) ? 0 : 1;
}

// Two servers in one function: only the public one is limited; the admin one is reported.
int run_both() {
  httplib::Server public_api;
  public_api.set_payload_max_length(1024 * 1024);
  httplib::Server admin_api;  // expect: CPP110(medium)
  register_routes(public_api);
  register_routes(admin_api);
  return public_api.bind_to_port("0.0.0.0", 8080) && admin_api.bind_to_port("127.0.0.1", 8081) ? 0 : 1;
}

// Near miss: the limit is set, not reported.
int run_limited(int port) {
  httplib::Server svr;
  svr.set_payload_max_length(8 * 1024 * 1024);
  register_routes(svr);
  return svr.listen("0.0.0.0", port) ? 0 : 1;
}

}  // namespace api
