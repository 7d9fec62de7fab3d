// CPP201 negatives: SQL text that is a literal or is built only from constants.
#include <absl/strings/str_cat.h>
#include <fmt/format.h>
#include <libpq-fe.h>
#include <mysql.h>
#include <pqxx/pqxx>
#include <sql.h>
#include <sqlext.h>
#include <sqlite3.h>

#include <cstdio>
#include <cstring>
#include <sstream>
#include <string>

#define USERS_TABLE "users"
#define SQL_CREATE_USERS \
  "CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT)"

namespace store {

constexpr const char* kSessionsTable = "sessions";
const char kAuditTable[] = "audit_log";

// Schema migration with a #define literal query.
int migrate(sqlite3* db) {
  return sqlite3_exec(db, SQL_CREATE_USERS, nullptr, nullptr, nullptr);
}

// Health check: a literal passed directly to each C API.
bool ping_all(sqlite3* lite, PGconn* pg, MYSQL* my, SQLHSTMT odbc) {
  bool ok = sqlite3_exec(lite, "SELECT 1", nullptr, nullptr, nullptr) == SQLITE_OK;
  PGresult* res = PQexec(pg, "SELECT 1");
  ok = ok && PQresultStatus(res) == PGRES_TUPLES_OK;
  PQclear(res);
  ok = ok && mysql_query(my, "SELECT 1") == 0;
  ok = ok && SQLExecDirect(odbc, (SQLCHAR*)"SELECT 1", SQL_NTS) == SQL_SUCCESS;
  return ok;
}

// Adjacent literal concatenation with a macro table name (a single literal after preprocessing).
sqlite3_stmt* prepare_user_lookup(sqlite3* db) {
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(db, "SELECT id, name FROM " USERS_TABLE " WHERE id = ?1", -1, &stmt, nullptr);
  return stmt;
}

// operator+ over a constexpr table name and literals only.
void clear_sessions(pqxx::work& tx) {
  tx.exec0("DELETE FROM " + std::string(kSessionsTable) + " WHERE expires_at < now()");
}

// += of literals only onto a local initialised from a literal.
PGresult* active_users(PGconn* conn) {
  std::string q = "SELECT id, name ";
  q += "FROM users ";
  q += "WHERE active = true";
  return PQexec(conn, q.c_str());
}

// .append() of a global const char array and literals.
int audit_count(MYSQL* conn) {
  std::string q = "SELECT COUNT(*) FROM ";
  q.append(kAuditTable).append(" WHERE level = 'error'");
  return mysql_query(conn, q.c_str());
}

// Sort direction chosen between two literals with ?: (a whitelist, not user text).
sqlite3_stmt* list_posts(sqlite3* db, bool newest_first) {
  std::string q = "SELECT id, title FROM posts ORDER BY created_at ";
  q += newest_first ? "DESC" : "ASC";
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(db, q.c_str(), -1, &stmt, nullptr);
  return stmt;
}

// fmt::format whose arguments are constexpr only.
constexpr const char* kColumn = "email";
pqxx::result all_emails(pqxx::work& tx) {
  return tx.exec(fmt::format("SELECT {} FROM users", kColumn));
}

// absl::StrCat of constexpr names and literals.
PGresult* session_count(PGconn* conn) {
  std::string q = absl::StrCat("SELECT count(*) FROM ", kSessionsTable, " WHERE revoked = false");
  return PQexec(conn, q.c_str());
}

// snprintf into a char buffer with only a macro literal as argument.
int list_users(sqlite3* db) {
  char sql[512];
  std::snprintf(sql, sizeof(sql), "SELECT id, name FROM %s ORDER BY id", USERS_TABLE);
  return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
}

// strcat of a constexpr name into a buffer initialised from a literal.
int truncate_sessions(MYSQL* conn) {
  char sql[128] = "TRUNCATE TABLE ";
  std::strcat(sql, kSessionsTable);
  return mysql_query(conn, sql);
}

// std::ostringstream fed only with literals and constexpr values.
pqxx::result audit_tail(pqxx::work& tx) {
  std::ostringstream os;
  os << "SELECT at, action FROM " << kAuditTable << " ORDER BY at DESC LIMIT 50";
  return tx.exec(os.str());
}

// .insert() of a literal at a literal position (EXPLAIN prefix).
PGresult* explain_active(PGconn* conn) {
  std::string q = "SELECT * FROM users WHERE active = true";
  q.insert(0, "EXPLAIN ANALYZE ");
  return PQexec(conn, q.c_str());
}

// Local const std::string initialised from a literal, passed through .c_str().
int vacuum(sqlite3* db) {
  const std::string sql = "VACUUM";
  return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
}

}  // namespace store
