// CPP402 positives: OpenSSL contexts that skip peer verification, pin a protocol below
// TLS 1.2, or enable weak cipher suites. Cipher lists are reported with medium confidence.
#include <openssl/ssl.h>

#include <string>

namespace gateway::tls {

int accept_everything(int /*preverify_ok*/, X509_STORE_CTX* /*store*/) { return 1; }

// The classic "make the handshake work" fix: no verification at all.
void configure_upstream_client(SSL_CTX* ctx) {
  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nullptr);  // expect: CPP402(high)
}

// SSL_VERIFY_NONE with a callback: the callback is never asked to reject anything.
void configure_with_callback(SSL_CTX* ctx) {
  SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, accept_everything);  // expect: CPP402(high)
}

// Per-connection override on an SSL object.
void relax_single_connection(SSL* ssl) {
  SSL_set_verify(ssl, SSL_VERIFY_NONE, nullptr);  // expect: CPP402(high)
}

// The mode travels through a local that only ever holds SSL_VERIFY_NONE.
void configure_metrics_exporter(SSL_CTX* ctx) {
  int mode = SSL_VERIFY_NONE;
  SSL_CTX_set_verify(ctx, mode, nullptr);  // expect: CPP402(high)
}

// A constexpr setting of the module.
constexpr int kLegacyVerifyMode = SSL_VERIFY_NONE;
void configure_legacy_peer(SSL_CTX* ctx) {
  SSL_CTX_set_verify(ctx, kLegacyVerifyMode, nullptr);  // expect: CPP402(high)
}

// Version-pinned methods below TLS 1.2 (deprecated since OpenSSL 1.1.0, still linked).
SSL_CTX* make_tls10_context() {
  return SSL_CTX_new(TLSv1_method());  // expect: CPP402(high)
}

SSL_CTX* make_tls10_client_context() {
  return SSL_CTX_new(TLSv1_client_method());  // expect: CPP402(high)
}

SSL_CTX* make_tls10_server_context() {
  return SSL_CTX_new(TLSv1_server_method());  // expect: CPP402(high)
}

SSL_CTX* make_tls11_context() {
  const SSL_METHOD* method = TLSv1_1_method();  // expect: CPP402(high)
  return SSL_CTX_new(method);
}

SSL_CTX* make_tls11_client_context() {
  return SSL_CTX_new(TLSv1_1_client_method());  // expect: CPP402(high)
}

SSL_CTX* make_tls11_server_context() {
  return SSL_CTX_new(TLSv1_1_server_method());  // expect: CPP402(high)
}

SSL_CTX* make_dtls10_context() {
  return SSL_CTX_new(DTLSv1_method());  // expect: CPP402(high)
}

// A call split over lines is reported where it begins.
SSL_CTX* make_legacy_partner_context(bool /*unused*/) {
  SSL_CTX* ctx = SSL_CTX_new(
      TLSv1_1_client_method());  // expect: CPP402(high)
  return ctx;
}

// Minimum protocol versions below TLS 1.2 (SSL3_VERSION .. TLS1_1_VERSION).
void allow_old_clients(SSL_CTX* ctx) {
  SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION);  // expect: CPP402(high)
}

void allow_tls11_clients(SSL_CTX* ctx) {
  SSL_CTX_set_min_proto_version(ctx, TLS1_1_VERSION);  // expect: CPP402(high)
}

void allow_ssl3_clients(SSL_CTX* ctx) {
  SSL_CTX_set_min_proto_version(ctx, SSL3_VERSION);  // expect: CPP402(high)
}

void allow_old_device(SSL* ssl) {
  SSL_set_min_proto_version(ssl, TLS1_1_VERSION);  // expect: CPP402(high)
}

// The floor is held in a local that only ever holds TLS1_VERSION.
void configure_kiosk_listener(SSL_CTX* ctx) {
  const long floor_version = TLS1_VERSION;
  SSL_CTX_set_min_proto_version(ctx, floor_version);  // expect: CPP402(high)
}

// Cipher lists enabling weak suites: medium confidence.
void enable_all_ciphers(SSL_CTX* ctx) {
  SSL_CTX_set_cipher_list(ctx, "ALL:!aNULL");  // expect: CPP402(medium)
}

void keep_rc4_for_old_pos_terminals(SSL_CTX* ctx) {
  SSL_CTX_set_cipher_list(ctx, "HIGH:RC4-SHA");  // expect: CPP402(medium)
}

void keep_3des_for_mainframe(SSL_CTX* ctx) {
  SSL_CTX_set_cipher_list(ctx, "HIGH:!aNULL:+3DES");  // expect: CPP402(medium)
}

void enable_export_suites(SSL_CTX* ctx) {
  SSL_CTX_set_cipher_list(ctx, "EXP-RC4-MD5:EXP-DES-CBC-SHA");  // expect: CPP402(medium)
}

void enable_anonymous_dh(SSL* ssl) {
  SSL_set_cipher_list(ssl, "ADH-AES256-SHA:HIGH");  // expect: CPP402(medium)
}

// The list comes from a constexpr constant of the module.
constexpr const char* kLegacyCipherList = "DEFAULT:eNULL";
void configure_debug_listener(SSL_CTX* ctx) {
  SSL_CTX_set_cipher_list(ctx, kLegacyCipherList);  // expect: CPP402(medium)
}

// The list is assembled in a local std::string; the appended literal enables DES.
void configure_partner_ciphers(SSL_CTX* ctx) {
  std::string ciphers = "HIGH:!aNULL";
  ciphers += ":DES-CBC3-SHA";
  SSL_CTX_set_cipher_list(ctx, ciphers.c_str());  // expect: CPP402(medium)
}

}  // namespace gateway::tls
