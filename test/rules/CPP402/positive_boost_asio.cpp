// CPP402 positives: Boost.Asio SSL contexts and streams without peer verification, or
// constructed for a single protocol below TLS 1.2.
#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>

namespace feeds::net {

namespace ssl = boost::asio::ssl;
using tcp = boost::asio::ip::tcp;

// Client context that accepts any certificate.
void configure_market_data_client(ssl::context& ctx) {
  ctx.set_default_verify_paths();
  ctx.set_verify_mode(ssl::verify_none);  // expect: CPP402(high)
}

// The error_code overload is the same call.
void configure_quiet_client(ssl::context& ctx) {
  boost::system::error_code ec;
  ctx.set_verify_mode(ssl::verify_none, ec);  // expect: CPP402(high)
}

// Fully qualified constant, through a local that only ever holds it.
void configure_probe(ssl::context& ctx) {
  const int mode = boost::asio::ssl::verify_none;
  ctx.set_verify_mode(mode);  // expect: CPP402(high)
}

// Turned off on one stream after the context was set up correctly.
void connect_to_partner(boost::asio::io_context& io, ssl::context& ctx) {
  ssl::stream<tcp::socket> stream(io, ctx);
  stream.set_verify_mode(ssl::verify_none);  // expect: CPP402(high)
}

// Contexts that speak only a protocol below TLS 1.2: reported where the object is declared.
void start_legacy_feed(boost::asio::io_context& io) {
  ssl::context ctx(ssl::context::tlsv1_client);  // expect: CPP402(high)
  ssl::stream<tcp::socket> stream(io, ctx);
}

void start_tls11_listener() {
  boost::asio::ssl::context ctx{boost::asio::ssl::context::tlsv11_server};  // expect: CPP402(high)
  ctx.use_certificate_chain_file("server.pem");
}

void start_sslv3_gateway() {
  ssl::context ctx(ssl::context::sslv3);  // expect: CPP402(high)
  ctx.set_options(ssl::context::default_workarounds);
}

void start_tls10_any() {
  ssl::context ctx(ssl::context::tlsv1);  // expect: CPP402(high)
}

// A temporary returned from a factory: reported at the construction expression.
ssl::context make_tls11_client_context() {
  return ssl::context(ssl::context::tlsv11_client);  // expect: CPP402(high)
}

// Near miss in the same file: the version-flexible client method with verification on.
void configure_good_client(ssl::context& ctx) {
  ctx.set_verify_mode(ssl::verify_peer);
}

}  // namespace feeds::net
