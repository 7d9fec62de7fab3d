// CPP110 positives with standalone Asio (namespace asio, not boost::asio): a dynamic buffer with
// no maximum, and a length prefix read with asio::read sizing a vector. A bounded buffer is fine.
#include <arpa/inet.h>

#include <asio.hpp>
#include <cstdint>
#include <string>
#include <vector>

namespace standalone_asio {

constexpr std::size_t kMaxLine = 4096;

std::string read_command(asio::ip::tcp::socket& socket, bool trusted) {
  std::string inbox;
  asio::error_code ec;
  if (trusted) {
    asio::read_until(socket, asio::dynamic_buffer(inbox), '\n', ec);  // expect: CPP110(medium)
  } else {
    asio::read_until(socket, asio::dynamic_buffer(inbox, kMaxLine), '\n', ec);
  }
  return inbox;
}

std::vector<char> read_frame(asio::ip::tcp::socket& socket) {
  std::uint32_t length = 0;
  asio::read(socket, asio::buffer(&length, sizeof length));
  std::vector<char> body(ntohl(length));  // expect: CPP110(high)
  asio::read(socket, asio::buffer(body));
  return body;
}

}  // namespace standalone_asio
