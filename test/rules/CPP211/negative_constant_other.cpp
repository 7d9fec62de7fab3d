// CPP211 negatives: constant and configured redirect targets, numbers and encoded values from
// the request, and request data that reaches headers other than Location or the body.
#include <httplib.h>

#include <boost/beast/http.hpp>

#include <cstdio>
#include <cstdlib>
#include <string>

namespace beast = boost::beast;
namespace http = beast::http;

namespace shop {

struct Settings {
  std::string login_url;
  std::string home_url;
};

// Declared only: percent-encodes its argument (the name contains "encode", a sanitizer word).
std::string url_encode(const std::string& text);

void register_routes(httplib::Server& svr, const Settings& settings) {
  // A literal target.
  svr.Get("/", [](const httplib::Request&, httplib::Response& res) { res.set_redirect("/shop"); });

  // A configured target.
  svr.Get("/login", [&settings](const httplib::Request&, httplib::Response& res) {
    res.set_redirect(settings.login_url);
  });

  // A number parsed from the request: a path of digits cannot leave the site.
  svr.Post("/orders", [](const httplib::Request& req, httplib::Response& res) {
    const long id = std::stol(req.get_param_value("order_id"));
    res.set_redirect("/orders/" + std::to_string(id), 303);
  });

  // An encoded value in the query of a constant path.
  svr.Get("/find", [](const httplib::Request& req, httplib::Response& res) {
    const std::string q = url_encode(req.get_param_value("q"));
    res.set_redirect("/search?q=" + q);
  });

  // Request data in another header and in the body, not in Location.
  svr.Get("/echo", [](const httplib::Request& req, httplib::Response& res) {
    res.set_header("X-Request-Id", req.get_header_value("X-Request-Id"));
    res.set_content("you came from " + req.get_header_value("Referer"), "text/plain");
  });

  // The target is a constant; the request value only decides which one.
  svr.Get("/lang", [&settings](const httplib::Request& req, httplib::Response& res) {
    const bool german = req.get_param_value("lang") == "de";
    res.set_redirect(german ? "/de/" : settings.home_url);
  });
}

// Beast: request data in Content-Type and the body, Location constant.
http::response<http::string_body> beast_moved(const http::request<http::string_body>& req) {
  http::response<http::string_body> res{http::status::moved_permanently, req.version()};
  res.set(http::field::location, "https://www.example.com/");
  res.set(http::field::content_location, std::string(req.target()));
  res.body() = std::string(req.target()) + " moved";
  return res;
}

// CGI: the query string printed in the body, not after "Location:".
int cgi_main() {
  const char* qs = std::getenv("QUERY_STRING");
  std::printf("Content-Type: text/plain\r\n\r\nquery: %s\n", qs != nullptr ? qs : "");
  std::printf("Location: %s\r\n\r\n", "/index.html");
  return 0;
}

}  // namespace shop
