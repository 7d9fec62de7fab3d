// CPP201 positives that depend on the order of statements: the built text reaches the sink.
#include <mysql.h>
#include <pqxx/pqxx>
#include <sqlite3.h>

#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

namespace order {

// Reassigned from a constant to built text, then run.
int second_query(sqlite3* db, const std::string& name) {
  std::string sql = "SELECT 1";
  sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
  sql = "SELECT * FROM t WHERE name = '" + name + "'";
  return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);  // expect: CPP201
}

// Built on one branch only: the built text may reach the sink.
int maybe_filtered(sqlite3* db, bool filter, const std::string& name) {
  std::string sql = "SELECT * FROM t";
  if (filter) sql = "SELECT * FROM t WHERE name = '" + name + "'";
  return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);  // expect: CPP201
}

// In a loop the text built at the end of one iteration is run at the start of the next.
void batched(sqlite3* db, const std::vector<std::string>& names) {
  std::string sql = "SELECT 1";
  for (const auto& name : names) {
    sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);  // expect: CPP201
    sql += " UNION SELECT '" + name + "'";
  }
}

// Built, then extended with a constant by reassignment from itself.
int limited(sqlite3* db, const std::string& name) {
  std::string q = "SELECT * FROM t WHERE name = '" + name + "'";
  q = q + " LIMIT 1";
  return sqlite3_exec(db, q.c_str(), nullptr, nullptr, nullptr);  // expect: CPP201
}

// A C buffer overwritten with built text after a constant query.
int c_buffer(MYSQL* conn, const char* name) {
  char q[256];
  snprintf(q, sizeof q, "SELECT 1");
  mysql_query(conn, q);
  snprintf(q, sizeof q, "SELECT * FROM t WHERE name = '%s'", name);
  return mysql_query(conn, q);  // expect: CPP201
}

// One stream reused for three statements, reset with str(""): only the middle one is built
// from a raw value (the others quote theirs).
void reused_stream(pqxx::work& w, const std::string& user_id, const std::string& name) {
  std::stringstream ss;
  ss << "SELECT 1 FROM t WHERE name = " << w.quote(name);
  w.exec(ss.str());
  ss.str(std::string());
  ss << "DELETE FROM t WHERE id = " << user_id;
  w.exec(ss.str());  // expect: CPP201
  ss.str("");
  ss << "SELECT 2 FROM t WHERE name = " << w.quote(name);
  w.exec(ss.str());
}

// Replaced on both sides of an if/else, but one side builds the text.
int either_built(sqlite3* db, bool by_name, const std::string& name) {
  std::string q = "SELECT 1";
  if (by_name)
    q = "SELECT * FROM t WHERE name = '" + name + "'";
  else
    q = "SELECT * FROM t";
  return sqlite3_exec(db, q.c_str(), nullptr, nullptr, nullptr);  // expect: CPP201
}

// Replaced on one side only (no else): the built text from before may still be there.
int one_side(sqlite3* db, bool reset, const std::string& name) {
  std::string q = "DELETE FROM t WHERE name = '" + name + "'";
  if (reset) q = "SELECT 1";
  return sqlite3_exec(db, q.c_str(), nullptr, nullptr, nullptr);  // expect: CPP201
}

}  // namespace order
