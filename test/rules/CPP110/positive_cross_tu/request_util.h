// CPP110 across TUs: a helper defined in request_util.cpp returns the client's Content-Length;
// handler.cpp uses it to size a buffer. Each .cpp is analysed separately, then the results are merged.
#pragma once
#include <httplib.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace upload {

// request_util.cpp: the Content-Length header parsed with std::stoul, no upper bound.
std::size_t content_length(const httplib::Request& req);
// request_util.cpp: the same, rejected above `limit`; the name says it is checked.
std::size_t checked_content_length(const httplib::Request& req, std::size_t limit);

std::size_t parse_size(const std::string& text);
std::size_t parse_bounded_size(const std::string& text);

// request_util.cpp: allocates as many bytes as the text it is given says.
std::vector<char> reply_buffer(const std::string& declared);

// request_util.cpp: reads a frame length off the socket; `fallback` when the read fails. The
// fallback is a copy: the function cannot fill the caller's variable through it.
std::size_t read_frame_length(int fd, std::size_t fallback);

// request_util.cpp: new char[n], unchecked; and the same behind a check of n.
char* frame_buffer(std::size_t n);
char* checked_frame_buffer(std::size_t n);

// request_util.cpp: allocates a frame of spec.length bytes, unchecked.
struct FrameSpec {
  std::uint32_t kind = 0;
  std::uint32_t length = 0;
};
char* allocate_frame(const FrameSpec& spec);

// A webhook delivery: request_util.cpp checks its signature with digest() and encode(), which
// handler.cpp defines. Nothing in it sizes an allocation.
struct Delivery {
  std::string body;
  std::string signature;
};
bool check_delivery(const Delivery& delivery);

// request_util.cpp stores the frame length it reads in g_next_frame_length, unchecked, and a
// length it caps in g_next_capped_length; handler.cpp allocates with each.
extern std::size_t g_next_frame_length;
extern std::size_t g_next_capped_length;
void read_next_frame_header(int fd);
std::vector<unsigned char> digest(const std::string& text);
std::string encode(const std::vector<unsigned char>& bytes);

}  // namespace upload
