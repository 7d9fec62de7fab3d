// CPP110 positives with Boost.Asio / Boost.Beast and standard streams:
// - section 3 (medium): reads into a streambuf or dynamic_buffer with no max_size, Beast body limits
//   turned off, whole-stream slurps of request input (reported at the read, body_limit or slurp);
// - section 1 (high): a size from a Beast header or an asio read reaching an allocation;
// - section 2 (medium): a read_some loop appending without a cap.
// cpp-httplib servers are in positive_httplib_server.cpp (keeps this TU's headers down).
#include <arpa/inet.h>

#include <boost/asio.hpp>
#include <boost/beast.hpp>
#include <boost/lexical_cast.hpp>

#include <array>
#include <cstdint>
#include <iostream>
#include <iterator>
#include <limits>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

namespace frameworks {

// read_until into a default-constructed streambuf: a client that never sends "\r\n\r\n" fills memory.
std::string read_headers(tcp::socket& sock) {
  net::streambuf buf;
  net::read_until(sock, buf, "\r\n\r\n");  // expect: CPP110(medium)
  return {net::buffers_begin(buf.data()), net::buffers_end(buf.data())};
}

// read (until EOF) into a default-constructed streambuf.
std::size_t read_to_eof(tcp::socket& sock) {
  net::streambuf whole;
  boost::system::error_code ec;
  return net::read(sock, whole, ec);  // expect: CPP110(medium)
}

// read into dynamic_buffer(std::string) without a max_size argument.
std::string read_body(tcp::socket& sock) {
  std::string body;
  boost::system::error_code ec;
  net::read(sock, net::dynamic_buffer(body), ec);  // expect: CPP110(medium)
  return body;
}

// An async line protocol session: a member streambuf and a member string, both without a maximum.
class LineSession : public std::enable_shared_from_this<LineSession> {
 public:
  explicit LineSession(tcp::socket sock) : sock_(std::move(sock)) {}

  void read_command() {
    auto self = shared_from_this();
    net::async_read_until(sock_, request_, '\n', [self](boost::system::error_code, std::size_t) {});  // expect: CPP110(medium)
  }

  void read_text_line() {
    auto self = shared_from_this();
    net::async_read_until(sock_, net::dynamic_buffer(line_), "\n", [self](boost::system::error_code, std::size_t) {});  // expect: CPP110(medium)
  }

  void read_rest() {
    auto self = shared_from_this();
    net::async_read(sock_, request_, net::transfer_at_least(1), [self](boost::system::error_code, std::size_t) {});  // expect: CPP110(medium)
  }

 private:
  tcp::socket sock_;
  net::streambuf request_;
  std::string line_;
};

// Beast: the body limit switched off with boost::none.
void read_upload(beast::tcp_stream& stream, beast::flat_buffer& buffer) {
  http::request_parser<http::string_body> parser;
  parser.body_limit(boost::none);  // expect: CPP110(medium)
  http::read(stream, buffer, parser);
}

// Beast: the body limit set to the largest 64-bit value.
void read_archive(beast::tcp_stream& stream, beast::flat_buffer& buffer) {
  http::request_parser<http::vector_body<char>> parser;
  parser.body_limit(std::numeric_limits<std::uint64_t>::max());  // expect: CPP110(medium)
  http::read(stream, buffer, parser);
}

// Beast: the Content-Length field parsed with lexical_cast into a vector (section 1, high).
std::vector<char> preallocate(const http::request<http::empty_body>& req) {
  const auto declared = boost::lexical_cast<std::size_t>(req[http::field::content_length]);
  return std::vector<char>(declared);  // expect: CPP110(high)
}

// Beast: req.at(field) through std::stoul into reserve (section 1, high).
void reserve_for(const http::request<http::string_body>& req, std::string& out) {
  const std::string cl(req.at(http::field::content_length));
  out.reserve(std::stoul(cl));  // expect: CPP110(high)
}

// asio read_some of a 4-byte length prefix, then resize (section 1, high).
std::vector<std::uint8_t> read_frame(tcp::socket& sock) {
  std::uint32_t len = 0;
  sock.read_some(net::buffer(&len, sizeof len));
  std::vector<std::uint8_t> frame;
  frame.resize(ntohl(len));  // expect: CPP110(high)
  net::read(sock, net::buffer(frame));
  return frame;
}

// boost::asio::read of a fixed-size prefix into std::string(n, c) (section 1, high).
std::string read_string_frame(tcp::socket& sock) {
  std::uint32_t len = 0;
  net::read(sock, net::buffer(&len, sizeof len));
  std::string frame(ntohl(len), '\0');  // expect: CPP110(high)
  net::read(sock, net::buffer(frame));
  return frame;
}

// A read_some loop appending every chunk (section 2, medium).
std::string read_until_close(tcp::socket& sock) {
  std::string data;
  std::array<char, 4096> chunk{};
  boost::system::error_code ec;
  for (;;) {
    const std::size_t n = sock.read_some(net::buffer(chunk), ec);
    if (ec) break;
    data.append(chunk.data(), n);  // expect: CPP110(medium)
  }
  return data;
}

// CGI: the whole request body slurped from std::cin.
int cgi_main() {
  std::string body((std::istreambuf_iterator<char>(std::cin)), {});  // expect: CPP110(medium)
  std::cout << "Content-Type: text/plain\r\n\r\n" << body.size() << "\n";
  return 0;
}

// CGI: std::cin.rdbuf() streamed into a stringstream.
std::string cgi_read_all() {
  std::stringstream ss;
  ss << std::cin.rdbuf();  // expect: CPP110(medium)
  return ss.str();
}

// A tcp::iostream accepted from a client, slurped to the end.
std::string serve_once(net::io_context& io) {
  tcp::acceptor acceptor(io, tcp::endpoint(tcp::v4(), 9000));
  tcp::iostream stream;
  acceptor.accept(stream.socket());
  std::string request((std::istreambuf_iterator<char>(stream)), std::istreambuf_iterator<char>());  // expect: CPP110(medium)
  return request;
}

}  // namespace frameworks
