// CPP402 positives: standalone Asio (namespace asio) SSL contexts and streams without peer
// verification, or limited to a protocol below TLS 1.2.
#include <asio.hpp>
#include <asio/ssl.hpp>

namespace telemetry::uplink {

// Context accepting any server certificate.
void configure_collector_client(asio::ssl::context& ctx) {
  ctx.set_verify_mode(asio::ssl::verify_none);  // expect: CPP402(high)
}

// Verification turned off on a single stream.
void open_stream(asio::io_context& io, asio::ssl::context& ctx) {
  asio::ssl::stream<asio::ip::tcp::socket> stream(io, ctx);
  stream.set_verify_mode(asio::ssl::verify_none);  // expect: CPP402(high)
}

// A constexpr setting of the module.
constexpr int kCollectorVerify = asio::ssl::verify_none;
void configure_collector_fallback(asio::ssl::context& ctx) {
  ctx.set_verify_mode(kCollectorVerify);  // expect: CPP402(high)
}

// TLS 1.0 / 1.1 only contexts.
void start_device_listener() {
  asio::ssl::context ctx(asio::ssl::context::tlsv1_server);  // expect: CPP402(high)
  ctx.use_private_key_file("device.key", asio::ssl::context::pem);
}

void start_old_uplink() {
  asio::ssl::context ctx(asio::ssl::context::tlsv11);  // expect: CPP402(high)
}

// Near misses: verify_peer, and a TLS 1.2-only context.
void configure_strict_client(asio::ssl::context& ctx) {
  ctx.set_verify_mode(asio::ssl::verify_peer | asio::ssl::verify_fail_if_no_peer_cert);
}

void start_modern_uplink() {
  asio::ssl::context ctx(asio::ssl::context::tlsv12_client);
}

}  // namespace telemetry::uplink
