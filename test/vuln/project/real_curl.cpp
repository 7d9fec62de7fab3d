// Built against the real libcurl headers of the machine (Debian's libcurl4-openssl-dev):
// the version comes from the real curlver.h, and with -O2 the calls go through curl's
// type-checking curl_easy_setopt macro.
#include <curl/curl.h>

static void use_socks_proxy(CURL *curl, const char *proxy) {
  curl_easy_setopt(curl, CURLOPT_PROXY, proxy);
  curl_easy_setopt(curl, CURLOPT_PROXYTYPE, (long)CURLPROXY_SOCKS5_HOSTNAME);
}

int main() {
  CURL *curl = curl_easy_init();
  use_socks_proxy(curl, "proxy.internal:1080");
  curl_easy_setopt(curl, CURLOPT_URL, "https://example.com/");
  CURLcode result = curl_easy_perform(curl);
  curl_easy_cleanup(curl);
  return result == CURLE_OK ? 0 : 1;
}
