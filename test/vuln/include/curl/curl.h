/* A stand-in for libcurl's curl.h: the declarations the fixtures call, with the real names
   and enum values; the version comes from whichever curlver.h is first on the include path. */
#ifndef FIXTURE_CURL_H
#define FIXTURE_CURL_H
#include <curl/curlver.h>
#ifdef __cplusplus
extern "C" {
#endif
typedef void CURL;
typedef enum { CURLE_OK = 0 } CURLcode;
typedef enum {
  CURLOPT_URL = 10002,
  CURLOPT_PROXY = 10004,
  CURLOPT_PROXYTYPE = 101,
  CURLOPT_TIMEOUT = 13
} CURLoption;
typedef enum {
  CURLPROXY_HTTP = 0,
  CURLPROXY_SOCKS4 = 4,
  CURLPROXY_SOCKS5 = 5,
  CURLPROXY_SOCKS5_HOSTNAME = 7
} curl_proxytype;
CURL *curl_easy_init(void);
CURLcode curl_easy_setopt(CURL *curl, CURLoption option, ...);
CURLcode curl_easy_perform(CURL *curl);
CURL *curl_easy_duphandle(CURL *curl);
void curl_easy_cleanup(CURL *curl);
#ifdef __cplusplus
}
#endif
#endif
