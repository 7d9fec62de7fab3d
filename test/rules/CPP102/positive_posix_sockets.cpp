// CPP102 positives with the POSIX socket API: the wildcard address written as a literal
// ("0.0.0.0", "::") and parsed with inet_addr / inet_aton / inet_pton, and INADDR_ANY or
// in6addr_any stored into a socket address. The finding is on the line of the call or of
// the assignment.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>
#include <string>

namespace metrics_agent {

// The classic: a metrics endpoint bound with htonl(INADDR_ANY) answers on the public NIC too.
int open_metrics_socket(unsigned short port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  addr.sin_addr.s_addr = htonl(INADDR_ANY);  // expect: CPP102(high)
  ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  ::listen(fd, 64);
  return fd;
}

// INADDR_ANY without htonl (it is 0 in both byte orders): same finding.
int open_health_socket(unsigned short port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  addr.sin_addr.s_addr = INADDR_ANY;  // expect: CPP102(high)
  ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  return fd;
}

// IPv6 wildcard: in6addr_any copied into sin6_addr.
int open_admin_socket_v6(unsigned short port) {
  int fd = ::socket(AF_INET6, SOCK_STREAM, 0);
  sockaddr_in6 a6{};
  a6.sin6_family = AF_INET6;
  a6.sin6_port = htons(port);
  a6.sin6_addr = in6addr_any;  // expect: CPP102(high)
  ::bind(fd, reinterpret_cast<sockaddr*>(&a6), sizeof a6);
  return fd;
}

// Through a pointer into sockaddr_storage: still a store into a socket address field.
void fill_any(sockaddr_storage& storage, unsigned short port) {
  auto* sin = reinterpret_cast<sockaddr_in*>(&storage);
  sin->sin_family = AF_INET;
  sin->sin_port = htons(port);
  sin->sin_addr.s_addr = htonl(INADDR_ANY);  // expect: CPP102(high)
}

// inet_addr of the wildcard literal.
void bind_legacy(int fd, unsigned short port) {
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  addr.sin_addr.s_addr = inet_addr("0.0.0.0");  // expect: CPP102(high)
  ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
}

// inet_aton of the wildcard literal.
bool parse_default_listen(in_addr* out) {
  return inet_aton("0.0.0.0", out) != 0;  // expect: CPP102(high)
}

// inet_pton: IPv4 wildcard, IPv6 wildcard in short and long form.
void bind_dual_stack(int fd4, int fd6, unsigned short port) {
  sockaddr_in a4{};
  a4.sin_family = AF_INET;
  a4.sin_port = htons(port);
  inet_pton(AF_INET, "0.0.0.0", &a4.sin_addr);  // expect: CPP102(high)
  ::bind(fd4, reinterpret_cast<sockaddr*>(&a4), sizeof a4);

  sockaddr_in6 a6{};
  a6.sin6_family = AF_INET6;
  a6.sin6_port = htons(port);
  inet_pton(AF_INET6, "::", &a6.sin6_addr);  // expect: CPP102(high)
  ::bind(fd6, reinterpret_cast<sockaddr*>(&a6), sizeof a6);
}

void bind_v6_long_form(int fd, sockaddr_in6& a6) {
  if (inet_pton(AF_INET6, "0:0:0:0:0:0:0:0", &a6.sin6_addr) == 1) {  // expect: CPP102(high)
    ::bind(fd, reinterpret_cast<sockaddr*>(&a6), sizeof a6);
  }
}

// The literal reaches the call through a local variable.
void bind_from_default(int fd, unsigned short port) {
  const char* listen_host = "0.0.0.0";
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  inet_pton(AF_INET, listen_host, &addr.sin_addr);  // expect: CPP102(high)
  ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
}

// ... through a local constexpr constant.
void bind_from_constant(int fd, sockaddr_in6& a6) {
  constexpr const char* kWildcardV6 = "::";
  inet_pton(AF_INET6, kWildcardV6, &a6.sin6_addr);  // expect: CPP102(high)
  ::bind(fd, reinterpret_cast<sockaddr*>(&a6), sizeof a6);
}

// ... through a std::string local and c_str().
void bind_from_string(int fd, sockaddr_in& addr) {
  const std::string host = "0.0.0.0";
  inet_pton(AF_INET, host.c_str(), &addr.sin_addr);  // expect: CPP102(high)
  ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
}

// Near miss in the same file: the loopback address is what an internal service should use.
int open_debug_socket(unsigned short port) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  return fd;
}

}  // namespace metrics_agent
