// CPP110 negatives taken from real servers.
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <sys/socket.h>

#include <array>
#include <fstream>
#include <string>
#include <string_view>

namespace real_code {

// BIO_read from an in-memory base64 BIO: the input is already in memory, not the network.
std::string base64_decode(std::string_view in) {
  BIO* chain = BIO_push(BIO_new(BIO_f_base64()), BIO_new_mem_buf(in.data(), static_cast<int>(in.size())));
  BIO_set_flags(chain, BIO_FLAGS_BASE64_NO_NL);
  std::string out(in.size(), '\0');
  int len = BIO_read(chain, out.data(), static_cast<int>(out.size()));
  BIO_free_all(chain);
  if (len <= 0) return {};
  out.resize(static_cast<std::size_t>(len));
  return out;
}

std::string base64_decode_loop(std::string_view in) {
  BIO* chain = BIO_push(BIO_new(BIO_f_base64()), BIO_new_mem_buf(in.data(), static_cast<int>(in.size())));
  std::string decoded;
  std::array<char, 1024> buf{};
  int len;
  while ((len = BIO_read(chain, buf.data(), static_cast<int>(buf.size()))) > 0) decoded.append(buf.data(), len);
  BIO_free_all(chain);
  return decoded;
}

// recv's count is at most the size it was given.
std::string read_chunk(int fd) {
  char buf[4096];
  ssize_t n = recv(fd, buf, sizeof buf, 0);
  if (n <= 0) return {};
  std::string s;
  s.resize(static_cast<std::size_t>(n));
  s.assign(buf, static_cast<std::size_t>(n));
  return s;
}

// A read loop that writes what it receives to a log file: nothing grows in memory.
void trace_connection(int fd, std::ofstream& log) {
  char buf[512];
  ssize_t n;
  while ((n = recv(fd, buf, sizeof buf, 0)) > 0) log << std::string_view(buf, static_cast<std::size_t>(n));
}

}  // namespace real_code
