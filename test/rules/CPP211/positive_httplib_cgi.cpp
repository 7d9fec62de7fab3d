// CPP211 positives: request data from cpp-httplib handlers and CGI environment variables used
// as a redirect target: Response::set_redirect, set_header("Location", ...), and a
// "Location:" header printed by a CGI program.
#include <httplib.h>

#include <cstdio>
#include <cstdlib>
#include <string>

namespace web {

// Declared only (another TU): its result is assumed to carry its arguments.
std::string cgi_param(const char* query_string, const char* name);
std::string trim(const std::string& text);

// A helper returning request data.
std::string next_param(const httplib::Request& req) { return req.get_param_value("next"); }

// A helper whose parameter is the redirect target: reported at the callers that pass request data.
void finish_login(httplib::Response& res, const std::string& target) {
  res.set_header("Set-Cookie", "sid=1; HttpOnly; Secure");
  res.set_redirect(target);
}

void register_routes(httplib::Server& svr) {
  // ?next=https://evil.example/ sends the user anywhere.
  svr.Get("/login/done", [](const httplib::Request& req, httplib::Response& res) {
    res.set_redirect(req.get_param_value("next"));  // expect: CPP211
  });

  // Through a local and string building.
  svr.Get("/continue", [](const httplib::Request& req, httplib::Response& res) {
    const std::string to = req.get_param_value("to");
    const std::string url = to + "?welcome=1";
    res.set_redirect(url, 303);  // expect: CPP211
  });

  // An emptiness test is not a check of where the URL points.
  svr.Get("/back", [](const httplib::Request& req, httplib::Response& res) {
    std::string back = req.get_header_value("Referer");
    if (back.empty()) back = "/";
    res.set_redirect(back);  // expect: CPP211
  });

  // The Host header decides the redirect's host (host header poisoning of the redirect).
  svr.Get("/secure", [](const httplib::Request& req, httplib::Response& res) {
    std::string url = "https://";
    url += req.get_header_value("Host");
    url.append("/account");
    res.set_redirect(url);  // expect: CPP211
  });

  // A Location header set directly.
  svr.Post("/form", [](const httplib::Request& req, httplib::Response& res) {
    res.status = 303;
    res.set_header("Location", req.get_param_value("return_to"));  // expect: CPP211
  });

  // Trailing-slash redirect built from the request path: "//evil.example" becomes a host.
  svr.Get(R"(/docs/.*[^/])", [](const httplib::Request& req, httplib::Response& res) {
    res.set_redirect(req.path + "/", 301);  // expect: CPP211
  });

  // Through a helper returning request data.
  svr.Get("/sso/callback", [](const httplib::Request& req, httplib::Response& res) {
    const std::string dest = next_param(req);
    res.set_redirect(dest);  // expect: CPP211
  });

  // Through a function of another TU.
  svr.Get("/go", [](const httplib::Request& req, httplib::Response& res) {
    res.set_redirect(trim(req.get_param_value("u")));  // expect: CPP211
  });

  // A helper whose parameter reaches set_redirect(): reported at the call, on the argument's line.
  svr.Post("/login", [](const httplib::Request& req, httplib::Response& res) {
    finish_login(res,
                 req.get_param_value("next"));  // expect: CPP211
  });

  // The same helper with a constant: no finding.
  svr.Post("/logout", [](const httplib::Request&, httplib::Response& res) {
    finish_login(res, "/");
  });
}

// CGI: a Location header with the Referer printed by printf.
int cgi_back() {
  const char* referer = std::getenv("HTTP_REFERER");
  std::printf("Status: 302 Found\r\n");
  std::printf("Location: %s\r\n\r\n", referer);  // expect: CPP211
  return 0;
}

// CGI: a query-string parameter printed by fprintf.
int cgi_redirect() {
  const char* qs = std::getenv("QUERY_STRING");
  const std::string target = cgi_param(qs, "url");
  std::fprintf(stdout, "Location: %s\n\n", target.c_str());  // expect: CPP211
  return 0;
}

}  // namespace web
