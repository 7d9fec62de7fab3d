// CPP110 positives with Boost.Asio sessions: a frame header read by async_read into a member in
// one method, decoded in the completion handler, and the length used to size the body in
// another method. The member holds the client's bytes wherever it is read. A size handed to a
// helper that allocates with it is reported at the allocation, with the call as a step.
#include <arpa/inet.h>
#include <boost/asio.hpp>

#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <vector>

namespace async_members {

class Session : public std::enable_shared_from_this<Session> {
 public:
  explicit Session(boost::asio::ip::tcp::socket socket) : socket_(std::move(socket)) {}

  void read_header() {
    auto self = shared_from_this();
    boost::asio::async_read(socket_, boost::asio::buffer(header_), [this, self](boost::system::error_code ec, std::size_t) {
      if (ec) return;
      std::uint32_t len = 0;
      std::memcpy(&len, header_.data(), 4);
      len = ntohl(len);
      if (len == 0) return;
      read_body(len);
    });
  }

  // The length prefix in a field of its own, read with async_read_some.
  void read_prefix() {
    auto self = shared_from_this();
    socket_.async_read_some(boost::asio::buffer(&prefix_, sizeof prefix_), [this, self](boost::system::error_code ec, std::size_t) {
      if (ec) return;
      payload_.resize(ntohl(prefix_));  // expect: CPP110(high)
    });
  }

 private:
  void read_body(std::uint32_t len) {
    body_.resize(len);  // expect: CPP110(high)
    auto self = shared_from_this();
    boost::asio::async_read(socket_, boost::asio::buffer(body_), [this, self](boost::system::error_code, std::size_t) {});
  }

  boost::asio::ip::tcp::socket socket_;
  std::array<char, 4> header_{};
  std::uint32_t prefix_ = 0;
  std::vector<char> body_;
  std::vector<char> payload_;
};

}  // namespace async_members
