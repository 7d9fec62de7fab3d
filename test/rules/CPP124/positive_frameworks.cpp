// CPP124 positives in Crow and Drogon: hand-built Set-Cookie headers, and Drogon cookie objects
// with Secure (high), HttpOnly (medium) or SameSite (kNone, medium) turned off.
#include <memory>
#include <string>

// Stand-in for Crow (crow.h is not installed).
namespace crow {
struct request {
  std::string url;
  std::string body;
  std::string get_header_value(const std::string& key) const;
};
struct response {
  int code = 200;
  std::string body;
  void set_header(std::string key, std::string value);
  void add_header(std::string key, std::string value);
  void end();
};
}  // namespace crow

// Stand-in for Drogon (drogon/drogon.h is not installed).
namespace drogon {
class Cookie {
 public:
  enum class SameSite { kNull, kLax, kStrict, kNone };
  Cookie(const std::string& key, const std::string& value);
  void setSecure(bool secure);
  void setHttpOnly(bool httpOnly);
  void setSameSite(SameSite sameSite);
  void setPath(const std::string& path);
  void setMaxAge(long value);
};
class HttpResponse {
 public:
  static std::shared_ptr<HttpResponse> newHttpResponse();
  void addHeader(std::string field, const std::string& value);
  void addCookie(const Cookie& cookie);
  void setBody(const std::string& body);
};
using HttpResponsePtr = std::shared_ptr<HttpResponse>;
}  // namespace drogon

namespace shop_api {

// Crow set_header: no attributes at all, one high finding.
void crow_login(crow::response& res, const std::string& sid) {
  res.set_header("Set-Cookie", "sid=" + sid);  // expect: CPP124(high)
  res.end();
}

// Crow add_header: Secure but not HttpOnly.
void crow_cart(crow::response& res, const std::string& cart_id) {
  res.add_header("Set-Cookie", "cart=" + cart_id + "; Secure; SameSite=Lax");  // expect: CPP124(medium)
}

// Crow add_header: Secure, HttpOnly, SameSite=None.
void crow_sso(crow::response& res, const std::string& sid) {
  res.add_header("set-cookie", "sso=" + sid + "; Secure; HttpOnly; SameSite=None");  // expect: CPP124(medium)
}

// Drogon addHeader through a local built by appends.
drogon::HttpResponsePtr drogon_login(const std::string& sid) {
  auto resp = drogon::HttpResponse::newHttpResponse();
  std::string cookie = "JSESSIONID=";
  cookie += sid;
  cookie += "; Path=/; HttpOnly";
  resp->addHeader("Set-Cookie", cookie);  // expect: CPP124(high)
  return resp;
}

drogon::HttpResponsePtr drogon_remember(const std::string& token) {
  auto resp = drogon::HttpResponse::newHttpResponse();
  resp->addHeader("Set-Cookie", "remember=" + token + "; Secure; HttpOnly");  // expect: CPP124(medium)
  return resp;
}

// Drogon cookie objects with protections turned off.
drogon::HttpResponsePtr drogon_cookie_object(const std::string& sid) {
  auto resp = drogon::HttpResponse::newHttpResponse();
  drogon::Cookie cookie("sid", sid);
  cookie.setSecure(false);  // expect: CPP124(high)
  cookie.setHttpOnly(false);  // expect: CPP124(medium)
  cookie.setSameSite(drogon::Cookie::SameSite::kNone);  // expect: CPP124(medium)
  resp->addCookie(cookie);
  return resp;
}

// A local that only ever holds false is still false.
void dev_cookie(drogon::HttpResponse& resp, const std::string& sid) {
  const bool use_tls = false;
  drogon::Cookie cookie("dev_sid", sid);
  cookie.setSecure(use_tls);  // expect: CPP124(high)
  resp.addCookie(cookie);
}

}  // namespace shop_api
