// CPP124 positives: Set-Cookie headers built by hand in cpp-httplib, Boost.Beast and a CGI
// program. One finding per call, for the first missing attribute in the order Secure (high),
// HttpOnly (medium), SameSite=Lax/Strict (medium). SameSite=None counts as missing.
#include <httplib.h>

#include <boost/beast/http.hpp>

#include <cstdio>
#include <string>

namespace http = boost::beast::http;

namespace auth_service {

// Nothing set at all: Secure is the first missing one, one high finding.
void login_ok(httplib::Response& res, const std::string& session_id) {
  res.set_header("Set-Cookie", "sid=" + session_id);  // expect: CPP124(high)
  res.set_content("{\"ok\":true}", "application/json");
}

// HttpOnly and SameSite but no Secure: high.
void remember_me(httplib::Response& res, const std::string& token) {
  res.set_header("Set-Cookie", "remember=" + token + "; HttpOnly; SameSite=Lax; Path=/");  // expect: CPP124(high)
}

// "/secure" in the Path is not the Secure attribute: high.
void admin_area(httplib::Response& res, const std::string& sid) {
  res.set_header("Set-Cookie", "admin_sid=" + sid + "; Path=/secure; HttpOnly; SameSite=Strict");  // expect: CPP124(high)
}

// Secure present, HttpOnly missing: medium.
void csrf_cookie(httplib::Response& res, const std::string& sid) {
  res.set_header("Set-Cookie", "session=" + sid + "; Secure; SameSite=Strict");  // expect: CPP124(medium)
}

// Secure and HttpOnly, no SameSite: medium.
void set_session(httplib::Response& res, const std::string& sid) {
  res.set_header("set-cookie", "session=" + sid + "; Secure; HttpOnly");  // expect: CPP124(medium)
}

// SameSite=None counts as missing: medium.
void embed_widget(httplib::Response& res, const std::string& sid) {
  res.set_header("Set-Cookie", "widget_sid=" + sid + "; Secure; HttpOnly; SameSite=None");  // expect: CPP124(medium)
}

// Built through a local and appends: the literal parts still lack Secure.
void issue_cookie(httplib::Response& res, const std::string& sid, int max_age) {
  std::string cookie = "sid=" + sid;
  cookie += "; Max-Age=" + std::to_string(max_age);
  cookie.append("; HttpOnly; SameSite=Lax");
  res.set_header("Set-Cookie", cookie);  // expect: CPP124(high)
}

// Boost.Beast: field::set_cookie with set().
http::response<http::string_body> beast_login(const http::request<http::string_body>& req,
                                              const std::string& sid) {
  http::response<http::string_body> res{http::status::ok, req.version()};
  res.set(http::field::set_cookie, "sid=" + sid + "; Path=/");  // expect: CPP124(high)
  res.prepare_payload();
  return res;
}

// Beast insert() of a second cookie with Secure only: HttpOnly is missing, medium.
void beast_prefs(http::response<http::string_body>& res, const std::string& theme) {
  res.insert(http::field::set_cookie, "theme=" + theme + "; Secure; SameSite=Lax");  // expect: CPP124(medium)
}

// Beast with the header spelled as a string: Secure and HttpOnly, no SameSite.
void beast_by_name(http::response<http::string_body>& res, const std::string& sid) {
  res.set("Set-Cookie", "sid=" + sid + "; Secure; HttpOnly");  // expect: CPP124(medium)
}

// CGI: the header written to stdout.
void cgi_login(const char* sid) {
  std::printf("Set-Cookie: sid=%s; Path=/\r\n", sid);  // expect: CPP124(high)
  std::printf("Content-Type: text/html\r\n\r\n");
}

void cgi_prefs(const char* lang) {
  std::printf("Set-Cookie: lang=%s; Secure; SameSite=Lax\r\n", lang);  // expect: CPP124(medium)
}

}  // namespace auth_service
