// CPP110 negatives with Boost.Asio / Boost.Beast: buffers with a max_size, finite Beast body limits
// (including the default), fixed-size reads, bounded header values and capped read loops.
#include <arpa/inet.h>

#include <boost/asio.hpp>
#include <boost/beast.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

namespace framework_limits {

constexpr std::size_t kMaxHeaders = 64 * 1024;
constexpr std::size_t kMaxBody = 10 * 1024 * 1024;

// A streambuf constructed with a max_size: read_until fails with not_found past 64 KiB.
std::string read_headers(tcp::socket& sock) {
  net::streambuf buf(64 * 1024);
  boost::system::error_code ec;
  net::read_until(sock, buf, "\r\n\r\n", ec);
  return {net::buffers_begin(buf.data()), net::buffers_end(buf.data())};
}

// dynamic_buffer with its max_size argument.
std::string read_line(tcp::socket& sock) {
  std::string line;
  boost::system::error_code ec;
  net::read_until(sock, net::dynamic_buffer(line, 8192), '\n', ec);
  return line;
}

// A session whose member streambuf is constructed with a max_size in the constructor.
class CommandSession : public std::enable_shared_from_this<CommandSession> {
 public:
  explicit CommandSession(tcp::socket sock) : sock_(std::move(sock)), request_(kMaxHeaders) {}

  void read_command() {
    auto self = shared_from_this();
    net::async_read_until(sock_, request_, '\n', [self](boost::system::error_code, std::size_t) {});
  }

 private:
  tcp::socket sock_;
  net::streambuf request_;
};

// Beast: an explicit, finite body limit.
void read_upload(beast::tcp_stream& stream, beast::flat_buffer& buffer) {
  http::request_parser<http::string_body> parser;
  parser.body_limit(10 * 1024 * 1024);
  http::read(stream, buffer, parser);
}

// Beast: the parser's default limit (1 MiB for requests) is left in place.
void read_small_request(beast::tcp_stream& stream, beast::flat_buffer& buffer,
                        http::request<http::string_body>& req) {
  http::read(stream, buffer, req);
}

// Beast: Content-Length parsed, then capped with std::min before the allocation.
std::vector<char> preallocate(const http::request<http::empty_body>& req) {
  const std::size_t declared = std::stoul(std::string(req[http::field::content_length]));
  return std::vector<char>(std::min(declared, kMaxBody));
}

// asio: a fixed-size read of an 8-byte header into an array.
std::array<std::uint8_t, 8> read_preamble(tcp::socket& sock) {
  std::array<std::uint8_t, 8> preamble{};
  net::read(sock, net::buffer(preamble));
  return preamble;
}

// asio: a length prefix checked against kMaxBody before resize.
std::vector<std::uint8_t> read_frame(tcp::socket& sock) {
  std::uint32_t len = 0;
  net::read(sock, net::buffer(&len, sizeof len));
  len = ntohl(len);
  if (len > kMaxBody) throw std::length_error("frame too large");
  std::vector<std::uint8_t> frame;
  frame.resize(len);
  net::read(sock, net::buffer(frame));
  return frame;
}

// asio: a read_some loop that stops once the buffer passes kMaxBody.
std::string read_until_close(tcp::socket& sock) {
  std::string data;
  std::array<char, 4096> chunk{};
  boost::system::error_code ec;
  while (data.size() < kMaxBody) {
    const std::size_t n = sock.read_some(net::buffer(chunk), ec);
    if (ec) break;
    data.append(chunk.data(), n);
  }
  return data;
}

}  // namespace framework_limits
