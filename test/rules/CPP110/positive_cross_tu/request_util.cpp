#include "request_util.h"

#include <arpa/inet.h>
#include <sys/socket.h>

#include <algorithm>
#include <cstdint>
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
