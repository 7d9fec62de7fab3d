// CPP601 with Boost.Beast: header fields named by the http::field enumeration. Authorization and
// Cookie hold credentials; User-Agent and Host do not.
#include <boost/beast/http.hpp>
#include <spdlog/spdlog.h>

#include <string>

namespace beast_headers {

namespace http = boost::beast::http;

void trace_request(const http::request<http::string_body>& req) {
  spdlog::debug("call {} auth={}", std::string(req.target()), std::string(req[http::field::authorization]));  // expect: CPP601(high)
  spdlog::debug("cookies: {}", std::string(req[http::field::cookie]));  // expect: CPP601(high)
  spdlog::info("agent {} host {}", std::string(req[http::field::user_agent]), std::string(req[http::field::host]));
}

}  // namespace beast_headers
