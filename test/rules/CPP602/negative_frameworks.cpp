// CPP602 negatives with Boost.Beast and with Crow, Drogon and Pistache (stand-ins, their headers
// are not installed): error detail that goes to the log, a header-free status, or nowhere, while
// the body gets a fixed text, a number or data that is not error detail.
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <libpq-fe.h>
#include <sqlite3.h>

#include <cstdio>
#include <exception>
#include <functional>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>

// Stand-in for Crow (crow_all.h is not installed).
namespace crow {
struct request {
  std::string url;
  std::string body;
};
struct response {
  int code = 200;
  std::string body;
  response() = default;
  explicit response(int c) : code(c) {}
  explicit response(std::string b) : body(std::move(b)) {}
  response(int c, std::string b) : code(c), body(std::move(b)) {}
  void write(const std::string& body_part);
  void end();
  void end(const std::string& body_part);
};
}  // namespace crow

// Stand-in for Drogon (drogon/drogon.h is not installed).
namespace drogon {
enum HttpStatusCode { k200OK = 200, k500InternalServerError = 500 };
class HttpResponse {
 public:
  static std::shared_ptr<HttpResponse> newHttpResponse();
  void setStatusCode(HttpStatusCode code);
  void setBody(const std::string& body);
};
using HttpResponsePtr = std::shared_ptr<HttpResponse>;
}  // namespace drogon

// Stand-in for Pistache (pistache/endpoint.h is not installed).
namespace Pistache {
namespace Http {
enum class Code { Ok = 200, Internal_Server_Error = 500 };
class ResponseWriter {
 public:
  int send(Code code, const std::string& body);
};
}  // namespace Http
namespace Rest {
class Request {
 public:
  std::string body() const;
};
}  // namespace Rest
}  // namespace Pistache

namespace beast = boost::beast;
namespace http = beast::http;

namespace framework_generic {

std::string load_user(const std::string& id);

// Beast: the exception is logged, the body is a constant.
http::response<http::string_body> handle_get(const http::request<http::string_body>& req) {
  http::response<http::string_body> res{http::status::ok, req.version()};
  try {
    res.body() = load_user(req.body());
  } catch (const std::exception& e) {
    std::cerr << "GET " << req.target() << ": " << e.what() << '\n';
    res.result(http::status::internal_server_error);
    res.body() = "Internal Server Error";
  }
  res.prepare_payload();
  return res;
}

// Beast: the error code's number, and a text chosen by comparing the code.
http::response<http::string_body> handle_write(const http::request<http::string_body>& req, beast::error_code ec) {
  http::response<http::string_body> res{http::status::ok, req.version()};
  if (ec == beast::http::error::body_limit) {
    res.result(http::status::payload_too_large);
    res.body() = "body too large";
  } else if (ec) {
    res.result(http::status::internal_server_error);
    res.body() = "error " + std::to_string(ec.value());
  }
  return res;
}

// Crow: fixed texts in the constructor, write() and end().
crow::response crow_user(const crow::request& req) {
  try {
    return crow::response(load_user(req.body));
  } catch (const std::exception& e) {
    std::fprintf(stderr, "crow_user: %s\n", e.what());
    return crow::response(500, "internal error");
  }
}

void crow_report(const crow::request&, crow::response& res, sqlite3* db) {
  if (sqlite3_exec(db, "SELECT 1", nullptr, nullptr, nullptr) != SQLITE_OK) {
    std::fprintf(stderr, "report: %s\n", sqlite3_errmsg(db));
    res.code = 500;
    res.write("report failed, code ");
    res.end(std::to_string(sqlite3_extended_errcode(db)));
  }
}

// Crow: the body field gets the request's own URL (not error detail).
crow::response crow_not_found(const crow::request& req) {
  crow::response res(404);
  res.body = "no route for " + req.url;
  return res;
}

// Drogon: libpq's message is logged; the body is fixed.
void drogon_db(PGconn* conn, std::function<void(const drogon::HttpResponsePtr&)>&& callback) {
  auto resp = drogon::HttpResponse::newHttpResponse();
  if (PQstatus(conn) != CONNECTION_OK) {
    std::cerr << "db: " << PQerrorMessage(conn);
    resp->setStatusCode(drogon::k500InternalServerError);
    resp->setBody("{\"error\":\"database unavailable\"}");
  }
  callback(resp);
}

// Pistache: a fixed body, the detail on stderr.
void pistache_user(const Pistache::Rest::Request& request, Pistache::Http::ResponseWriter response) {
  try {
    response.send(Pistache::Http::Code::Ok, load_user(request.body()));
  } catch (const std::exception& e) {
    std::cerr << "pistache_user: " << e.what() << '\n';
    response.send(Pistache::Http::Code::Internal_Server_Error, "Internal Server Error");
  }
}

}  // namespace framework_generic
