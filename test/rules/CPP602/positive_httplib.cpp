// CPP602 positives with cpp-httplib: exception messages (what() of std::exception and classes
// derived from it), database and OpenSSL error strings, std::error_code::message() and strerror
// written into the response body with set_content() or res.body = ... . Flows: directly,
// through locals, +, +=, string streams, a helper returning the detail, and helpers whose
// parameter reaches the body (reported at the call). Checks do not matter for this rule.
#include <errno.h>
#include <httplib.h>
#include <libpq-fe.h>
#include <mysql.h>
#include <openssl/err.h>
#include <sqlite3.h>

#include <cstring>
#include <exception>
#include <filesystem>
#include <sstream>
#include <stdexcept>
#include <string>
#include <system_error>

namespace httplib_errors {

// A project exception derived from std::runtime_error.
class DbError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A project exception derived from std::exception directly, with its own what().
class ConfigError : public std::exception {
 public:
  explicit ConfigError(std::string msg) : msg_(std::move(msg)) {}
  const char* what() const noexcept override { return msg_.c_str(); }

 private:
  std::string msg_;
};

std::string run_query(PGconn* conn, const std::string& sql);
void reload_config();
std::string error_json(const std::string& message);  // another TU: its result carries its argument

// Returns error detail: its callers' values are error detail.
std::string last_db_error(sqlite3* db) { return std::string("sqlite: ") + sqlite3_errmsg(db); }

// Returns the message of the current exception.
std::string describe(std::exception_ptr ep) {
  try {
    std::rethrow_exception(ep);
  } catch (const std::exception& e) {
    return e.what();
  } catch (...) {
  }
  return "unknown error";
}

// The parameter reaches set_content: callers passing error detail are reported at the argument.
void send_error(httplib::Response& res, int status, const std::string& detail) {
  res.status = status;
  res.set_content("{\"error\":\"" + detail + "\"}", "application/json");  // no error detail seen here: quiet
}

void routes(httplib::Server& svr, PGconn* pg, sqlite3* db, MYSQL* my) {
  // what() of std::exception straight into the body.
  svr.Get("/users", [pg](const httplib::Request& req, httplib::Response& res) {
    try {
      res.set_content(run_query(pg, "SELECT name FROM users"), "application/json");
    } catch (const std::exception& e) {
      res.status = 500;
      res.set_content(e.what(), "text/plain");  // expect: CPP602(high)
    }
  });

  // what() of std::runtime_error joined into res.body.
  svr.Post("/import", [](const httplib::Request& req, httplib::Response& res) {
    try {
      if (req.body.empty()) throw std::runtime_error("empty body");
    } catch (const std::runtime_error& e) {
      res.status = 400;
      res.body = std::string("import failed: ") + e.what();  // expect: CPP602(high)
    }
  });

  // A project exception (DbError) through a string stream.
  svr.Get("/orders", [pg](const httplib::Request& req, httplib::Response& res) {
    try {
      res.set_content(run_query(pg, "SELECT * FROM orders"), "application/json");
    } catch (const DbError& e) {
      std::ostringstream os;
      os << "{\"error\":\"" << e.what() << "\"}";
      res.status = 500;
      res.set_content(os.str(), "application/json");  // expect: CPP602(high)
    }
  });

  // A class derived from std::exception with its own what().
  svr.Post("/admin/reload", [](const httplib::Request&, httplib::Response& res) {
    try {
      reload_config();
    } catch (const ConfigError& e) {
      res.status = 500;
      res.body = e.what();  // expect: CPP602(high)
    }
  });

  // std::system_error: both what() and code().message().
  svr.Get("/size", [](const httplib::Request& req, httplib::Response& res) {
    try {
      res.set_content(std::to_string(std::filesystem::file_size("/srv/data.bin")), "text/plain");
    } catch (const std::system_error& e) {
      res.set_content(e.what(), "text/plain");  // expect: CPP602(high)
      // Appending to the body writes it too.
      res.body += e.code().message();  // expect: CPP602(high)
      res.set_content(e.code().message(), "text/plain");  // expect: CPP602(high)
    }
  });

  // libpq: PQerrorMessage through a local.
  svr.Get("/health/db", [pg](const httplib::Request&, httplib::Response& res) {
    if (PQstatus(pg) != CONNECTION_OK) {
      const std::string msg = PQerrorMessage(pg);
      res.status = 503;
      res.set_content(msg, "text/plain");  // expect: CPP602(high)
    }
  });

  // libpq: the result's error message, built with +.
  svr.Post("/rows", [pg](const httplib::Request& req, httplib::Response& res) {
    PGresult* r = PQexec(pg, "INSERT INTO rows DEFAULT VALUES");
    if (PQresultStatus(r) != PGRES_COMMAND_OK) {
      res.status = 500;
      res.body = "insert failed: " + std::string(PQresultErrorMessage(r));  // expect: CPP602(high)
    }
    PQclear(r);
  });

  // SQLite: sqlite3_errmsg with the (pointer, length, type) overload; a null test changes nothing.
  svr.Delete("/items", [db](const httplib::Request&, httplib::Response& res) {
    if (sqlite3_exec(db, "DELETE FROM items", nullptr, nullptr, nullptr) != SQLITE_OK) {
      const char* err = sqlite3_errmsg(db);
      if (err != nullptr && *err != '\0')
        res.set_content(err, std::strlen(err), "text/plain");  // expect: CPP602(high)
    }
  });

  // SQLite through a helper that returns the message.
  svr.Get("/items", [db](const httplib::Request&, httplib::Response& res) {
    const std::string detail = last_db_error(db);
    res.set_content(detail, "text/plain");  // expect: CPP602(high)
  });

  // MySQL / MariaDB: mysql_error appended with +=.
  svr.Get("/products", [my](const httplib::Request&, httplib::Response& res) {
    if (mysql_query(my, "SELECT id FROM products") != 0) {
      std::string body = "{\"error\":\"";
      body += mysql_error(my);
      body += "\"}";
      res.status = 500;
      res.set_content(body, "application/json");  // expect: CPP602(high)
    }
  });

  // OpenSSL error queue: ERR_error_string and ERR_error_string_n (into a buffer).
  svr.Post("/sign", [](const httplib::Request&, httplib::Response& res) {
    res.status = 500;
    res.body = ERR_error_string(ERR_get_error(), nullptr);  // expect: CPP602(high)
  });

  svr.Post("/verify", [](const httplib::Request&, httplib::Response& res) {
    char buf[256];
    ERR_error_string_n(ERR_get_error(), buf, sizeof buf);
    res.status = 500;
    res.set_content(buf, "text/plain");  // expect: CPP602(high)
  });

  // std::error_code::message and strerror.
  svr.Get("/disk", [](const httplib::Request&, httplib::Response& res) {
    std::error_code ec;
    const auto info = std::filesystem::space("/var/lib/app", ec);
    if (ec) {
      res.set_content("disk check failed: " + ec.message(), "text/plain");  // expect: CPP602(high)
      return;
    }
    res.set_content(std::to_string(info.available), "text/plain");
  });

  svr.Get("/spool", [](const httplib::Request&, httplib::Response& res) {
    std::FILE* f = std::fopen("/var/spool/app/queue", "r");
    if (f == nullptr) {
      res.status = 500;
      res.set_content(std::string("cannot open queue: ") + std::strerror(errno), "text/plain");  // expect: CPP602(high)
      return;
    }
    std::fclose(f);
  });

  // A function of another TU formats the message: the result still carries it.
  svr.Get("/catalog", [pg](const httplib::Request&, httplib::Response& res) {
    try {
      res.set_content(run_query(pg, "SELECT * FROM catalog"), "application/json");
    } catch (const DbError& e) {
      const std::string json = error_json(e.what());
      res.status = 500;
      res.set_content(json, "application/json");  // expect: CPP602(high)
    }
  });

  // A helper whose parameter reaches the body: reported at the call, on the argument's line.
  svr.Put("/profile", [pg](const httplib::Request& req, httplib::Response& res) {
    try {
      run_query(pg, "UPDATE profiles SET seen = now()");
    } catch (const std::exception& e) {
      send_error(res, 500,
                 e.what());  // expect: CPP602(high)
    }
  });

  // The message kept in a local of the outer scope, sent after the try block.
  svr.Post("/batch", [pg](const httplib::Request& req, httplib::Response& res) {
    std::string failure;
    try {
      run_query(pg, req.body);
    } catch (std::exception e) {
      failure = e.what();
    }
    if (!failure.empty()) {
      res.status = 500;
      res.set_content(failure.substr(0, 200), "text/plain");  // expect: CPP602(high)
    }
  });

  // sqlite3_errstr of a result code and a libpq diagnostic field.
  svr.Post("/tags", [db, pg](const httplib::Request&, httplib::Response& res) {
    const int rc = sqlite3_exec(db, "INSERT INTO tags DEFAULT VALUES", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
      res.set_content(sqlite3_errstr(rc), "text/plain");  // expect: CPP602(high)
      return;
    }
    PGresult* r = PQexec(pg, "INSERT INTO tags_audit DEFAULT VALUES");
    if (const char* primary = PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY))
      res.body = primary;  // expect: CPP602(high)
    PQclear(r);
  });

  // The server-wide exception handler.
  svr.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
    try {
      std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      res.status = 500;
      res.set_content(std::string("<h1>Error 500</h1><p>") + e.what() + "</p>", "text/html");  // expect: CPP602(high)
    } catch (...) {
      res.status = 500;
      res.set_content("Unknown Exception", "text/plain");
    }
  });

  // A catch-all: the message comes back from a helper of this file.
  svr.Get("/jobs", [](const httplib::Request&, httplib::Response& res) {
    try {
      reload_config();
    } catch (...) {
      res.status = 500;
      res.set_content(describe(std::current_exception()), "text/plain");  // expect: CPP602(high)
    }
  });
}

}  // namespace httplib_errors
