// CPP602 negatives with cpp-httplib: the error detail is logged and the client gets a generic
// message, an error number, a constant chosen by the error, or request data (not error detail).
#include <httplib.h>
#include <libpq-fe.h>
#include <mysql.h>
#include <sqlite3.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <cstdio>
#include <cstring>
#include <exception>
#include <filesystem>
#include <iostream>
#include <stdexcept>
#include <string>
#include <system_error>

namespace generic_errors {

std::string run_query(PGconn* conn, const std::string& sql);

// Not an exception: a parse result whose what() describes the input, not the server.
struct ParseOutcome {
  bool ok = false;
  const char* what() const;
};
ParseOutcome parse_form(const std::string& body);

// Maps an error number to a fixed public text.
const char* public_message(int code) {
  switch (code) {
    case SQLITE_BUSY:
      return "busy, retry later";
    case SQLITE_CONSTRAINT:
      return "conflict";
    default:
      return "internal error";
  }
}

// Its parameter reaches the body; the callers below pass fixed texts.
void send_error(httplib::Response& res, int status, const std::string& message) {
  res.status = status;
  res.set_content("{\"error\":\"" + message + "\"}", "application/json");
}

std::atomic<unsigned long> next_incident{1};

void routes(httplib::Server& svr, PGconn* pg, sqlite3* db, MYSQL* my) {
  // The detail is logged; the client gets a generic text.
  svr.Get("/users", [pg](const httplib::Request&, httplib::Response& res) {
    try {
      res.set_content(run_query(pg, "SELECT name FROM users"), "application/json");
    } catch (const std::exception& e) {
      spdlog::error("GET /users failed: {}", e.what());
      std::cerr << "GET /users: " << e.what() << '\n';
      res.status = 500;
      res.set_content("internal server error", "text/plain");
    }
  });

  // An incident number the operators can look up in the log.
  svr.Get("/orders", [pg](const httplib::Request&, httplib::Response& res) {
    try {
      res.set_content(run_query(pg, "SELECT * FROM orders"), "application/json");
    } catch (const std::runtime_error& e) {
      const unsigned long incident = next_incident++;
      spdlog::error("incident {}: {}", incident, e.what());
      res.status = 500;
      res.set_content("internal error, incident " + std::to_string(incident), "text/plain");
    }
  });

  // Error numbers (sqlite3_errcode, mysql_errno, error_code::value) are not the message.
  svr.Delete("/items", [db](const httplib::Request&, httplib::Response& res) {
    if (sqlite3_exec(db, "DELETE FROM items", nullptr, nullptr, nullptr) != SQLITE_OK) {
      std::fprintf(stderr, "delete: %s\n", sqlite3_errmsg(db));
      res.status = 500;
      res.set_content("error " + std::to_string(sqlite3_errcode(db)), "text/plain");
    }
  });

  svr.Get("/products", [my](const httplib::Request&, httplib::Response& res) {
    if (mysql_query(my, "SELECT id FROM products") != 0) {
      res.status = 500;
      res.body = "{\"code\":" + std::to_string(mysql_errno(my)) + "}";
    }
  });

  svr.Get("/disk", [](const httplib::Request&, httplib::Response& res) {
    std::error_code ec;
    const auto info = std::filesystem::space("/var/lib/app", ec);
    spdlog::info("available: {}", info.available);
    res.set_content(ec ? "disk check failed" : "ok", "text/plain");
    if (ec) res.body += " (" + std::to_string(ec.value()) + ")";
  });

  // A fixed text chosen by the error number, through a helper of this file.
  svr.Post("/items", [db](const httplib::Request&, httplib::Response& res) {
    const int rc = sqlite3_exec(db, "INSERT INTO items DEFAULT VALUES", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) res.set_content(public_message(rc), "text/plain");
  });

  // The message only decides which fixed text is sent.
  svr.Get("/slow", [pg](const httplib::Request&, httplib::Response& res) {
    try {
      run_query(pg, "SELECT pg_sleep(1)");
    } catch (const std::exception& e) {
      if (std::strstr(e.what(), "timeout") != nullptr)
        res.set_content("timed out, retry", "text/plain");
      else
        res.set_content("failed", "text/plain");
    }
  });

  // The length of the message is a number.
  svr.Get("/len", [pg](const httplib::Request&, httplib::Response& res) {
    res.set_content(std::to_string(std::strlen(PQerrorMessage(pg))), "text/plain");
  });

  // what() of a class that is not an exception.
  svr.Post("/form", [](const httplib::Request& req, httplib::Response& res) {
    const ParseOutcome outcome = parse_form(req.body);
    if (!outcome.ok) {
      res.status = 400;
      res.body = outcome.what();
    }
  });

  // Request data echoed back is not error detail (another rule's concern).
  svr.Get("/echo", [](const httplib::Request& req, httplib::Response& res) {
    res.set_content("you asked for " + req.get_param_value("q"), "text/plain");
  });

  // The helper that writes the body receives fixed texts.
  svr.Put("/profile", [pg](const httplib::Request&, httplib::Response& res) {
    try {
      run_query(pg, "UPDATE profiles SET seen = now()");
    } catch (const std::exception& e) {
      spdlog::warn("profile update: {}", e.what());
      send_error(res, 500, "could not update the profile");
    }
  });

  // The server-wide exception handler that logs and answers generically.
  svr.set_exception_handler([](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
    try {
      std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      spdlog::error("{} {}: {}", req.method, req.path, e.what());
    } catch (...) {
      spdlog::error("{} {}: unknown exception", req.method, req.path);
    }
    res.status = 500;
    res.set_content("Internal Server Error", "text/plain");
  });
}

}  // namespace generic_errors
