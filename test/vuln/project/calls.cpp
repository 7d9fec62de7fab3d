// Calls curl_easy_duphandle (CVE-2023-38546) two calls below main, and asks for a SOCKS5
// proxy that resolves host names (CVE-2023-38545) with constant arguments.
#include <curl/curl.h>

namespace client {

CURL *clone_handle(CURL *curl) { return curl_easy_duphandle(curl); }

int fetch(const char *url) {
  CURL *curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, url);
  curl_easy_setopt(curl, CURLOPT_PROXYTYPE, CURLPROXY_SOCKS5_HOSTNAME);
  CURL *copy = clone_handle(curl);
  CURLcode result = curl_easy_perform(copy);
  curl_easy_cleanup(copy);
  curl_easy_cleanup(curl);
  return result;
}

}  // namespace client

int main() { return client::fetch("https://example.com/"); }
