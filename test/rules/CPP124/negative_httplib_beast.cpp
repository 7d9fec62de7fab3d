// CPP124 negatives: cookies with Secure, HttpOnly and SameSite=Lax/Strict, other headers,
// and cookie strings built elsewhere (no literal 'name=' part at the call to judge).
#include <httplib.h>

#include <boost/beast/http.hpp>

#include <cstdio>
#include <string>

namespace http = boost::beast::http;

namespace auth_service {

std::string make_session_cookie(const std::string& sid);

// All three attributes: quiet.
void login_ok(httplib::Response& res, const std::string& session_id) {
  res.set_header("Set-Cookie", "sid=" + session_id + "; Path=/; Secure; HttpOnly; SameSite=Strict");
}

// Lower case and without spaces are the same attributes.
void remember_me(httplib::Response& res, const std::string& token) {
  res.set_header("set-cookie", "remember=" + token + ";secure;httponly;samesite=lax");
}

// Built through a local with appends; every attribute is in one of the literal parts.
void issue_cookie(httplib::Response& res, const std::string& sid, int max_age) {
  std::string cookie = "sid=" + sid;
  cookie += "; Max-Age=" + std::to_string(max_age);
  cookie.append("; Secure; HttpOnly; SameSite=Lax");
  res.set_header("Set-Cookie", cookie);
}

// The cookie comes from a helper: not judged here (the helper is where it is built).
void login_via_helper(httplib::Response& res, const std::string& sid) {
  res.set_header("Set-Cookie", make_session_cookie(sid));
}

// Other headers that happen to contain '=' or 'secure'.
void cache_headers(httplib::Response& res) {
  res.set_header("Cache-Control", "max-age=0, no-store");
  res.set_header("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  res.set_header("Content-Security-Policy", "default-src 'self'; upgrade-insecure-requests");
}

// Beast: a complete cookie, and the request's Cookie header (not Set-Cookie).
http::response<http::string_body> beast_login(const http::request<http::string_body>& req,
                                              const std::string& sid) {
  http::response<http::string_body> res{http::status::ok, req.version()};
  res.set(http::field::set_cookie, "sid=" + sid + "; Secure; HttpOnly; SameSite=Lax");
  res.insert(http::field::set_cookie, "csrf=" + sid + "; Secure; HttpOnly; SameSite=Strict");
  res.prepare_payload();
  return res;
}

http::request<http::string_body> upstream_request(const std::string& sid) {
  http::request<http::string_body> req{http::verb::get, "/api/me", 11};
  req.set(http::field::cookie, "sid=" + sid);
  return req;
}

// CGI: all three set; and a non-cookie header.
void cgi_login(const char* sid) {
  std::printf("Set-Cookie: sid=%s; Secure; HttpOnly; SameSite=Lax\r\n", sid);
  std::printf("Location: /home?welcome=1\r\n\r\n");
}

}  // namespace auth_service
