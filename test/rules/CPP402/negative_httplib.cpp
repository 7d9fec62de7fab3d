// cppsec-test-flags: -DCPPHTTPLIB_OPENSSL_SUPPORT
// CPP402 negatives: cpp-httplib clients that verify the server (the default) or whose
// setting is only known at run time.
#include <httplib.h>

#include <string>

namespace crm::integrations {

struct ClientSettings {
  bool verify_certificates = true;
};

// Default: verification on; nothing to report.
std::string fetch_status() {
  httplib::SSLClient cli("status.example.com", 443);
  auto res = cli.Get("/health");
  return res ? res->body : std::string();
}

// Explicitly on.
void configure_strict(httplib::Client& cli) {
  cli.enable_server_certificate_verification(true);
}

void configure_strict_ssl(httplib::SSLClient& cli) {
  cli.set_ca_cert_path("/etc/ssl/certs/ca-certificates.crt");
  cli.enable_server_certificate_verification(true);
}

// From configuration: unknown value.
void apply_settings(httplib::SSLClient& cli, const ClientSettings& settings) {
  cli.enable_server_certificate_verification(settings.verify_certificates);
}

void apply_flag(httplib::Client& cli, bool verify) {
  cli.enable_server_certificate_verification(verify);
}

}  // namespace crm::integrations
