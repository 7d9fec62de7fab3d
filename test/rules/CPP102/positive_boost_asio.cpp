// CPP102 positives with Boost.Asio: the wildcard address parsed from a
// literal (make_address, make_address_v4/_v6, the deprecated from_string), the any()
// addresses, and an endpoint built from a protocol alone (tcp::endpoint(tcp::v4(), port)
// is 0.0.0.0:port). The finding is on the line where the call or the endpoint starts.
#include <boost/asio.hpp>

#include <string>

namespace gateway {

namespace net = boost::asio;
using net::ip::tcp;
using net::ip::udp;

// An acceptor on tcp::endpoint(tcp::v4(), port): every IPv4 interface.
void serve_internal_api(net::io_context& io, unsigned short port) {
  tcp::acceptor acceptor(io, tcp::endpoint(tcp::v4(), port));  // expect: CPP102(high)
  acceptor.listen();
}

// The same with a named endpoint over IPv6 (dual stack on Linux: v4 too).
void serve_admin(net::io_context& io, unsigned short port) {
  tcp::endpoint endpoint(tcp::v6(), port);  // expect: CPP102(high)
  tcp::acceptor acceptor(io);
  acceptor.open(endpoint.protocol());
  acceptor.bind(endpoint);
  acceptor.listen();
}

// A UDP syslog collector on every interface.
void collect_syslog(net::io_context& io) {
  udp::socket socket(io, udp::endpoint(udp::v4(), 514));  // expect: CPP102(low)
  (void)socket;
}

// make_address of the wildcard literals.
tcp::endpoint listen_endpoint_v4(unsigned short port) {
  return tcp::endpoint(net::ip::make_address("0.0.0.0"), port);  // expect: CPP102(low)
}

tcp::endpoint listen_endpoint_v6(unsigned short port) {
  return {net::ip::make_address("::"), port};  // expect: CPP102(low)
}

// The family-specific parsers.
net::ip::address_v4 default_bind_v4() {
  return net::ip::make_address_v4("0.0.0.0");  // expect: CPP102(low)
}

net::ip::address_v6 default_bind_v6() {
  return net::ip::make_address_v6("::");  // expect: CPP102(low)
}

// The deprecated from_string spellings still found in older services.
net::ip::address legacy_bind_address() {
  return net::ip::address::from_string("0.0.0.0");  // expect: CPP102(low)
}

net::ip::address_v4 legacy_bind_address_v4() {
  return net::ip::address_v4::from_string("0.0.0.0");  // expect: CPP102(low)
}

// any(): the wildcard without any literal.
void serve_websocket(net::io_context& io, unsigned short port) {
  tcp::acceptor acceptor(io, tcp::endpoint(net::ip::address_v4::any(), port));  // expect: CPP102(low)
}

void serve_grpc_bridge(net::io_context& io, unsigned short port) {
  const auto any6 = net::ip::address_v6::any();  // expect: CPP102(low)
  tcp::acceptor acceptor(io, tcp::endpoint(any6, port));
}

// The literal reaches make_address through a local std::string ...
void serve_from_default(net::io_context& io, unsigned short port) {
  const std::string bind_host = "0.0.0.0";
  tcp::acceptor acceptor(io, tcp::endpoint(net::ip::make_address(bind_host), port));  // expect: CPP102(low)
}

// ... and through a local constexpr constant.
void serve_from_constant(net::io_context& io, unsigned short port) {
  constexpr const char* kAllInterfaces = "0.0.0.0";
  const auto address = net::ip::make_address_v4(kAllInterfaces);  // expect: CPP102(low)
  tcp::acceptor acceptor(io, tcp::endpoint(address, port));
}

// Near miss: the loopback address.
void serve_debug(net::io_context& io, unsigned short port) {
  tcp::acceptor acceptor(io, tcp::endpoint(net::ip::address_v4::loopback(), port));
}

}  // namespace gateway
