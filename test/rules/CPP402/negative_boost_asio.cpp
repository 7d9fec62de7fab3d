// CPP402 negatives: Boost.Asio SSL set up with verification and TLS 1.2 or later, or with
// settings only known at run time.
#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>

#include <string>

namespace feeds::net {

namespace ssl = boost::asio::ssl;
using tcp = boost::asio::ip::tcp;

// The recommended client: version-flexible method, peer verification, host name check.
void connect_verified(boost::asio::io_context& io, const std::string& host) {
  ssl::context ctx(ssl::context::tls_client);
  ctx.set_default_verify_paths();
  ctx.set_verify_mode(ssl::verify_peer);
  ssl::stream<tcp::socket> stream(io, ctx);
  stream.set_verify_mode(ssl::verify_peer);
  stream.set_verify_callback(ssl::host_name_verification(host));
}

// Mutual TLS on the server side.
void configure_mtls_server(ssl::context& ctx) {
  ctx.set_verify_mode(ssl::verify_peer | ssl::verify_fail_if_no_peer_cert);
}

// Protocol-pinned contexts at TLS 1.2 and 1.3 are fine.
void start_tls12_listener() {
  ssl::context ctx(ssl::context::tlsv12_server);
}

void start_tls13_client() {
  ssl::context ctx{ssl::context::tlsv13_client};
}

// sslv23 is OpenSSL's version-flexible method, with SSLv2/3 switched off by options.
void start_negotiating_server() {
  ssl::context ctx(ssl::context::sslv23_server);
  ctx.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 |
                  ssl::context::no_sslv3 | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1);
}

// The mode comes from the caller: unknown, never reported.
void apply_verify_mode(ssl::context& ctx, ssl::verify_mode mode) {
  ctx.set_verify_mode(mode);
}

// The method comes from configuration.
void start_configured(ssl::context::method method) {
  ssl::context ctx(method);
}

}  // namespace feeds::net
