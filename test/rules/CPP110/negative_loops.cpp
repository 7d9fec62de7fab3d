// CPP110 negatives (section 2): read loops with a cap on the accumulated size or a running total,
// loops that process each chunk without keeping it, and reads of a fixed amount. Nothing is reported.
#include <openssl/ssl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdint>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace capped {

constexpr std::size_t kMaxBody = 1024 * 1024;
constexpr std::size_t kMaxLine = 8 * 1024;

// The buffer's size() compared with a limit inside the loop.
bool read_request(int fd, std::string& body) {
  char chunk[4096];
  ssize_t n;
  while ((n = recv(fd, chunk, sizeof chunk, 0)) > 0) {
    body.append(chunk, static_cast<std::size_t>(n));
    if (body.size() > kMaxBody) return false;
  }
  return true;
}

// A running total compared with a limit before the append.
std::vector<std::uint8_t> read_all(int fd, std::size_t limit) {
  std::vector<std::uint8_t> data;
  std::uint8_t buf[8192];
  std::size_t total = 0;
  for (;;) {
    const ssize_t got = ::read(fd, buf, sizeof buf);
    if (got <= 0) break;
    total += static_cast<std::size_t>(got);
    if (total > limit) break;
    data.insert(data.end(), buf, buf + got);
  }
  return data;
}

// The cap is in the loop condition, on the buffer's size().
std::string read_tls(SSL* ssl) {
  std::string request;
  char buf[2048];
  int n = 0;
  while (request.size() < kMaxBody && (n = SSL_read(ssl, buf, sizeof buf)) > 0) {
    request.append(buf, static_cast<std::size_t>(n));
  }
  return request;
}

// A line read byte by byte, with its length() checked against kMaxLine.
bool read_line(int fd, std::string& line) {
  char c = 0;
  while (recv(fd, &c, 1, 0) == 1 && c != '\n') {
    if (line.length() >= kMaxLine) return false;
    line.push_back(c);
  }
  return true;
}

// Each chunk is folded into a checksum; nothing accumulates.
std::uint32_t checksum_stream(int fd) {
  std::uint32_t sum = 0;
  unsigned char chunk[4096];
  ssize_t n;
  while ((n = recv(fd, chunk, sizeof chunk, 0)) > 0) {
    for (ssize_t i = 0; i < n; ++i) sum = sum * 31 + chunk[i];
  }
  return sum;
}

void dispatch(const std::string& packet);

// The buffer is declared inside the loop: one chunk per iteration, handed off and dropped.
void relay_packets(int fd) {
  char chunk[1500];
  ssize_t n;
  while ((n = recv(fd, chunk, sizeof chunk, 0)) > 0) {
    std::string packet;
    packet.append(chunk, static_cast<std::size_t>(n));
    dispatch(packet);
  }
}

// A fixed-size header read in a loop until complete: the amount is sizeof the struct.
struct Header {
  std::uint32_t magic;
  std::uint32_t flags;
};

bool read_header(int fd, Header& hdr) {
  auto* p = reinterpret_cast<char*>(&hdr);
  std::size_t got = 0;
  while (got < sizeof hdr) {
    const ssize_t n = recv(fd, p + got, sizeof hdr - got, 0);
    if (n <= 0) return false;
    got += static_cast<std::size_t>(n);
  }
  return true;
}

// An ostringstream fed from a loop whose running total is capped with >=.
std::string drain(int fd) {
  std::ostringstream out;
  char buf[1024];
  std::size_t received = 0;
  ssize_t n;
  while ((n = ::read(fd, buf, sizeof buf)) > 0) {
    received += static_cast<std::size_t>(n);
    if (received >= kMaxBody) break;
    out.write(buf, n);
  }
  return out.str();
}

}  // namespace capped

// The standard log streams written in a read loop hold nothing; the capped buffer is fine.
void console_loop(int fd) {
  std::string line;
  char chunk[512];
  for (;;) {
    const ssize_t n = recv(fd, chunk, sizeof chunk, 0);
    if (n <= 0) break;
    std::clog << "read " << n << " bytes\n";
    if (line.size() + static_cast<std::size_t>(n) > 4096) break;
    line.append(chunk, static_cast<std::size_t>(n));
  }
}

// The header block cut at the blank line: a position found in what was read is no size the
// client declares.
std::string read_head(int fd) {
  std::string head;
  char buf[2048];
  while (head.find("\r\n\r\n") == std::string::npos && head.size() < 16384) {
    const ssize_t n = recv(fd, buf, sizeof buf, 0);
    if (n <= 0) break;
    head.append(buf, static_cast<std::size_t>(n));
  }
  const auto end = head.find("\r\n\r\n");
  if (end != std::string::npos) head.resize(end + 2);
  return head;
}
