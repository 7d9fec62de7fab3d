// The proxy type comes from configuration: vulncheck cannot tell whether it is
// CURLPROXY_SOCKS5_HOSTNAME, so CVE-2023-38545 is "possibly affected", never "not affected".
#include <curl/curl.h>

struct ProxyConfig {
  long type;
};

int fetch(const char *url, const ProxyConfig &proxy) {
  CURL *curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, url);
  curl_easy_setopt(curl, CURLOPT_PROXYTYPE, proxy.type);
  CURLcode result = curl_easy_perform(curl);
  curl_easy_cleanup(curl);
  return result;
}

int main(int argc, char **) { return fetch("https://example.com/", ProxyConfig{argc}); }
