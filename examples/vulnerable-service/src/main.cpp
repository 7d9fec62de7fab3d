// shop-api: a small order service. Requests come one per line on stdin
// ("GET /users/search?name=bob") so the demo needs no network or web framework.
#include <libpq-fe.h>
#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

#include "service/db.hpp"
#include "service/handlers.hpp"
#include "service/token.hpp"

namespace service {

Request parse_request_line(const std::string &line) {
  Request request;
  const auto space = line.find(' ');
  request.method = line.substr(0, space);
  std::string target = space == std::string::npos ? "/" : line.substr(space + 1);
  const auto question = target.find('?');
  request.path = target.substr(0, question);
  if (question != std::string::npos) {
    std::string rest = target.substr(question + 1);
    while (!rest.empty()) {
      const auto amp = rest.find('&');
      const std::string pair = rest.substr(0, amp);
      const auto eq = pair.find('=');
      request.query[pair.substr(0, eq)] = eq == std::string::npos ? "" : pair.substr(eq + 1);
      rest = amp == std::string::npos ? "" : rest.substr(amp + 1);
    }
  }
  request.headers["x-request-id"] = token::new_request_id();
  return request;
}

// Run as a CGI program (REQUEST_METHOD set), the request comes from the web server: the target
// in the environment, the body on stdin.
Request read_cgi_request() {
  const char *method = std::getenv("REQUEST_METHOD");
  const char *target = std::getenv("REQUEST_URI");
  Request request = parse_request_line(std::string(method) + " " + (target ? target : "/"));
  if (const char *length = std::getenv("CONTENT_LENGTH")) {
    // BUG(CPP110): the client picks the size of this buffer; a CONTENT_LENGTH of a few
    // gigabytes takes the server down. Reject lengths above a limit first.
    std::string body(std::strtoul(length, nullptr, 10), '\0');
    std::cin.read(body.data(), static_cast<std::streamsize>(body.size()));
    request.body = std::move(body);
  }
  return request;
}

}  // namespace service

namespace {

// Correct: a constant schema script.
void create_schema(sqlite3 *db) {
  sqlite3_exec(
      db,
      "CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, name TEXT UNIQUE, email TEXT, password_hash TEXT);"
      "CREATE TABLE IF NOT EXISTS orders (id INTEGER PRIMARY KEY, user_id INTEGER, status TEXT, total REAL);"
      "CREATE TABLE IF NOT EXISTS sessions (user_id INTEGER, token TEXT, created_at INTEGER);"
      "CREATE TABLE IF NOT EXISTS password_resets (user_id INTEGER, token TEXT);",
      nullptr, nullptr, nullptr);
}

}  // namespace

int main(int argc, char **argv) {
  sqlite3 *db = nullptr;
  if (sqlite3_open(argc > 1 ? argv[1] : "shop.db", &db) != SQLITE_OK) {
    std::fprintf(stderr, "cannot open database: %s\n", sqlite3_errmsg(db));
    return 1;
  }
  create_schema(db);
  const char *warehouse = std::getenv("WAREHOUSE_URL");
  PGconn *pg = PQconnectdb(warehouse ? warehouse : "dbname=warehouse");

  service::db::UserRepository users(db);
  service::db::OrderRepository orders(db);
  service::db::ReportingRepository reports(pg);
  service::Services services{users, orders, reports};

  service::Router router;
  service::register_user_routes(router, services);
  service::register_order_routes(router, services);
  service::register_auth_routes(router, services);
  service::register_webhook_routes(router, services);

  if (std::getenv("REQUEST_METHOD")) {
    const service::Response response = router.dispatch(service::read_cgi_request());
    std::cout << "Status: " << response.status << "\r\nContent-Type: " << response.content_type << "\r\n\r\n"
              << response.body;
    return 0;
  }

  for (std::string line; std::getline(std::cin, line);) {
    if (line.empty()) continue;
    service::Response response;
    try {
      response = router.dispatch(service::parse_request_line(line));
    } catch (const std::exception &e) {
      response = service::Response::error(500, e.what());
    }
    std::cout << response.status << ' ' << response.body << '\n';
  }
  PQfinish(pg);
  sqlite3_close(db);
}
