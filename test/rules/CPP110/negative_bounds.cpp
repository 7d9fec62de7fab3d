// CPP110 negatives: request-controlled sizes that are compared with an upper bound (<, <=, >, >=
// against something other than 0) or passed through std::min / std::clamp before the allocation,
// in the same function. Nothing here is reported.
#include <arpa/inet.h>
#include <endian.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace bounded {

constexpr std::size_t kMaxBody = 1024 * 1024;
constexpr std::uint32_t kMaxFrame = 64 * 1024;
constexpr std::uint32_t kMinFrame = 8;

struct Record {
  std::uint64_t id;
  char name[56];
};

struct Limits {
  std::size_t max_message_bytes = 256 * 1024;
};

// CGI: CONTENT_LENGTH rejected above kMaxBody before malloc.
char* read_cgi_body() {
  const char* cl = std::getenv("CONTENT_LENGTH");
  if (cl == nullptr) return nullptr;
  const std::size_t n = std::strtoul(cl, nullptr, 10);
  if (n > kMaxBody) return nullptr;
  char* body = static_cast<char*>(std::malloc(n + 1));
  if (body == nullptr) return nullptr;
  body[std::fread(body, 1, n, stdin)] = '\0';
  return body;
}

// Length prefix compared with >= against a configured limit, throwing before resize().
std::vector<std::uint8_t> read_message(int fd, const Limits& limits) {
  std::uint32_t len = 0;
  recv(fd, &len, sizeof len, MSG_WAITALL);
  len = ntohl(len);
  if (len >= limits.max_message_bytes) throw std::length_error("message too large");
  std::vector<std::uint8_t> payload;
  payload.resize(len);
  recv(fd, payload.data(), payload.size(), MSG_WAITALL);
  return payload;
}

// std::min caps the size.
std::string read_capped(int fd) {
  std::uint32_t len = 0;
  recv(fd, &len, sizeof len, MSG_WAITALL);
  const std::size_t n = std::min<std::size_t>(ntohl(len), kMaxFrame);
  std::string frame(n, '\0');
  recv(fd, frame.data(), frame.size(), MSG_WAITALL);
  return frame;
}

// std::clamp keeps the size in range.
std::unique_ptr<char[]> read_clamped(int fd) {
  std::uint32_t len = 0;
  ::read(fd, &len, sizeof len);
  const std::uint32_t n = std::clamp<std::uint32_t>(be32toh(len), kMinFrame, kMaxFrame);
  return std::make_unique<char[]>(n);
}

// A range check with < and > on the size, rejecting out-of-range frames.
std::vector<char> read_ranged(int fd) {
  std::uint32_t len = 0;
  recv(fd, &len, sizeof len, MSG_WAITALL);
  len = ntohl(len);
  if (len < kMinFrame || len > kMaxFrame) return {};
  std::vector<char> buf(len);
  recv(fd, buf.data(), buf.size(), MSG_WAITALL);
  return buf;
}

// The constant on the left: kMaxFrame < len is the same bound.
char* read_reversed(int fd) {
  std::uint32_t len = 0;
  recv(fd, &len, sizeof len, MSG_WAITALL);
  len = ntohl(len);
  if (kMaxFrame < len) return nullptr;
  return new char[len];
}

// The check is on a copy of the size: the size itself is bounded too.
std::string read_checked_copy(int fd) {
  std::uint32_t len = 0;
  recv(fd, &len, sizeof len, MSG_WAITALL);
  len = ntohl(len);
  const std::uint32_t requested = len;
  if (requested > kMaxFrame) return {};
  std::string out;
  out.reserve(len);
  return out;
}

// The check is on the variable the size was computed from (raw), the allocation uses raw + 4.
std::vector<char> read_with_trailer(int fd) {
  std::uint32_t be = 0;
  recv(fd, &be, sizeof be, MSG_WAITALL);
  const std::uint32_t raw = ntohl(be);
  if (raw > kMaxFrame) return {};
  std::vector<char> buf(raw + 4);
  recv(fd, buf.data(), raw, MSG_WAITALL);
  return buf;
}

// A record count checked before calloc.
Record* read_records(int fd) {
  std::uint16_t count_be = 0;
  recv(fd, &count_be, sizeof count_be, MSG_WAITALL);
  const std::uint16_t count = ntohs(count_be);
  if (count > 128) return nullptr;
  return static_cast<Record*>(std::calloc(count, sizeof(Record)));
}

// A struct member checked before the allocation, in the same function.
struct FrameHeader {
  std::uint32_t type;
  std::uint32_t length;
};

std::vector<char> read_typed_frame(int fd) {
  FrameHeader hdr{};
  recv(fd, &hdr, sizeof hdr, MSG_WAITALL);
  hdr.length = ntohl(hdr.length);
  if (hdr.length > kMaxFrame) throw std::length_error("frame too large");
  std::vector<char> buf;
  buf.resize(hdr.length);
  return buf;
}

}  // namespace bounded

// Lower and upper bound together (Juliet's good variant), a clamp by ?:, and a rejecting branch.
char* copy_greeting_checked(int fd) {
  char digits[32] = {};
  if (recv(fd, digits, sizeof digits - 1, 0) <= 0) return nullptr;
  std::size_t n = std::strtoul(digits, nullptr, 10);
  if (n > 16 && n < 100) return static_cast<char*>(std::malloc(n));
  return nullptr;
}

char* clamp_by_conditional(int fd) {
  char digits[32] = {};
  if (recv(fd, digits, sizeof digits - 1, 0) <= 0) return nullptr;
  std::size_t n = std::strtoul(digits, nullptr, 10);
  n = n > 4096 ? 4096 : n;
  return static_cast<char*>(std::malloc(n));
}

// fgets from a file is not the request.
char* read_config_size(std::FILE* config) {
  char line[32];
  if (!std::fgets(line, sizeof line, config)) return nullptr;
  return new char[std::strtoul(line, nullptr, 10)];
}

// A helper of this TU that clamps the length prefix it decodes: its callers get a bounded size.
static std::uint32_t decoded_length(const unsigned char* prefix) {
  std::uint32_t length = 0;
  std::memcpy(&length, prefix, sizeof length);
  return std::min<std::uint32_t>(ntohl(length), 64 * 1024);
}

std::vector<char> read_framed(int fd) {
  unsigned char prefix[4];
  if (recv(fd, prefix, sizeof prefix, MSG_WAITALL) != 4) return {};
  std::vector<char> body(decoded_length(prefix));
  recv(fd, body.data(), body.size(), MSG_WAITALL);
  return body;
}

namespace helpers {

constexpr std::size_t kMaxBody = 1024 * 1024;
constexpr std::uint32_t kMaxFrame = 64 * 1024;

// Allocating helpers that check their own parameter before they allocate (Juliet's goodB2G
// sinks): a request size handed to them is bounded where it is used.
static char* make_greeting(std::size_t size) {
  if (size > std::strlen("hello") && size < 100) {
    auto* text = static_cast<char*>(std::malloc(size));
    if (text) std::strcpy(text, "hello");
    return text;
  }
  return nullptr;
}

static std::vector<char> make_frame(std::uint32_t length) {
  if (length > kMaxFrame) throw std::length_error("frame too large");
  return std::vector<char>(length);
}

static std::string make_padding(std::size_t n) { return std::string(std::min(n, kMaxBody), ' '); }

// A helper that only forwards to a bounded one is bounded too.
static std::vector<char> make_frame_for(std::uint32_t length) { return make_frame(length); }

char* greet_client(int fd) {
  std::uint32_t size = 0;
  if (recv(fd, &size, sizeof size, MSG_WAITALL) != 4) return nullptr;
  return make_greeting(ntohl(size));
}

std::vector<char> read_bounded_frame(int fd) {
  std::uint32_t length = 0;
  if (recv(fd, &length, sizeof length, MSG_WAITALL) != 4) return {};
  std::vector<char> frame = make_frame_for(ntohl(length));
  std::string padding = make_padding(ntohl(length));
  return frame;
}

// A count parsed into a reference parameter and clamped there; a new[] helper that checks.
static bool read_count(int fd, std::size_t& count) {
  char digits[16] = {};
  if (recv(fd, digits, sizeof digits - 1, 0) <= 0) return false;
  count = std::strtoul(digits, nullptr, 10);
  if (count > 4096) count = 4096;
  return true;
}

static char* make_record_buffer(std::uint32_t size) {
  if (size > kMaxFrame) return nullptr;
  return new char[size];
}

std::uint64_t* read_ids(int fd) {
  std::size_t count = 0;
  if (!read_count(fd, count)) return nullptr;
  std::uint32_t size = 0;
  if (recv(fd, &size, sizeof size, MSG_WAITALL) != 4) return nullptr;
  delete[] make_record_buffer(ntohl(size));
  return static_cast<std::uint64_t*>(std::calloc(count, sizeof(std::uint64_t)));
}

// A struct whose request-controlled field is not the one the helper allocates with.
struct FrameSpec {
  std::uint32_t kind = 0;
  std::uint32_t capacity = 0;
};

static char* allocate_frame(const FrameSpec& spec) { return new char[spec.capacity]; }

char* read_spec_frame(int fd) {
  std::uint32_t wire = 0;
  if (recv(fd, &wire, sizeof wire, MSG_WAITALL) != 4) return nullptr;
  FrameSpec spec;
  spec.kind = ntohl(wire);
  spec.capacity = 4096;
  return allocate_frame(spec);
}

// A length parsed into a member and checked where it is stored; a global set from a
// configuration file, not from a client.
class BodyReader {
 public:
  explicit BodyReader(int fd) : fd_(fd) {}
  bool read_header() {
    char digits[16] = {};
    if (recv(fd_, digits, sizeof digits - 1, 0) <= 0) return false;
    length_ = std::strtoul(digits, nullptr, 10);
    if (length_ > kMaxBody) throw std::length_error("body too large");
    return true;
  }
  char* read_body() {
    auto* body = new char[length_];
    recv(fd_, body, length_, MSG_WAITALL);
    return body;
  }

 private:
  int fd_;
  std::size_t length_ = 0;
};

static std::size_t g_table_size = 0;

void load_table_size(std::FILE* config) {
  char line[32];
  if (std::fgets(line, sizeof line, config)) g_table_size = std::strtoul(line, nullptr, 10);
}

std::vector<std::uint64_t> make_table() { return std::vector<std::uint64_t>(g_table_size); }

}  // namespace helpers
