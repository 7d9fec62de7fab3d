// CPP102 positives with standalone Asio (namespace asio, the non-Boost distribution): the same
// calls as with Boost.Asio and the same findings: the wildcard parsed from a literal, the
// any() addresses, and an endpoint built from a protocol alone.
#include <asio.hpp>

#include <string>

namespace telemetry {

using asio::ip::tcp;
using asio::ip::udp;

// tcp::endpoint(tcp::v4(), port): every IPv4 interface.
void serve_collector(asio::io_context& io, unsigned short port) {
  tcp::acceptor acceptor(io, tcp::endpoint(tcp::v4(), port));  // expect: CPP102(high)
  acceptor.listen();
}

// A UDP endpoint from the IPv6 protocol alone.
udp::endpoint discovery_endpoint_v6(unsigned short port) {
  return udp::endpoint(udp::v6(), port);  // expect: CPP102(high)
}

// make_address of the wildcard literal.
tcp::endpoint metrics_endpoint(unsigned short port) {
  return tcp::endpoint(asio::ip::make_address("0.0.0.0"), port);  // expect: CPP102(high)
}

// ... reaching it through a local.
tcp::endpoint status_endpoint(unsigned short port) {
  const char* host = "::";
  return tcp::endpoint(asio::ip::make_address(host), port);  // expect: CPP102(high)
}

// any() of both families.
udp::endpoint discovery_endpoint(unsigned short port) {
  return udp::endpoint(asio::ip::address_v4::any(), port);  // expect: CPP102(high)
}

asio::ip::address_v6 any_v6() {
  return asio::ip::address_v6::any();  // expect: CPP102(high)
}

// Near miss: a configured address and the loopback.
tcp::endpoint configured_endpoint(const std::string& host, unsigned short port) {
  return tcp::endpoint(asio::ip::make_address(host), port);
}

tcp::endpoint local_endpoint(unsigned short port) {
  return tcp::endpoint(asio::ip::address_v4::loopback(), port);
}

}  // namespace telemetry
