// Uses libcurl, but neither duplicates a handle nor uses a SOCKS5 proxy: the version is
// affected, the code does not reach the vulnerable functions.
#include <curl/curl.h>

int fetch(const char *url) {
  CURL *curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, url);
  curl_easy_setopt(curl, CURLOPT_PROXYTYPE, CURLPROXY_SOCKS5);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, 10L);
  CURLcode result = curl_easy_perform(curl);
  curl_easy_cleanup(curl);
  return result;
}

int main() { return fetch("https://example.com/"); }
