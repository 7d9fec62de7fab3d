// CPP402 negatives: libcurl with verification on, a TLS 1.2+ floor, other options set to 0,
// or values only known at run time.
#include <curl/curl.h>

#include <string>

namespace billing::http {

struct TlsOptions {
  bool verify_peer = true;
  long min_version = CURL_SSLVERSION_TLSv1_2;
};

// Explicitly on (the default anyway).
void enable_verification(CURL* curl) {
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
}

// A private CA bundle instead of turning verification off.
void trust_internal_ca(CURL* curl, const std::string& ca_path) {
  curl_easy_setopt(curl, CURLOPT_CAINFO, ca_path.c_str());
  curl_easy_setopt(curl, CURLOPT_PROXY_SSL_VERIFYPEER, 1L);
  curl_easy_setopt(curl, CURLOPT_PROXY_SSL_VERIFYHOST, 2L);
}

// TLS 1.2 and later as the floor, and the library default.
void require_modern_tls(CURL* curl) {
  curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_2);
}

void require_tls13(CURL* curl) {
  curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_TLSv1_3);
  curl_easy_setopt(curl, CURLOPT_PROXY_SSLVERSION, CURL_SSLVERSION_TLSv1_2);
}

void keep_default_version(CURL* curl) {
  curl_easy_setopt(curl, CURLOPT_SSLVERSION, CURL_SSLVERSION_DEFAULT);
}

// Other options set to 0 are not TLS verification.
void tune_transfer(CURL* curl) {
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, 0L);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYSTATUS, 0L);  // OCSP stapling check, not in the model
}

// Values from configuration are unknown here: never reported.
void apply_tls_options(CURL* curl, const TlsOptions& opts) {
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, static_cast<long>(opts.verify_peer));
  curl_easy_setopt(curl, CURLOPT_SSLVERSION, opts.min_version);
}

void apply_host_check(CURL* curl, long verify_host_setting) {
  curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, verify_host_setting);
}

}  // namespace billing::http
