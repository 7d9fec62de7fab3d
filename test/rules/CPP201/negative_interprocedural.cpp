// CPP201 negatives across functions of one TU: helpers that build or run SQL, used safely.
#include <libpq-fe.h>
#include <sqlite3.h>

#include <string>

namespace shop {

// Joins its parameter into the text...
std::string count_sql(const std::string& table) { return "SELECT COUNT(*) FROM " + table; }

// ...but every caller passes a constant.
int count_orders(sqlite3* db) {
  return sqlite3_exec(db, count_sql("orders").c_str(), nullptr, nullptr, nullptr);
}

constexpr const char* kCustomers = "customers";
int count_customers(sqlite3* db) {
  std::string sql = count_sql(kCustomers);
  return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
}

// A helper returning constant text only.
std::string health_check_sql() { return "SELECT 1"; }

int health(sqlite3* db) { return sqlite3_exec(db, health_check_sql().c_str(), nullptr, nullptr, nullptr); }

// A wrapper that runs what it is given...
class Database {
 public:
  explicit Database(sqlite3* handle) : handle_(handle) {}
  int execute(const std::string& sql) { return sqlite3_exec(handle_, sql.c_str(), nullptr, nullptr, nullptr); }

 private:
  sqlite3* handle_;
};

// ...called with constant text,
int vacuum(Database& db) { return db.execute("VACUUM"); }

// ...with text joined from constants only,
int truncate_sessions(Database& db) {
  const std::string table = "sessions";
  return db.execute("DELETE FROM " + table);
}

// ...and with a parameter passed through unchanged (the caller of this one decides).
int replay(Database& db, const std::string& statement) { return db.execute(statement); }

// A helper whose string parameter is used for logging, not SQL.
void log_query(const std::string& note) { (void)note; }

int logged_delete(PGconn* conn, const std::string& id) {
  log_query("deleting " + id);
  PGresult* result = PQexecParams(conn, "DELETE FROM t WHERE id = $1", 1, nullptr, nullptr, nullptr, nullptr, 0);
  PQclear(result);
  return 0;
}

}  // namespace shop
