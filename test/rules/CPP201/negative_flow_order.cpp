// CPP201 negatives that depend on the order of statements: the sink runs before the text is
// built, or after it was replaced by a constant.
#include <mysql.h>
#include <sqlite3.h>

#include <cstdio>
#include <stdexcept>
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

// Replaced at the top of every iteration: the text built before the loop does not reach the
// calls inside it.
void per_iteration(sqlite3* db, const std::string& name, int times) {
  std::string q = "DELETE FROM t WHERE name = '" + name + "'";
  (void)q;
  while (times-- > 0) {
    q = "SELECT 1";
    sqlite3_exec(db, q.c_str(), nullptr, nullptr, nullptr);
  }
}

// Built and run on a branch that throws: the text never gets to the call after the branch.
int guarded(sqlite3* db, bool bad, const std::string& name) {
  std::string q = "SELECT 1";
  if (bad) {
    q = "INSERT INTO audit VALUES ('" + name + "')";
    (void)q;
    throw std::runtime_error("bad request");
  }
  return sqlite3_exec(db, q.c_str(), nullptr, nullptr, nullptr);
}

// Same with an early return.
int early_return(sqlite3* db, bool skip, const std::string& name) {
  std::string q = "SELECT 1";
  if (skip) {
    q = "SELECT * FROM t WHERE name = '" + name + "'";
    return 0;
  }
  return sqlite3_exec(db, q.c_str(), nullptr, nullptr, nullptr);
}

// Emptied with clear() and refilled with constants.
int cleared(sqlite3* db, const std::string& name) {
  std::string q = "SELECT * FROM t WHERE name = '" + name + "'";
  q.clear();
  q += "SELECT COUNT(*) FROM t";
  return sqlite3_exec(db, q.c_str(), nullptr, nullptr, nullptr);
}

// Built, then replaced on both sides of an if/else before it is run.
int either_constant(sqlite3* db, bool active, const std::string& name) {
  std::string q = "DELETE FROM t WHERE name = '" + name + "'";
  if (active) {
    q = "SELECT * FROM t WHERE active = 1";
  } else {
    q = "SELECT * FROM t WHERE active = 0";
  }
  return sqlite3_exec(db, q.c_str(), nullptr, nullptr, nullptr);
}

}  // namespace order
