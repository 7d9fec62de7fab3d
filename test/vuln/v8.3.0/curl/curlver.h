/* libcurl 8.3.0: affected by CVE-2023-38545 and CVE-2023-38546 (fixed in 8.4.0). */
#define LIBCURL_VERSION "8.3.0"
#define LIBCURL_VERSION_NUM 0x080300
