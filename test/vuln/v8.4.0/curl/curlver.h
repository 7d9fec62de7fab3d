/* libcurl 8.4.0: the release that fixed CVE-2023-38545 and CVE-2023-38546. */
#define LIBCURL_VERSION "8.4.0"
#define LIBCURL_VERSION_NUM 0x080400
