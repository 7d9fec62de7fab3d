// CPP110 positives (section 1): a size chosen by the client reaches an allocation with no upper bound.
// Reported at the allocation, high. Sources: the CGI CONTENT_LENGTH variable, cpp-httplib headers and
// body, and length prefixes read from a socket; kept through integer parsing and arithmetic.
#include <alloca.h>
#include <arpa/inet.h>
#include <endian.h>
#include <httplib.h>
#include <sys/socket.h>
#include <unistd.h>

#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <cstring>
#include <deque>
#include <memory>
#include <string>
#include <vector>

namespace sizes {

struct Record {
  std::uint64_t id;
  char name[56];
};

// Declared only: copies the received body into the staging area.
void stage_upload(std::vector<char>& staging, const std::string& body);

// CGI: CONTENT_LENGTH parsed with strtoul, plus one for the terminator, into malloc.
char* read_cgi_body() {
  const char* cl = std::getenv("CONTENT_LENGTH");
  if (cl == nullptr) return nullptr;
  const std::size_t n = std::strtoul(cl, nullptr, 10);
  char* body = static_cast<char*>(std::malloc(n + 1));  // expect: CPP110(high)
  if (body == nullptr) return nullptr;
  const std::size_t got = std::fread(body, 1, n, stdin);
  body[got] = '\0';
  return body;
}

// CGI: atoi into new char[]. A check against 0 only does not bound the size.
std::unique_ptr<char[]> read_cgi_form() {
  const int len = std::atoi(std::getenv("CONTENT_LENGTH"));
  if (len <= 0) return nullptr;
  std::unique_ptr<char[]> form(new char[len]);  // expect: CPP110(high)
  std::fread(form.get(), 1, static_cast<std::size_t>(len), stdin);
  return form;
}

// cpp-httplib: Content-Length header through std::stoull into a vector of that size.
void upload(const httplib::Request& req, httplib::Response& res) {
  const auto declared = std::stoull(req.get_header_value("Content-Length"));
  std::vector<char> staging(declared);  // expect: CPP110(high)
  stage_upload(staging, req.body);
  res.status = 201;
}

// cpp-httplib: an item count header times the record size, into reserve() of a byte buffer.
void bulk_insert(const httplib::Request& req, std::vector<unsigned char>& out) {
  const long count = std::stol(req.get_header_value("X-Item-Count"));
  out.reserve(static_cast<std::size_t>(count) * sizeof(Record));  // expect: CPP110(high)
}

// cpp-httplib: the body itself is a number of slots to pre-allocate, via std::string(n, c).
void reserve_slots(const httplib::Request& req, httplib::Response& res) {
  const unsigned long slots = std::stoul(req.body);
  std::string board(slots, '.');  // expect: CPP110(high)
  res.set_content(board.substr(0, 16), "text/plain");
}

// Length-prefixed protocol: a 4-byte big-endian length read with recv, then ntohl, then resize().
std::vector<std::uint8_t> read_message(int fd) {
  std::uint32_t len = 0;
  recv(fd, &len, sizeof len, MSG_WAITALL);
  len = ntohl(len);
  std::vector<std::uint8_t> payload;
  payload.resize(len);  // expect: CPP110(high)
  recv(fd, payload.data(), payload.size(), MSG_WAITALL);
  return payload;
}

// 8-byte length read with read() and be64toh, into make_unique<T[]>.
std::unique_ptr<std::uint8_t[]> read_blob(int fd, std::uint64_t& size_out) {
  std::uint64_t raw = 0;
  if (::read(fd, &raw, sizeof raw) != static_cast<ssize_t>(sizeof raw)) return nullptr;
  size_out = be64toh(raw);
  auto blob = std::make_unique<std::uint8_t[]>(size_out);  // expect: CPP110(high)
  return blob;
}

// A 16-bit record count (ntohs) into calloc's count argument.
Record* read_records(int fd) {
  std::uint16_t count_be = 0;
  recv(fd, &count_be, sizeof count_be, MSG_WAITALL);
  const std::uint16_t count = ntohs(count_be);
  auto* records = static_cast<Record*>(std::calloc(count, sizeof(Record)));  // expect: CPP110(high)
  return records;
}

// A text header "LEN <n>" received into a buffer and parsed with sscanf: the output argument is request data.
char* read_text_frame(int fd) {
  char line[64] = {};
  recv(fd, line, sizeof line - 1, 0);
  std::size_t n = 0;
  if (std::sscanf(line, "LEN %zu", &n) != 1) return nullptr;
  return static_cast<char*>(std::malloc(n));  // expect: CPP110(high)
}

// std::from_chars over received bytes: the output argument is request data, into realloc().
char* grow_for_chunk(int fd, char* buf) {
  char digits[16] = {};
  const ssize_t got = recv(fd, digits, sizeof digits, 0);
  if (got <= 0) return buf;
  std::size_t chunk_size = 0;
  std::from_chars(digits, digits + got, chunk_size, 16);
  return static_cast<char*>(std::realloc(buf, chunk_size + 2));  // expect: CPP110(high)
}

// A count from the header into deque::assign(n, v).
void init_window(int fd, std::deque<std::uint32_t>& window) {
  std::uint32_t slots = 0;
  ::read(fd, &slots, sizeof slots);
  window.assign(be32toh(slots), 0u);  // expect: CPP110(high)
}

// A length prefix into alloca(): the stack, sized by the peer.
void handle_small_frame(int fd) {
  std::uint16_t frame_len = 0;
  recv(fd, &frame_len, sizeof frame_len, MSG_WAITALL);
  frame_len = ntohs(frame_len);
  auto* scratch = static_cast<char*>(alloca(frame_len));  // expect: CPP110(high)
  recv(fd, scratch, frame_len, MSG_WAITALL);
}

// A length prefix into a variable-length array (a Clang/GCC extension in C++).
void handle_vla_frame(int fd) {
  std::uint32_t n = 0;
  recv(fd, &n, sizeof n, MSG_WAITALL);
  n = ntohl(n);
  char frame[n];  // expect: CPP110(high)
  recv(fd, frame, n, MSG_WAITALL);
}

// An upper-bound check that comes after the allocation does not bound it.
std::vector<char> read_late_checked(int fd) {
  std::uint32_t len = 0;
  recv(fd, &len, sizeof len, MSG_WAITALL);
  len = ntohl(len);
  std::vector<char> data(len, '\0');  // expect: CPP110(high)
  if (len > 1024 * 1024) data.clear();
  return data;
}

// An equality test against 0 is not an upper bound either.
std::string read_cgi_text() {
  const long long len = std::strtoll(std::getenv("CONTENT_LENGTH"), nullptr, 10);
  if (len == 0) return {};
  std::string text;
  text.resize(static_cast<std::size_t>(len));  // expect: CPP110(high)
  std::fread(text.data(), 1, text.size(), stdin);
  return text;
}

}  // namespace sizes

// A check that the size is big enough is not a limit (Juliet CWE-789's pattern): reported.
char* copy_greeting(int fd) {
  char digits[32] = {};
  if (recv(fd, digits, sizeof digits - 1, 0) <= 0) return nullptr;
  std::size_t n = std::strtoul(digits, nullptr, 10);
  if (n > 16) {
    return static_cast<char*>(std::malloc(n));  // expect: CPP110(high)
  }
  return nullptr;
}

// A CGI program reads its request on standard input.
char* read_cgi_field() {
  char line[32];
  if (!std::fgets(line, sizeof line, stdin)) return nullptr;
  return new char[std::strtoul(line, nullptr, 10)];  // expect: CPP110(high)
}

// A batch count in the first bytes of a payload read from the socket: the check that rejects a
// payload too short to hold the count is no upper bound on the count.
std::vector<int> read_batch(int fd) {
  std::vector<unsigned char> payload(64);
  const ssize_t got = recv(fd, payload.data(), payload.size(), 0);
  payload.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
  if (payload.size() < 4) throw std::runtime_error("short batch");
  std::uint32_t count_be = 0;
  std::memcpy(&count_be, payload.data(), sizeof count_be);
  std::vector<int> readings;
  readings.reserve(be32toh(count_be));  // expect: CPP110(high)
  return readings;
}
