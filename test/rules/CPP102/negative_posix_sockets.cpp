// CPP102 negatives with the POSIX socket API: loopback and configured addresses, addresses
// that only start or end like the wildcard, INADDR_ANY compared rather than stored, and
// client-side parsing of other addresses. None is reported.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cstring>
#include <string>

namespace cache_node {

struct ListenConfig {
  std::string host;
  unsigned short port = 0;
};

// The loopback address: the right choice for a sidecar.
int open_local_socket(unsigned short port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  return fd;
}

// IPv6 loopback.
void fill_loopback_v6(sockaddr_in6& a6, unsigned short port) {
  a6.sin6_family = AF_INET6;
  a6.sin6_port = htons(port);
  a6.sin6_addr = in6addr_loopback;
}

// The address comes from the configuration: the operator decides, nothing is hard-coded.
bool bind_configured(int fd, const ListenConfig& cfg) {
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(cfg.port);
  if (inet_pton(AF_INET, cfg.host.c_str(), &addr.sin_addr) != 1) return false;
  return ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
}

// Literal loopback addresses parsed with every parser.
void parse_loopbacks(sockaddr_in& a4, sockaddr_in6& a6) {
  a4.sin_addr.s_addr = inet_addr("127.0.0.1");
  inet_aton("127.0.0.1", &a4.sin_addr);
  inet_pton(AF_INET6, "::1", &a6.sin6_addr);
}

// Anchored patterns: a private network base address is not the wildcard.
bool in_private_range(in_addr peer) {
  in_addr net{};
  inet_pton(AF_INET, "10.0.0.0", &net);
  return (ntohl(peer.s_addr) & 0xFF000000u) == ntohl(net.s_addr);
}

// INADDR_ANY compared, not stored: a check that rejects the wildcard.
bool is_wildcard(const sockaddr_in& addr) {
  return addr.sin_addr.s_addr == htonl(INADDR_ANY);
}

// Connecting to a service address taken from a parameter (client side).
int connect_upstream(const char* upstream_ip, unsigned short port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  inet_pton(AF_INET, upstream_ip, &addr.sin_addr);
  return ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
}

// Formatting an address for a log line does not bind anything.
std::string describe(const sockaddr_in& addr) {
  char text[INET_ADDRSTRLEN] = {};
  inet_ntop(AF_INET, &addr.sin_addr, text, sizeof text);
  return text;
}

}  // namespace cache_node
