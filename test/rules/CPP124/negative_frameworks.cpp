// CPP124 negatives in Crow and Drogon: complete cookies, cookies built by a helper, other
// headers, and Drogon cookie objects with the protections on or set from configuration.
#include <memory>
#include <string>

// Stand-in for Crow (crow.h is not installed).
namespace crow {
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
};
class HttpResponse {
 public:
  static std::shared_ptr<HttpResponse> newHttpResponse();
  void addHeader(std::string field, const std::string& value);
  void addCookie(const Cookie& cookie);
};
using HttpResponsePtr = std::shared_ptr<HttpResponse>;
}  // namespace drogon

namespace shop_api {

struct CookieConfig {
  bool secure;
  bool http_only;
};

std::string build_cookie(const std::string& name, const std::string& value);

void crow_login(crow::response& res, const std::string& sid) {
  res.set_header("Set-Cookie", "sid=" + sid + "; Secure; HttpOnly; SameSite=Strict");
  res.end();
}

// Built by a helper: the header value has no literal 'name=' part here.
void crow_cart(crow::response& res, const std::string& cart_id) {
  res.add_header("Set-Cookie", build_cookie("cart", cart_id));
}

// Not a Set-Cookie header.
void crow_headers(crow::response& res) {
  res.add_header("Content-Type", "text/html; charset=utf-8");
  res.set_header("Cache-Control", "max-age=600");
}

drogon::HttpResponsePtr drogon_login(const std::string& sid) {
  auto resp = drogon::HttpResponse::newHttpResponse();
  std::string cookie = "JSESSIONID=" + sid;
  cookie += "; Path=/; Secure; HttpOnly; SameSite=Lax";
  resp->addHeader("Set-Cookie", cookie);
  resp->addHeader("Link", "</app.css>; rel=preload; as=style");
  return resp;
}

// Cookie object with the protections on.
drogon::HttpResponsePtr drogon_cookie_object(const std::string& sid) {
  auto resp = drogon::HttpResponse::newHttpResponse();
  drogon::Cookie cookie("sid", sid);
  cookie.setSecure(true);
  cookie.setHttpOnly(true);
  cookie.setSameSite(drogon::Cookie::SameSite::kStrict);
  resp->addCookie(cookie);
  return resp;
}

// Values from configuration are not known: not reported.
void configured_cookie(drogon::HttpResponse& resp, const CookieConfig& cfg, const std::string& sid) {
  drogon::Cookie cookie("sid", sid);
  cookie.setSecure(cfg.secure);
  cookie.setHttpOnly(cfg.http_only);
  cookie.setSameSite(drogon::Cookie::SameSite::kLax);
  resp.addCookie(cookie);
}

}  // namespace shop_api
