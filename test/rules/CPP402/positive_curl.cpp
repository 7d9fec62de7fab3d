// CPP402 positives: libcurl handles told not to verify the server, or allowed to fall back
// below TLS 1.2.
#include <curl/curl.h>

#include <string>

namespace billing::http {

// "Fix" for a self-signed staging certificate that shipped to production.
void disable_peer_check(CURL* curl) {
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);  // expect: CPP402(high)
}

// Host name check off: any valid certificate for any host is accepted.
void disable_host_check(CURL* curl) {
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);  // expect: CPP402(high)
}

// 1 is not "on" for VERIFYHOST: since 7.28.1 it behaves like 0 (only 2 checks the name).
void half_host_check(CURL* curl) {
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 1L);  // expect: CPP402(high)
}

// A bool false is 0 too.
void webhook_client_setup(CURL* curl) {
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, false);  // expect: CPP402(high)
}

// The HTTPS proxy's certificate is not checked either.
void configure_corporate_proxy(CURL* curl, const std::string& proxy_url) {
  curl_easy_setopt(curl, CURLOPT_PROXY, proxy_url.c_str());
  curl_easy_setopt(curl, CURLOPT_PROXY_SSL_VERIFYPEER, 0L);  // expect: CPP402(high)
  curl_easy_setopt(curl, CURLOPT_PROXY_SSL_VERIFYHOST, 0L);  // expect: CPP402(high)
}

// The value passes through a local that only ever holds 0.
void fetch_exchange_rates(CURL* curl) {
  long verify_peer = 0;
  curl_easy_setopt(curl, CURLOPT_URL, "https://rates.example.com/latest");
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, verify_peer);  // expect: CPP402(high)
}

// A constexpr setting shared by the module.
constexpr long kVerifyHost = 0;
void fetch_invoice_pdf(CURL* curl) {
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, kVerifyHost);  // expect: CPP402(high)
}

// Protocol floors below TLS 1.2.
void talk_to_legacy_bank(CURL* curl) {
  curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1);  // expect: CPP402(high)
}

void talk_to_tls10_device(CURL* curl) {
  curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_0);  // expect: CPP402(high)
}

void talk_to_tls11_device(CURL* curl) {
  curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_1);  // expect: CPP402(high)
}

void talk_to_ancient_printer(CURL* curl) {
  curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_SSLv3);  // expect: CPP402(high)
}

void legacy_proxy_protocol(CURL* curl) {
  curl_easy_setopt(curl, CURLOPT_PROXY_SSLVERSION, CURL_SSLVERSION_TLSv1_1);  // expect: CPP402(high)
}

// An option call split over lines is reported where it begins.
void download_statement(CURL* curl) {
  curl_easy_setopt(curl,  // expect: CPP402(high)
                   CURLOPT_SSL_VERIFYPEER,
                   0L);
}

}  // namespace billing::http
