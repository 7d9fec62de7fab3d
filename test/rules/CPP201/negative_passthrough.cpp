// CPP201 negatives: SQL text that reaches the sink unchanged from outside this function
// (parameter, member, call result). Not built here, so this intra-procedural version is quiet.
#include <libpq-fe.h>
#include <mysql.h>
#include <pqxx/pqxx>
#include <sqlite3.h>

#include <string>
#include <string_view>

namespace infra {

std::string load_query_from_file(const std::string& path);

// The caller's SQL string parameter passed straight to sqlite3_exec.
int run(sqlite3* db, const std::string& sql) {
  return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
}

// A const char* parameter passed straight to PQexec.
PGresult* execute_raw(PGconn* conn, const char* sql) {
  return PQexec(conn, sql);
}

// A std::string_view parameter converted with std::string(...) for pqxx.
pqxx::result exec_view(pqxx::work& tx, std::string_view sql) {
  return tx.exec(std::string(sql));
}

// A local copy of the parameter: its only write is not built.
int run_copy(MYSQL* conn, const std::string& statement) {
  std::string sql = statement;
  return mysql_query(conn, sql.c_str());
}

// The query comes from a loader function (a call result), assigned to a local.
int run_migration(sqlite3* db, const std::string& file) {
  std::string sql = load_query_from_file(file);
  return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
}

class JobRunner {
 public:
  JobRunner(sqlite3* db, std::string query) : db_(db), query_(std::move(query)) {}

  // A member holding a query configured at construction, passed unchanged.
  int run_configured() {
    return sqlite3_exec(db_, query_.c_str(), nullptr, nullptr, nullptr);
  }

 private:
  sqlite3* db_;
  std::string query_;
};

}  // namespace infra
