// CPP110 with a cpp-httplib server that this file gives a finite set_payload_max_length:
// cpp-httplib answers 413 before a handler runs when Content-Length exceeds it, so sizes read
// from that header are bounded. Other headers are not: the client still chooses them.
#include <httplib.h>

#include <string>
#include <vector>

namespace payload_limit {

constexpr std::size_t kMaxBodyBytes = 256 * 1024;

std::size_t declared_body_size(const httplib::Request& req) {
  return std::stoul(req.get_header_value("Content-Length"));
}

void serve() {
  httplib::Server svr;
  svr.set_payload_max_length(kMaxBodyBytes);
  svr.Post("/bulk", [](const httplib::Request& req, httplib::Response& res) {
    std::string raw;
    raw.reserve(declared_body_size(req));
    raw = req.body;
    std::vector<char> copy(std::stoul(req.get_header_value("content-length")));
    const std::size_t batch_size = std::stoul(req.get_header_value("X-Batch-Size"));
    std::vector<std::string> batch(batch_size);  // expect: CPP110(high)
    res.status = batch.empty() && copy.empty() ? 204 : 200;
  });
  svr.listen("127.0.0.1", 8080);
}

}  // namespace payload_limit
