// CPP602 positives with Boost.Beast (res.body() = ...) and with Crow, Drogon and Pistache, whose
// headers are not installed: the minimal stand-ins below use the frameworks' real namespaces,
// classes and method names.
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/exception/diagnostic_information.hpp>
#include <boost/system/system_error.hpp>
#include <libpq-fe.h>
#include <sqlite3.h>

#include <exception>
#include <functional>
#include <memory>
#include <sstream>
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
class HttpRequest {
 public:
  const std::string& getParameter(const std::string& key) const;
};
using HttpRequestPtr = std::shared_ptr<HttpRequest>;
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
enum class Code { Ok = 200, Bad_Request = 400, Internal_Server_Error = 500 };
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

namespace framework_errors {

std::string load_user(const std::string& id);
std::string render_page(const std::string& body);

// Beast: what() assigned to res.body().
http::response<http::string_body> handle_get(const http::request<http::string_body>& req) {
  http::response<http::string_body> res{http::status::ok, req.version()};
  try {
    res.body() = render_page(req.body());
  } catch (const std::exception& e) {
    res.result(http::status::internal_server_error);
    res.body() = e.what();  // expect: CPP602(high)
  }
  res.prepare_payload();
  return res;
}

// Beast: beast::error_code::message() joined with +.
http::response<http::string_body> handle_write(const http::request<http::string_body>& req, beast::error_code ec) {
  http::response<http::string_body> res{http::status::ok, req.version()};
  if (ec) {
    res.result(http::status::internal_server_error);
    res.body() = "write failed: " + ec.message();  // expect: CPP602(high)
  }
  return res;
}

// Beast: boost::system::system_error (derived from std::runtime_error) and diagnostic_information.
http::response<http::string_body> handle_upload(const http::request<http::string_body>& req) {
  http::response<http::string_body> res{http::status::ok, req.version()};
  try {
    res.body() = load_user(req.body());
  } catch (const boost::system::system_error& e) {
    std::ostringstream os;
    os << "upload failed (" << e.what() << ")";
    res.body() = os.str();  // expect: CPP602(high)
  } catch (const std::exception& e) {
    res.body() = boost::diagnostic_information(e);  // expect: CPP602(high)
  }
  return res;
}

// Crow: the response constructor (all its arguments are body text), write() and end().
crow::response crow_user(const crow::request& req) {
  try {
    return crow::response(load_user(req.body));
  } catch (const std::exception& e) {
    return crow::response(500, e.what());  // expect: CPP602(high)
  }
}

crow::response crow_report(const crow::request& req, sqlite3* db) {
  crow::response res;
  if (sqlite3_exec(db, "SELECT 1", nullptr, nullptr, nullptr) != SQLITE_OK) {
    res.code = 500;
    res.write("report failed: ");
    res.write(sqlite3_errmsg(db));  // expect: CPP602(high)
    res.end();
  }
  return res;
}

void crow_stream(const crow::request& req, crow::response& res) {
  try {
    res.write(render_page(req.body));
    res.end();
  } catch (const std::runtime_error& e) {
    res.end(std::string("render error: ") + e.what());  // expect: CPP602(high)
  }
}

// Crow: the body field.
crow::response crow_db(PGconn* conn) {
  crow::response res(500);
  res.body = PQerrorMessage(conn);  // expect: CPP602(high)
  return res;
}

// Drogon: setBody with what() and with a libpq message.
void drogon_user(const drogon::HttpRequestPtr& req, std::function<void(const drogon::HttpResponsePtr&)>&& callback) {
  auto resp = drogon::HttpResponse::newHttpResponse();
  try {
    resp->setBody(load_user(req->getParameter("id")));
  } catch (const std::exception& e) {
    resp->setStatusCode(drogon::k500InternalServerError);
    resp->setBody(e.what());  // expect: CPP602(high)
  }
  callback(resp);
}

void drogon_db(PGconn* conn, std::function<void(const drogon::HttpResponsePtr&)>&& callback) {
  auto resp = drogon::HttpResponse::newHttpResponse();
  const std::string detail = std::string("database unavailable: ") + PQerrorMessage(conn);
  resp->setStatusCode(drogon::k500InternalServerError);
  resp->setBody(detail);  // expect: CPP602(high)
  callback(resp);
}

// Pistache: the body argument of ResponseWriter::send.
void pistache_user(const Pistache::Rest::Request& request, Pistache::Http::ResponseWriter response) {
  try {
    response.send(Pistache::Http::Code::Ok, load_user(request.body()));
  } catch (const std::exception& e) {
    response.send(Pistache::Http::Code::Internal_Server_Error, e.what());  // expect: CPP602(high)
  }
}

}  // namespace framework_errors
