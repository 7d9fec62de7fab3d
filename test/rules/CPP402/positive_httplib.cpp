// cppsec-test-flags: -DCPPHTTPLIB_OPENSSL_SUPPORT
// CPP402 positives: cpp-httplib HTTPS clients that accept any server certificate.
#include <httplib.h>

#include <string>

namespace crm::integrations {

// SSLClient to a partner API with a self-signed certificate.
std::string fetch_contacts(const std::string& token) {
  httplib::SSLClient cli("partner.example.com", 443);
  cli.enable_server_certificate_verification(false);  // expect: CPP402(high)
  httplib::Headers headers{{"Authorization", "Bearer " + token}};
  auto res = cli.Get("/v2/contacts", headers);
  return res ? res->body : std::string();
}

// The universal Client with an https:// URL.
bool push_lead(const std::string& json) {
  httplib::Client cli("https://hooks.example.com");
  cli.enable_server_certificate_verification(false);  // expect: CPP402(high)
  auto res = cli.Post("/leads", json, "application/json");
  return res && res->status == 200;
}

// Through a local that only ever holds false.
void configure_sandbox(httplib::Client& cli) {
  const bool verify = false;
  cli.enable_server_certificate_verification(verify);  // expect: CPP402(high)
}

// A constexpr switch of the module.
constexpr bool kVerifyPartnerCert = false;
void configure_partner(httplib::SSLClient& cli) {
  cli.enable_server_certificate_verification(kVerifyPartnerCert);  // expect: CPP402(high)
}

// Through a pointer.
void configure_shared(httplib::SSLClient* cli) {
  cli->enable_server_certificate_verification(false);  // expect: CPP402(high)
}

// Near miss: verification left on, with a private CA bundle.
void configure_internal(httplib::SSLClient& cli) {
  cli.set_ca_cert_path("/etc/ssl/internal-ca.pem");
  cli.enable_server_certificate_verification(true);
}

}  // namespace crm::integrations
