#include "request_util.h"

#include <string>

namespace upload {

// Not an allocation: nothing is reported in this TU.
std::size_t content_length(const httplib::Request& req) {
  return std::stoul(req.get_header_value("Content-Length"));
}

}  // namespace upload
