// CPP211 negatives: redirect targets taken from the request but checked first, in a condition
// of the same function or by a function whose name says it checks (validate, allowed, safe...).
#include <httplib.h>

#include <boost/beast/http.hpp>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <string>

namespace beast = boost::beast;
namespace http = beast::http;

namespace portal {

// Defined in another TU: names that say they check their argument.
bool is_allowed_redirect(const std::string& url);
std::string validate_redirect(const std::string& url);
bool is_safe_path(const std::string& path);

void register_routes(httplib::Server& svr) {
  // Only site-relative paths: "/x" but not "//host" or "/\host".
  svr.Get("/login/done", [](const httplib::Request& req, httplib::Response& res) {
    const std::string next = req.get_param_value("next");
    if (next.size() > 1 && next[0] == '/' && next[1] != '/' && next[1] != '\\') {
      res.set_redirect(next);
      return;
    }
    res.set_redirect("/");
  });

  // Checked by a function named is_allowed_redirect.
  svr.Get("/continue", [](const httplib::Request& req, httplib::Response& res) {
    const std::string to = req.get_param_value("to");
    if (!is_allowed_redirect(to)) {
      res.status = 400;
      return;
    }
    res.set_redirect(to);
  });

  // Passed through validate_redirect(), which returns the checked URL.
  svr.Get("/sso/callback", [](const httplib::Request& req, httplib::Response& res) {
    const std::string state = req.get_param_value("state");
    validate_redirect(state);
    res.set_redirect(state);
  });

  // Looked up in a fixed table: the key is tested, the target is one of the table's values.
  svr.Get("/go", [](const httplib::Request& req, httplib::Response& res) {
    static const std::map<std::string, std::string> kTargets = {{"docs", "https://docs.example.com/"},
                                                                {"status", "https://status.example.com/"}};
    const auto it = kTargets.find(req.get_param_value("to"));
    if (it == kTargets.end()) {
      res.status = 404;
      return;
    }
    res.set_redirect(it->second);
  });

  // A ?: that keeps only same-origin paths.
  svr.Get("/back", [](const httplib::Request& req, httplib::Response& res) {
    const std::string back = req.get_param_value("back");
    res.set_redirect(back.starts_with("/") && !back.starts_with("//") ? back : std::string("/"));
  });

  // An allow-list of hosts tested in a loop.
  svr.Get("/partner", [](const httplib::Request& req, httplib::Response& res) {
    static const std::set<std::string> kPartners = {"https://a.example.com", "https://b.example.com"};
    const std::string partner = req.get_param_value("partner");
    for (const auto& allowed : kPartners) {
      if (partner == allowed) {
        res.set_redirect(partner + "/landing");
        return;
      }
    }
    res.status = 400;
  });
}

// Beast: the target checked by is_safe_path() before it is used as the Location.
http::response<http::empty_body> beast_slash(const http::request<http::string_body>& req) {
  const std::string path(req.target());
  http::response<http::empty_body> res{http::status::moved_permanently, req.version()};
  if (is_safe_path(path)) res.set(http::field::location, path + "/");
  return res;
}

// CGI: the query string compared with known values.
int cgi_redirect() {
  const char* qs = std::getenv("QUERY_STRING");
  const std::string where = qs != nullptr ? qs : "";
  if (where != "home" && where != "help") return 1;
  std::printf("Location: /%s\r\n\r\n", where.c_str());
  return 0;
}

}  // namespace portal
