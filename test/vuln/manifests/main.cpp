// The orders service: its manifests declare versions; the code includes libcurl, whose
// headers (8.4.0) disagree with the vcpkg override (8.3.0).
#include <curl/curl.h>

int main() {
  CURL *curl = curl_easy_init();
  curl_easy_cleanup(curl);
  return 0;
}
