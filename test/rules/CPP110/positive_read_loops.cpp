// CPP110 positives (section 2): read loops that keep appending what the peer sends to a buffer declared
// outside the loop, with no comparison of that buffer's size or of a running total. Reported at the
// append, medium. A comparison on the bytes of one read (`n > 0`) is not a cap.
#include <openssl/bio.h>
#include <openssl/ssl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace loops {

// recv() in the condition, body.append() in the loop: the whole request is buffered.
std::string read_request(int fd) {
  std::string body;
  char chunk[4096];
  ssize_t n = 0;
  while ((n = recv(fd, chunk, sizeof chunk, 0)) > 0) {
    body.append(chunk, static_cast<std::size_t>(n));  // expect: CPP110(medium)
  }
  return body;
}

// read() in the body of a for(;;), vector::insert to accumulate.
std::vector<std::uint8_t> read_all(int fd) {
  std::vector<std::uint8_t> data;
  std::uint8_t buf[8192];
  for (;;) {
    const ssize_t got = ::read(fd, buf, sizeof buf);
    if (got <= 0) break;
    data.insert(data.end(), buf, buf + got);  // expect: CPP110(medium)
  }
  return data;
}

// SSL_read with += of a std::string built from the chunk.
std::string read_tls_request(SSL* ssl) {
  std::string request;
  char buf[2048];
  int n;
  do {
    n = SSL_read(ssl, buf, sizeof buf);
    if (n > 0) request += std::string(buf, static_cast<std::size_t>(n));  // expect: CPP110(medium)
  } while (n > 0);
  return request;
}

// SSL_read into an ostringstream with write(). (BIO_read is not a read from the client: BIOs
// are as often memory buffers.)
std::string drain_tls(SSL* ssl) {
  std::ostringstream out;
  char buf[1024];
  int n;
  while ((n = SSL_read(ssl, buf, sizeof buf)) > 0) {
    out.write(buf, n);  // expect: CPP110(medium)
  }
  return out.str();
}

// A line read one byte at a time with push_back: no limit on the line length.
std::string read_line(int fd) {
  std::string line;
  char c = 0;
  while (recv(fd, &c, 1, 0) == 1 && c != '\n') {
    line.push_back(c);  // expect: CPP110(medium)
  }
  return line;
}

// << of a string_view over each chunk into a stringstream.
std::string read_stream(int fd) {
  std::stringstream acc;
  char chunk[512];
  while (true) {
    const ssize_t n = ::read(fd, chunk, sizeof chunk);
    if (n == 0) break;
    if (n < 0) return {};
    acc << std::string_view(chunk, static_cast<std::size_t>(n));  // expect: CPP110(medium)
  }
  return acc.str();
}

// A member buffer of a connection object, appended from a member function's loop.
class HttpConnection {
 public:
  explicit HttpConnection(int fd) : fd_(fd) {}

  void fill() {
    char chunk[4096];
    ssize_t n;
    while ((n = recv(fd_, chunk, sizeof chunk, 0)) > 0) {
      inbox_.append(chunk, static_cast<std::size_t>(n));  // expect: CPP110(medium)
      if (inbox_.find("\r\n\r\n") != std::string::npos) break;
    }
  }

 private:
  int fd_;
  std::string inbox_;
};

// Counting the bytes without comparing the count to a limit is not a cap.
std::string read_counted(int fd, std::size_t& total) {
  std::string body;
  char chunk[4096];
  total = 0;
  ssize_t n;
  while ((n = recv(fd, chunk, sizeof chunk, 0)) > 0) {
    total += static_cast<std::size_t>(n);
    body.append(chunk, static_cast<std::size_t>(n));  // expect: CPP110(medium)
  }
  return body;
}

}  // namespace loops
