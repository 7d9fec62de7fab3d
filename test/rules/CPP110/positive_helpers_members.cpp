// CPP110 positives (section 1) through helper functions of the same TU and through struct members.
// Reported at the allocation in the caller, high. A helper that checks the bound before returning is not.
#include <arpa/inet.h>
#include <httplib.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

namespace helpers {

constexpr std::size_t kMaxUpload = 8 * 1024 * 1024;

// Returns the declared body size, unchecked.
std::size_t content_length(const httplib::Request& req) {
  return std::stoul(req.get_header_value("Content-Length"));
}

// Returns the declared size, rejecting anything above kMaxUpload first.
std::size_t checked_content_length(const httplib::Request& req) {
  const std::size_t n = std::stoul(req.get_header_value("Content-Length"));
  if (n > kMaxUpload) throw std::length_error("upload too large");
  return n;
}

// Reads a 4-byte big-endian frame length from the socket.
std::uint32_t read_frame_length(int fd) {
  std::uint32_t be = 0;
  recv(fd, &be, sizeof be, MSG_WAITALL);
  return ntohl(be);
}

// The unchecked helper's result sizes the body: reported at the resize.
void handle_upload(const httplib::Request& req, std::string& body) {
  body.resize(content_length(req));  // expect: CPP110(high)
}

// The same helper's result kept in a local and doubled for a hex dump: reported at the reserve.
void handle_hex_dump(const httplib::Request& req, std::string& hex) {
  const std::size_t n = content_length(req);
  hex.reserve(n * 2);  // expect: CPP110(high)
}

// The checked helper: the bound is applied inside it, so its result is bounded here.
void handle_checked_upload(const httplib::Request& req, std::string& body) {
  body.resize(checked_content_length(req));
}

// A socket helper's result sizes a vector: reported at the declaration.
std::vector<std::uint8_t> read_frame(int fd) {
  std::vector<std::uint8_t> frame(read_frame_length(fd));  // expect: CPP110(high)
  recv(fd, frame.data(), frame.size(), MSG_WAITALL);
  return frame;
}

// A fixed-layout header read with read(): its length member converted in place, then used.
struct FrameHeader {
  std::uint16_t type;
  std::uint16_t flags;
  std::uint32_t length;
};

std::vector<char> read_typed_frame(int fd) {
  FrameHeader hdr{};
  if (::read(fd, &hdr, sizeof hdr) != static_cast<ssize_t>(sizeof hdr)) return {};
  hdr.length = ntohl(hdr.length);
  std::vector<char> buf;
  buf.resize(hdr.length);  // expect: CPP110(high)
  ::read(fd, buf.data(), buf.size());
  return buf;
}

// A datagram header received with recvfrom: a count member times the entry size, into malloc.
struct BatchHeader {
  std::uint32_t batch_id;
  std::uint16_t entry_count;
  std::uint16_t entry_size;
};

void* read_batch(int fd) {
  BatchHeader bh{};
  recvfrom(fd, &bh, sizeof bh, 0, nullptr, nullptr);
  const std::size_t bytes = static_cast<std::size_t>(ntohs(bh.entry_count)) * ntohs(bh.entry_size);
  return std::malloc(bytes);  // expect: CPP110(high)
}

// A connection class: the header member is received and its length used in the same method.
class Connection {
 public:
  explicit Connection(int fd) : fd_(fd) {}

  void on_readable() {
    recv(fd_, &header_, sizeof header_, MSG_WAITALL);
    header_.body_len = ntohl(header_.body_len);
    body_.resize(header_.body_len);  // expect: CPP110(high)
    recv(fd_, body_.data(), body_.size(), MSG_WAITALL);
  }

  // A member whose length is checked before the allocation, in the same method: not reported.
  void on_readable_checked() {
    recv(fd_, &header_, sizeof header_, MSG_WAITALL);
    header_.body_len = ntohl(header_.body_len);
    if (header_.body_len > kMaxUpload) return;
    body_.resize(header_.body_len);
  }

 private:
  struct WireHeader {
    std::uint32_t magic;
    std::uint32_t body_len;
  };
  int fd_;
  WireHeader header_{};
  std::vector<char> body_;
};

}  // namespace helpers

// A command line read from the socket through a helper that fills its reference parameter, then
// a helper that parses the count out of the text and allocates: reported at that allocation.
namespace smtp_like {
class Session {
 public:
  bool read_line(std::string& line) {
    char buf[512];
    while (pending_.find("\r\n") == std::string::npos) {
      if (pending_.size() > 4096) return false;
      const ssize_t n = recv(fd_, buf, sizeof buf, 0);
      if (n <= 0) return false;
      pending_.append(buf, static_cast<std::size_t>(n));
    }
    const auto eol = pending_.find("\r\n");
    line = pending_.substr(0, eol);
    pending_.erase(0, eol + 2);
    return true;
  }
  void handle_bdat(const std::string& arg) {
    const std::size_t chunk_size = std::stoul(arg.substr(0, arg.find(' ')));
    std::string chunk(chunk_size, '\0');  // expect: CPP110(high)
    chunk_.swap(chunk);
  }
  // A helper copying the text it is given: a range, not a count.
  void keep(const std::string& text) { kept_ = std::vector<char>(text.begin(), text.end()); }
  void run() {
    std::string line;
    while (read_line(line)) {
      // The test on the line's length picks the argument; it bounds nothing.
      const std::string arg = line.size() > 5 ? line.substr(5) : "";
      if (line.rfind("BDAT ", 0) == 0) handle_bdat(arg);
      keep(line);
    }
  }

 private:
  int fd_ = -1;
  std::string pending_, chunk_;
  std::vector<char> kept_;
};
}  // namespace smtp_like

// An allocating helper that only makes sure the size is large enough (Juliet's bad sink):
// reported at its allocation. The helper's other allocation is bounded and stays quiet.
static char* greeting_buffer(std::size_t size) {
  if (size > std::strlen("hello")) {
    auto* text = static_cast<char*>(std::malloc(size));  // expect: CPP110(high)
    if (text) std::strcpy(text, "hello");
    return text;
  }
  return nullptr;
}

char* greet_peer(int fd) {
  std::uint32_t size = 0;
  if (recv(fd, &size, sizeof size, MSG_WAITALL) != 4) return nullptr;
  return greeting_buffer(ntohl(size));
}

// A helper that parses the count into its reference parameter: the caller's allocation is
// reported.
static bool read_count(int fd, std::size_t& count) {
  char digits[16] = {};
  if (recv(fd, digits, sizeof digits - 1, 0) <= 0) return false;
  count = std::strtoul(digits, nullptr, 10);
  return true;
}

std::uint64_t* read_ids(int fd) {
  std::size_t count = 0;
  if (!read_count(fd, count)) return nullptr;
  auto* ids = static_cast<std::uint64_t*>(std::calloc(count, sizeof(std::uint64_t)));  // expect: CPP110(high)
  return ids;
}

// new[] and a variable-length array in helpers: reported where they allocate.
static char* make_record_buffer(std::uint32_t size) {
  return new char[size];  // expect: CPP110(high)
}

static void hex_dump(int fd, std::uint32_t size) {
  char scratch[size * 2 + 1];  // expect: CPP110(high)
  scratch[0] = '\0';
  write(fd, scratch, 1);
}

char* read_record(int fd) {
  std::uint32_t size = 0;
  if (recv(fd, &size, sizeof size, MSG_WAITALL) != 4) return nullptr;
  hex_dump(fd, ntohl(size));
  return make_record_buffer(ntohl(size));
}

// A struct filled from the socket and handed whole to a helper that allocates with its length
// field: reported at the helper's allocation.
struct FrameSpec {
  std::uint32_t kind = 0;
  std::uint32_t length = 0;
};

static char* allocate_frame(const FrameSpec& spec) {
  return new char[spec.length];  // expect: CPP110(high)
}

char* read_spec_frame(int fd) {
  std::uint32_t wire = 0;
  if (recv(fd, &wire, sizeof wire, MSG_WAITALL) != 4) return nullptr;
  FrameSpec spec;
  spec.kind = 1;
  spec.length = ntohl(wire);
  return allocate_frame(spec);
}

// A length parsed into a member by one method and used to allocate by another; a file-static
// global set by one function and used by another.
class BodyReader {
 public:
  explicit BodyReader(int fd) : fd_(fd) {}
  bool read_header() {
    char digits[16] = {};
    if (recv(fd_, digits, sizeof digits - 1, 0) <= 0) return false;
    length_ = std::strtoul(digits, nullptr, 10);
    return true;
  }
  char* read_body() {
    auto* body = new char[length_];  // expect: CPP110(high)
    recv(fd_, body, length_, MSG_WAITALL);
    return body;
  }

 private:
  int fd_;
  std::size_t length_ = 0;
};

static std::size_t g_pending_records = 0;

void read_record_count(int fd) {
  std::uint32_t count = 0;
  if (recv(fd, &count, sizeof count, MSG_WAITALL) == 4) g_pending_records = ntohl(count);
}

std::vector<std::uint64_t> make_record_table() {
  return std::vector<std::uint64_t>(g_pending_records);  // expect: CPP110(high)
}
