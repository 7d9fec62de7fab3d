// CPP201 negatives: constant SQL text with the request values passed as bound parameters.
#include <libpq-fe.h>
#include <mysql.h>
#include <pqxx/pqxx>
#include <sql.h>
#include <sqlext.h>
#include <sqlite3.h>

#include <cstring>
#include <string>

namespace secure {

// sqlite3_bind_text with a LIKE pattern that is built, but bound, not part of the text.
sqlite3_stmt* search_users(sqlite3* db, const std::string& term) {
  std::string pattern = "%" + term + "%";
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(db, "SELECT id, name FROM users WHERE name LIKE ?1", -1, &stmt, nullptr);
  sqlite3_bind_text(stmt, 1, pattern.c_str(), -1, SQLITE_TRANSIENT);
  return stmt;
}

// sqlite3 with integer binds for LIMIT / OFFSET.
sqlite3_stmt* page(sqlite3* db, int limit, int offset) {
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(db,
                     "SELECT id, name FROM users ORDER BY id LIMIT ?1 OFFSET ?2",
                     -1, &stmt, nullptr);
  sqlite3_bind_int(stmt, 1, limit);
  sqlite3_bind_int(stmt, 2, offset);
  return stmt;
}

// PQexecParams with constant text and a params array converted from an integer.
PGresult* get_order(PGconn* conn, long order_id) {
  std::string id_text = std::to_string(order_id);
  const char* params[] = {id_text.c_str()};
  return PQexecParams(conn, "SELECT id, total FROM orders WHERE id = $1", 1, nullptr, params,
                      nullptr, nullptr, 0);
}

// PQprepare with constant text, then PQexecPrepared; the statement NAME (argument 1) is built.
PGresult* find_in_shard(PGconn* conn, int shard, const std::string& email) {
  std::string stmt_name = "find_user_" + std::to_string(shard);
  PGresult* prep = PQprepare(conn, stmt_name.c_str(), "SELECT id FROM users WHERE email = $1", 1,
                             nullptr);
  PQclear(prep);
  const char* params[] = {email.c_str()};
  return PQexecPrepared(conn, stmt_name.c_str(), 1, params, nullptr, nullptr, 0);
}

// PQsendQueryParams with constant text.
bool touch_async(PGconn* conn, const std::string& session_id) {
  const char* params[] = {session_id.c_str()};
  return PQsendQueryParams(conn, "UPDATE sessions SET seen_at = now() WHERE id = $1", 1, nullptr,
                           params, nullptr, nullptr, 0) == 1;
}

// libpqxx exec_params with the user value as an argument.
pqxx::result products_by_vendor(pqxx::work& tx, const std::string& vendor, int limit) {
  return tx.exec_params("SELECT id, title FROM products WHERE vendor = $1 LIMIT $2", vendor, limit);
}

// libpqxx prepared statement: constant definition, values at execution.
pqxx::result orders_of(pqxx::connection& conn, long customer_id) {
  conn.prepare("orders_of_customer", "SELECT id, total FROM orders WHERE customer_id = $1");
  pqxx::work tx{conn};
  pqxx::result r = tx.exec_prepared("orders_of_customer", customer_id);
  tx.commit();
  return r;
}

// MySQL prepared statement with a bound string parameter.
bool delete_token(MYSQL* conn, const std::string& token) {
  MYSQL_STMT* stmt = mysql_stmt_init(conn);
  const char* sql = "DELETE FROM tokens WHERE value = ?";
  if (mysql_stmt_prepare(stmt, sql, std::strlen(sql)) != 0) return false;
  MYSQL_BIND bind[1];
  std::memset(bind, 0, sizeof(bind));
  unsigned long len = token.size();
  bind[0].buffer_type = MYSQL_TYPE_STRING;
  bind[0].buffer = const_cast<char*>(token.data());
  bind[0].buffer_length = len;
  bind[0].length = &len;
  bool ok = mysql_stmt_bind_param(stmt, bind) == 0 && mysql_stmt_execute(stmt) == 0;
  mysql_stmt_close(stmt);
  return ok;
}

// ODBC SQLPrepare with a ? marker and SQLBindParameter.
SQLRETURN disable_account(SQLHSTMT stmt, SQLINTEGER account_id) {
  SQLRETURN rc = SQLPrepare(stmt, (SQLCHAR*)"UPDATE accounts SET disabled = 1 WHERE id = ?", SQL_NTS);
  if (!SQL_SUCCEEDED(rc)) return rc;
  SQLBindParameter(stmt, 1, SQL_PARAM_INPUT, SQL_C_SLONG, SQL_INTEGER, 0, 0, &account_id, 0,
                   nullptr);
  return SQLExecute(stmt);
}

}  // namespace secure
