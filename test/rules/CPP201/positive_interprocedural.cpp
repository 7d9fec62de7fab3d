// CPP201 positives across functions of one TU: SQL built in one function and run in another.
#include <libpq-fe.h>
#include <sqlite3.h>

#include <sstream>
#include <string>

namespace shop {

// The builder joins its parameter into the text it returns...
std::string build_report_sql(const std::string& filter) {
  return "SELECT * FROM report WHERE " + filter;
}

// ...so the caller that passes it a non-constant value and runs the result is reported.
PGresult* report(PGconn* conn, const std::string& filter) {
  return PQexec(conn, build_report_sql(filter).c_str());  // expect: CPP201
}

// A builder that uses a member of its own: whatever the caller passes, the text is built.
class OrderQueries {
 public:
  explicit OrderQueries(std::string table) : table_(std::move(table)) {}
  std::string select_all() const { return "SELECT * FROM " + table_; }

 private:
  std::string table_;
};

int dump_orders(sqlite3* db, const OrderQueries& queries) {
  return sqlite3_exec(db, queries.select_all().c_str(), nullptr, nullptr, nullptr);  // expect: CPP201
}

// A thin wrapper that runs whatever SQL it is given.
class Database {
 public:
  explicit Database(sqlite3* handle) : handle_(handle) {}
  int execute(const std::string& sql) { return sqlite3_exec(handle_, sql.c_str(), nullptr, nullptr, nullptr); }
  // Two levels down: run() hands its text to execute().
  int run(const std::string& statement) { return execute(statement); }

 private:
  sqlite3* handle_;
};

// The caller builds the text and hands it to the wrapper: reported at the built argument.
int delete_user(Database& db, const std::string& name) {
  return db.execute("DELETE FROM users WHERE name = '" + name + "'");  // expect: CPP201
}

// Built in a local, passed through two wrappers.
int rename_user(Database& db, const std::string& from, const std::string& to) {
  std::ostringstream sql;
  sql << "UPDATE users SET name = '" << to << "' WHERE name = '" << from << "'";
  return db.run(sql.str());  // expect: CPP201
}

// A free helper that runs its argument on libpq.
PGresult* run_on(PGconn* conn, const char* text) { return PQexec(conn, text); }

PGresult* drop_table(PGconn* conn, const std::string& table) {
  std::string sql = "DROP TABLE " + table;
  return run_on(conn, sql.c_str());  // expect: CPP201
}

// A helper returning numbers joined into text: reported at medium confidence.
std::string limit_clause(int limit) { return " LIMIT " + std::to_string(limit); }

int page(sqlite3* db, int limit) {
  std::string sql = "SELECT * FROM items" + limit_clause(limit);
  return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);  // expect: CPP201(low)
}

}  // namespace shop
