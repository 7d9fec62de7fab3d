// cppsec-test-flags: -DCPPHTTPLIB_OPENSSL_SUPPORT
// CPP102 positives with cpp-httplib: Server::listen, bind_to_port and bind_to_any_port given
// the wildcard host ("0.0.0.0", "::" or "*"), also on an SSLServer and through locals.
#include <httplib.h>

#include <string>

namespace inventory_service {

void register_routes(httplib::Server& svr) {
  svr.Get("/health", [](const httplib::Request&, httplib::Response& res) { res.set_content("ok", "text/plain"); });
}

// The usual quick start: a service meant for the cluster network answers on every interface.
int run(int port) {
  httplib::Server svr;
  register_routes(svr);
  return svr.listen("0.0.0.0", port) ? 0 : 1;  // expect: CPP102(low)
}

// IPv6 wildcard on a TLS server (SSLServer derives from Server).
int run_tls(const std::string& cert, const std::string& key) {
  httplib::SSLServer svr(cert.c_str(), key.c_str());
  register_routes(svr);
  return svr.listen("::", 8443) ? 0 : 1;  // expect: CPP102(low)
}

// Bind first, listen later: the bind call is where the address is chosen.
bool start_admin(httplib::Server& admin, int port) {
  if (!admin.bind_to_port("0.0.0.0", port)) return false;  // expect: CPP102(high)
  return admin.listen_after_bind();
}

// A random port for tests that still listens on every interface.
int start_ephemeral(httplib::Server& svr) {
  return svr.bind_to_any_port("::");  // expect: CPP102(low)
}

// "*" as host.
bool start_star(httplib::Server& svr) {
  return svr.bind_to_port("*", 9000);  // expect: CPP102(low)
}

// The default host kept in a local std::string.
int run_with_default(httplib::Server& svr, int port) {
  std::string host = "0.0.0.0";
  return svr.listen(host, port) ? 0 : 1;  // expect: CPP102(low)
}

// ... and in a local constexpr constant.
int run_with_constant(httplib::Server& svr) {
  constexpr const char* kListenHost = "0.0.0.0";
  constexpr int kPort = 8080;
  return svr.listen(kListenHost, kPort) ? 0 : 1;  // expect: CPP102(low)
}

// Near miss: the loopback address.
int run_sidecar(httplib::Server& svr) {
  return svr.listen("127.0.0.1", 15000) ? 0 : 1;
}

}  // namespace inventory_service
