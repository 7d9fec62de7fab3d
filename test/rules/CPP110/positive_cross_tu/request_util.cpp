#include "request_util.h"

#include <arpa/inet.h>
#include <sys/socket.h>

#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace upload {

// Not an allocation: nothing is reported in this TU.
std::size_t content_length(const httplib::Request& req) {
  return std::stoul(req.get_header_value("Content-Length"));
}

}  // namespace upload

namespace upload {

// Parses a size header: returns what it was given, unchecked.
std::size_t parse_size(const std::string& text) { return std::stoul(text); }

// Parses a size header and clamps it: what it returns is bounded.
std::size_t parse_bounded_size(const std::string& text) {
  return std::min<std::size_t>(std::stoul(text), 1024 * 1024);
}

}  // namespace upload

namespace upload {

// Allocates a reply of the size it is given as text: a sink for callers in other TUs.
std::vector<char> reply_buffer(const std::string& declared) { return std::vector<char>(std::stoul(declared)); }

}  // namespace upload

namespace upload {

std::size_t read_frame_length(int fd, std::size_t fallback) {
  std::uint32_t length = 0;
  if (recv(fd, &length, sizeof length, MSG_WAITALL) != sizeof length) return fallback;
  fallback = ntohl(length);
  return fallback;
}

// new[] is no call: a helper allocating with it is a sink for the other TU's callers all the same.
char* frame_buffer(std::size_t n) { return new char[n]; }

char* checked_frame_buffer(std::size_t n) {
  if (n > 64 * 1024) return nullptr;
  return new char[n];
}

}  // namespace upload

namespace upload {

char* allocate_frame(const FrameSpec& spec) { return new char[spec.length]; }

bool check_delivery(const Delivery& delivery) { return encode(digest(delivery.body)) == delivery.signature; }

}  // namespace upload

namespace upload {

std::size_t g_next_frame_length = 0;
std::size_t g_next_capped_length = 0;

void read_next_frame_header(int fd) {
  std::uint32_t wire[2] = {0, 0};
  if (recv(fd, wire, sizeof wire, MSG_WAITALL) != sizeof wire) return;
  g_next_frame_length = ntohl(wire[0]);
  std::size_t capped = ntohl(wire[1]);
  if (capped > 64 * 1024) capped = 64 * 1024;
  g_next_capped_length = capped;
}

}  // namespace upload

namespace upload {

std::size_t checked_content_length(const httplib::Request& req, std::size_t limit) {
  const std::size_t n = std::stoul(req.get_header_value("Content-Length"));
  if (n > limit) throw std::length_error("body too large");
  return n;
}

}  // namespace upload
