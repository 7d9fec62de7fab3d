// CPP101 cases taken from real servers.
#include <mysql.h>
#include <pqxx/pqxx>

#include <cassert>
#include <optional>
#include <string>

namespace real_code {

// A conninfo with a password, stored in a config struct and handed to pqxx.
struct DbConfig {
  std::string conninfo;
};
pqxx::connection open_database() {
  DbConfig cfg;
  cfg.conninfo = "host=db.internal port=5432 dbname=app user=postgres password=postgres";  // expect: CPP101(high)
  return pqxx::connection(cfg.conninfo);
}
pqxx::connection open_reporting() {
  return pqxx::connection("dbname=reports user=reporter password=r3p0rts!");  // expect: CPP101(high)
}

// At a password parameter even the word "password" is the password.
void connect(MYSQL* m) {
  mysql_real_connect(m, "localhost", "root", "password", "app", 0, nullptr, 0);  // expect: CPP101(high)
  mysql_real_connect(m, "localhost", "root", "root", "app", 0, nullptr, 0);  // expect: CPP101(high)
}

// Credentials in test functions are fixtures: low.
struct User {
  std::string name;
};
struct DataBase {
  std::optional<User> auth(const std::string& login, const std::string& password);
};
void test_auth() {
  DataBase db;
  assert(db.auth("admin", "qwerty").has_value());  // expect: CPP101(low)
}

// A guard that refuses the sample password is not a hard-coded one.
void check_config(const std::string& db_password) {
  if (db_password == "changeme") throw std::runtime_error("refusing to start with the sample password");
}

// A publishable key is public by design.
const char* const kCheckoutPublishableKey = "pk_live_51NzQ2bKx7TfJ0aLmR3vW9eYc";

}  // namespace real_code
