// CPP211 positives with Boost.Beast (Location set with basic_fields::set / insert) and with
// Crow and Drogon handlers (through minimal stand-ins of their classes).
#include <boost/beast/http.hpp>

#include <functional>
#include <memory>
#include <string>

// Stand-in for Crow (crow_all.h is not installed): the real namespace, class and member names.
namespace crow {
struct query_string {
  char* get(const std::string& name) const;
};
struct request {
  std::string url;
  std::string raw_url;
  query_string url_params;
  std::string body;
  const std::string& get_header_value(const std::string& key) const;
};
struct response {
  int code = 200;
  void redirect(const std::string& location);
  void redirect_perm(const std::string& location);
  void moved(const std::string& location);
  void moved_perm(const std::string& location);
  void set_header(std::string key, std::string value);
  void add_header(std::string key, std::string value);
  void end();
};
}  // namespace crow

// Stand-in for Drogon (drogon/HttpResponse.h is not installed).
namespace drogon {
enum HttpStatusCode { k302Found = 302, k307TemporaryRedirect = 307 };
class HttpRequest {
 public:
  const std::string& getParameter(const std::string& key) const;
  const std::string& getHeader(const std::string& key) const;
  const std::string& getQuery() const;
};
using HttpRequestPtr = std::shared_ptr<HttpRequest>;
class HttpResponse;
using HttpResponsePtr = std::shared_ptr<HttpResponse>;
class HttpResponse {
 public:
  static HttpResponsePtr newHttpResponse();
  static HttpResponsePtr newRedirectionResponse(const std::string& location,
                                                HttpStatusCode status = k302Found);
  void addHeader(const std::string& key, const std::string& value);
  void setStatusCode(HttpStatusCode code);
};
}  // namespace drogon

namespace beast = boost::beast;
namespace http = beast::http;

namespace gateway {

// Beast: the query part of the target after "?next=" becomes the Location field.
http::response<http::empty_body> beast_next(const http::request<http::string_body>& req) {
  const std::string target(req.target());
  const std::string next = target.substr(target.find("next=") + 5);
  http::response<http::empty_body> res{http::status::found, req.version()};
  res.set(http::field::location, next);  // expect: CPP211
  return res;
}

// Beast: the Referer header, set by field name.
http::response<http::empty_body> beast_back(const http::request<http::string_body>& req) {
  http::response<http::empty_body> res{http::status::see_other, req.version()};
  res.set("Location", std::string(req[http::field::referer]));  // expect: CPP211
  return res;
}

// Beast: the body (a form post) inserted as the Location.
http::response<http::empty_body> beast_form(const http::request<http::string_body>& req) {
  http::response<http::empty_body> res{http::status::see_other, req.version()};
  res.insert(http::field::location, req.body());  // expect: CPP211
  return res;
}

// Crow: query_string::get into redirect().
void crow_login(const crow::request& req, crow::response& res) {
  const char* next = req.url_params.get("next");
  res.redirect(next);  // expect: CPP211
  res.end();
}

// Crow: the other redirecting members.
void crow_moved(const crow::request& req, crow::response& res) {
  const std::string dest = req.url_params.get("dest");
  if (req.url.size() > 1) res.redirect_perm(dest);  // expect: CPP211
  res.moved("https://" + req.get_header_value("Host") + "/new");  // expect: CPP211
  res.moved_perm(req.raw_url + "/");  // expect: CPP211
  res.end();
}

// Crow: Location set as a header (set_header and add_header).
void crow_headers(const crow::request& req, crow::response& res) {
  res.code = 302;
  res.set_header("Location", req.url_params.get("to"));  // expect: CPP211
  res.add_header("location", req.get_header_value("X-Return-To"));  // expect: CPP211
  res.end();
}

// Drogon: newRedirectionResponse with a parameter.
drogon::HttpResponsePtr drogon_next(const drogon::HttpRequestPtr& req) {
  return drogon::HttpResponse::newRedirectionResponse(req->getParameter("next"));  // expect: CPP211
}

// Drogon: the query string joined into a Location added with addHeader.
drogon::HttpResponsePtr drogon_legacy(const drogon::HttpRequestPtr& req) {
  auto resp = drogon::HttpResponse::newHttpResponse();
  resp->setStatusCode(drogon::k307TemporaryRedirect);
  resp->addHeader("Location", "/v2/search?" + req->getQuery());  // expect: CPP211
  return resp;
}

// Drogon: a helper whose parameter becomes the redirect, called with a header.
drogon::HttpResponsePtr redirect_to(const std::string& where) {
  return drogon::HttpResponse::newRedirectionResponse(where, drogon::k302Found);
}

drogon::HttpResponsePtr drogon_origin(const drogon::HttpRequestPtr& req) {
  const std::string origin = req->getHeader("Origin");
  return redirect_to(origin + "/welcome");  // expect: CPP211
}

}  // namespace gateway
