// cppsec-test-flags: -DCPPHTTPLIB_OPENSSL_SUPPORT
// CPP102 negatives with Boost.Asio and cpp-httplib: loopback addresses, configured hosts,
// protocols used to open a socket (not an endpoint), and endpoints built from a real address.
// None is reported.
#include <boost/asio.hpp>
#include <httplib.h>

#include <string>

namespace billing {

namespace net = boost::asio;
using net::ip::tcp;

struct ServerConfig {
  std::string bind_host;
  unsigned short port = 0;
};

// The loopback address of each family.
void serve_local(net::io_context& io, unsigned short port) {
  tcp::acceptor v4(io, tcp::endpoint(net::ip::address_v4::loopback(), port));
  tcp::acceptor v6(io, tcp::endpoint(net::ip::address_v6::loopback(), port));
}

// A loopback literal parsed with make_address.
tcp::endpoint sidecar_endpoint(unsigned short port) {
  return tcp::endpoint(net::ip::make_address("127.0.0.1"), port);
}

tcp::endpoint sidecar_endpoint_v6(unsigned short port) {
  return tcp::endpoint(net::ip::make_address_v6("::1"), port);
}

// The host is configured by the operator.
void serve_configured(net::io_context& io, const ServerConfig& cfg) {
  tcp::acceptor acceptor(io, tcp::endpoint(net::ip::make_address(cfg.bind_host), cfg.port));
}

// tcp::v4() used to open the acceptor: a protocol, not an address; the endpoint is explicit.
void serve_opened(net::io_context& io, unsigned short port) {
  tcp::acceptor acceptor(io);
  acceptor.open(tcp::v4());
  acceptor.set_option(tcp::acceptor::reuse_address(true));
  acceptor.bind(tcp::endpoint(net::ip::make_address_v4("127.0.0.1"), port));
  acceptor.listen();
}

// A client connecting to an address it resolved: nothing is bound.
void connect_ledger(net::io_context& io, const std::string& host, const std::string& port) {
  tcp::resolver resolver(io);
  tcp::socket socket(io);
  net::connect(socket, resolver.resolve(host, port));
}

// cpp-httplib on the loopback and on configured hosts.
int run_internal(httplib::Server& svr) {
  return svr.listen("127.0.0.1", 8080) ? 0 : 1;
}

int run_named(httplib::Server& svr) {
  return svr.listen("localhost", 8081) ? 0 : 1;
}

int run_configured(httplib::Server& svr, const ServerConfig& cfg) {
  return svr.listen(cfg.bind_host, cfg.port) ? 0 : 1;
}

bool bind_loopback_v6(httplib::Server& svr) {
  return svr.bind_to_port("::1", 9090);
}

// A client: httplib::Client connects to the host, it binds nothing.
std::string fetch_status(const std::string& host, int port) {
  httplib::Client cli(host, port);
  auto res = cli.Get("/status");
  return res ? res->body : std::string();
}

}  // namespace billing
