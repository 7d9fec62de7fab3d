// CPP201 negatives that depend on the order of statements: the sink runs before the text is
// built, or after it was replaced by a constant.
#include <mysql.h>
#include <sqlite3.h>

#include <cstdio>
#include <string>

namespace order {

// Run before anything is built into the variable.
int first_query(sqlite3* db, const std::string& name) {
  std::string sql = "SELECT 1";
  int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
  sql = "SELECT * FROM t WHERE name = '" + name + "'";
  (void)sql;
  return rc;
}

// Built text replaced by a constant before it is run.
int replaced(sqlite3* db, const std::string& name) {
  std::string sql = "SELECT * FROM t WHERE name = '" + name + "'";
  sql = "VACUUM";
  return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
}

// A C buffer overwritten with a constant query after a built one was logged.
int c_buffer(MYSQL* conn, const char* name) {
  char q[256];
  snprintf(q, sizeof q, "user %s logged in", name);
  std::puts(q);
  snprintf(q, sizeof q, "UPDATE stats SET logins = logins + 1");
  return mysql_query(conn, q);
}

// A parameter replaced by a constant before it is run.
int defaulted(sqlite3* db, std::string sql) {
  sql = "SELECT 1";
  return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
}

}  // namespace order
