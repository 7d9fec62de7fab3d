#include <arpa/inet.h>
#include <sys/socket.h>

#include <cstdint>
#include <string>
#include <vector>

#include "request_util.h"

namespace upload {

constexpr std::size_t kMaxUpload = 16 * 1024 * 1024;

void store(const std::string& name, const std::vector<char>& data);

// The client's declared size from request_util.cpp sizes the buffer: reported at the resize.
void handle_upload(const httplib::Request& req, httplib::Response& res) {
  std::vector<char> buffer;
  buffer.resize(content_length(req));  // expect: CPP110(high)
  store(req.path, buffer);
  res.status = 201;
}

// The same helper's result compared with kMaxUpload first: not reported.
void handle_checked_upload(const httplib::Request& req, httplib::Response& res) {
  const std::size_t n = content_length(req);
  if (n > kMaxUpload) {
    res.status = 413;
    return;
  }
  std::vector<char> buffer;
  buffer.resize(n);
  store(req.path, buffer);
  res.status = 201;
}

}  // namespace upload

namespace upload {

// A header parsed in request_util.cpp, which returns it as is: reported at the allocation.
void handle_reply(const httplib::Request& req, httplib::Response& res) {
  std::string reply(parse_size(req.get_header_value("X-Reply-Size")), ' ');  // expect: CPP110(high)
  res.set_content(reply, "text/plain");
}

// The same header through a parser of request_util.cpp that clamps it: not reported.
void handle_bounded_reply(const httplib::Request& req, httplib::Response& res) {
  std::string reply(parse_bounded_size(req.get_header_value("X-Reply-Size")), ' ');
  res.set_content(reply, "text/plain");
}

}  // namespace upload

namespace upload {

// A header handed to request_util.cpp's reply_buffer, which allocates with it: reported at the
// call, where the size leaves this TU.
void handle_prepared_reply(const httplib::Request& req, httplib::Response& res) {
  const std::vector<char> buffer = reply_buffer(req.get_header_value("X-Reply-Size"));  // expect: CPP110(high)
  res.status = buffer.empty() ? 204 : 200;
}

}  // namespace upload

namespace upload {

// The length comes back from request_util.cpp's reader, which was handed a copy of `n`:
// reported at the allocation.
char* read_frame(int fd) {
  std::size_t n = 0;
  n = read_frame_length(fd, n);
  char* frame = new char[n];  // expect: CPP110(high)
  recv(fd, frame, n, MSG_WAITALL);
  return frame;
}

// A length read here, handed to request_util.cpp's new[] helper: reported at the call. Its
// checked twin is not.
char* read_frame_into_buffer(int fd) {
  std::uint32_t length = 0;
  if (recv(fd, &length, sizeof length, MSG_WAITALL) != sizeof length) return nullptr;
  char* frame = frame_buffer(ntohl(length));  // expect: CPP110(high)
  char* checked = checked_frame_buffer(ntohl(length));
  delete[] checked;
  return frame;
}

}  // namespace upload

namespace upload {

// A struct whose length field comes off the socket, handed to request_util.cpp's allocator,
// which allocates with that field: reported at the call. Its twin sets the length itself and
// only the kind from the wire: not reported.
char* read_spec_frame(int fd) {
  std::uint32_t wire = 0;
  if (recv(fd, &wire, sizeof wire, MSG_WAITALL) != sizeof wire) return nullptr;
  FrameSpec spec;
  spec.length = ntohl(wire);
  return allocate_frame(spec);  // expect: CPP110(high)
}

// The same with aggregate initialisation: the length is the second field.
char* read_packed_frame(int fd) {
  std::uint32_t wire = 0;
  if (recv(fd, &wire, sizeof wire, MSG_WAITALL) != sizeof wire) return nullptr;
  FrameSpec spec{1, ntohl(wire)};
  return allocate_frame(spec);  // expect: CPP110(high)
}

char* read_kind_frame(int fd) {
  std::uint32_t wire = 0;
  if (recv(fd, &wire, sizeof wire, MSG_WAITALL) != sizeof wire) return nullptr;
  FrameSpec spec;
  spec.kind = ntohl(wire);
  spec.length = 512;
  return allocate_frame(spec);
}

}  // namespace upload

namespace upload {

int encoded_length(const unsigned char* bytes, std::size_t size);  // defined nowhere we can see

std::vector<unsigned char> digest(const std::string& text) {
  return std::vector<unsigned char>(32, static_cast<unsigned char>(text.size()));
}

// Resized by what an unseen encoder returns for the bytes it is given: an allocation-size sink
// for its parameter.
std::string encode(const std::vector<unsigned char>& bytes) {
  std::string out(bytes.size() * 2, '0');
  out.resize(static_cast<std::size_t>(encoded_length(bytes.data(), bytes.size())));
  return out;
}

// The delivery holds the request body, and request_util.cpp's check_delivery hands a digest of
// it to encode(): the body's text is no size, so nothing is reported.
void handle_delivery(const httplib::Request& req, httplib::Response& res) {
  Delivery delivery{req.body, req.get_header_value("X-Signature")};
  res.status = check_delivery(delivery) ? 202 : 401;
}

}  // namespace upload

namespace upload {

// The global request_util.cpp stores the socket's frame length in, unchecked.
std::vector<char> next_frame(int fd) {
  read_next_frame_header(fd);
  std::size_t length = g_next_frame_length;
  return std::vector<char>(length);  // expect: CPP110(high)
}

// The one it caps before storing it: not reported.
std::vector<char> next_capped_frame(int fd) {
  read_next_frame_header(fd);
  return std::vector<char>(g_next_capped_length);
}

}  // namespace upload

namespace upload {

// A size helper of another TU whose name says it checks the size: not reported.
void handle_checked_image(const httplib::Request& req, httplib::Response& res) {
  std::vector<char> image(checked_content_length(req, kMaxUpload));
  store(req.path, image);
  res.status = 201;
}

}  // namespace upload
