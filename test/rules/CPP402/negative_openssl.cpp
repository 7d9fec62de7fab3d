// CPP402 negatives: OpenSSL set up correctly, or settings whose value is not known here.
#include <openssl/ssl.h>

#include <string>

namespace gateway::tls {

// Peer verification on, and a client certificate required by the server.
void configure_mtls_server(SSL_CTX* ctx) {
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, nullptr);
}

void configure_upstream_client(SSL_CTX* ctx) {
  SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, nullptr);
}

// The mode is the caller's choice: an unknown value is never reported.
void apply_verify_mode(SSL* ssl, int verify_mode) {
  SSL_set_verify(ssl, verify_mode, nullptr);
}

// Version-flexible methods negotiate the best protocol both sides support.
SSL_CTX* make_client_context() { return SSL_CTX_new(TLS_client_method()); }
SSL_CTX* make_server_context() { return SSL_CTX_new(TLS_server_method()); }
SSL_CTX* make_any_context() { return SSL_CTX_new(TLS_method()); }
SSL_CTX* make_dtls_context() { return SSL_CTX_new(DTLS_method()); }

// Pinned to TLS 1.2 / DTLS 1.2: deprecated API, but not a weak protocol.
SSL_CTX* make_tls12_only_context() { return SSL_CTX_new(TLSv1_2_method()); }
SSL_CTX* make_dtls12_context() { return SSL_CTX_new(DTLSv1_2_method()); }

// TLS 1.2 and 1.3 as the floor: the boundary value is fine.
void require_tls12(SSL_CTX* ctx) {
  SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
}

void require_tls13(SSL* ssl) {
  SSL_set_min_proto_version(ssl, TLS1_3_VERSION);
}

// 0 means "the library's lowest enabled version" (OpenSSL's default, TLS 1.2 on
// current distributions): left alone.
void reset_min_version(SSL_CTX* ctx) {
  SSL_CTX_set_min_proto_version(ctx, 0);
}

// The floor comes from configuration.
void apply_min_version(SSL_CTX* ctx, long configured_version) {
  SSL_CTX_set_min_proto_version(ctx, configured_version);
}

// Cipher lists where every weak family is removed with '!'.
void harden_ciphers(SSL_CTX* ctx) {
  SSL_CTX_set_cipher_list(ctx, "HIGH:!aNULL:!MD5:!RC4:!3DES");
}

void exclude_legacy_suites(SSL* ssl) {
  SSL_set_cipher_list(ssl, "DEFAULT:!EXPORT:!LOW:!eNULL:!ADH:!DES");
}

// Mozilla "intermediate" list: only ECDHE suites with AES-GCM or ChaCha20-Poly1305.
void use_mozilla_intermediate(SSL_CTX* ctx) {
  SSL_CTX_set_cipher_list(ctx,
                          "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
                          "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-AES256-GCM-SHA384");
}

// The list is read from the deployment's configuration: unknown text.
void apply_cipher_list(SSL_CTX* ctx, const std::string& configured_ciphers) {
  SSL_CTX_set_cipher_list(ctx, configured_ciphers.c_str());
}

// TLS 1.3 suites and protocol-disabling options are not cipher lists of the model.
void configure_tls13(SSL_CTX* ctx) {
  SSL_CTX_set_ciphersuites(ctx, "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256");
  SSL_CTX_set_options(ctx, SSL_OP_NO_SSLv3 | SSL_OP_NO_TLSv1 | SSL_OP_NO_TLSv1_1);
}

}  // namespace gateway::tls
