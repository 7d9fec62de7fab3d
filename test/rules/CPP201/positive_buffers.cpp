// CPP201 positives: SQL text written into fixed char buffers (snprintf, sprintf, strcat, strncat).
#include <libpq-fe.h>
#include <mysql.h>
#include <sqlite3.h>

#include <cstdio>
#include <cstring>

namespace legacy {

// snprintf with %s from a request value into `char sql[512]`, then sqlite3_exec.
int delete_user(sqlite3* db, const char* username) {
  char sql[512];
  std::snprintf(sql, sizeof(sql), "DELETE FROM users WHERE username = '%s'", username);
  return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);  // expect: CPP201
}

// sprintf with %d from an integer id (numeric parts count too).
int ban_user(MYSQL* conn, int user_id) {
  char sql[256];
  std::sprintf(sql, "UPDATE users SET banned = 1 WHERE id = %d", user_id);
  return mysql_query(conn, sql);  // expect: CPP201
}

// strcat chain gluing a parameter between two literals.
PGresult* find_device(PGconn* conn, const char* serial) {
  char sql[256] = "SELECT id, owner FROM devices WHERE serial = '";
  std::strcat(sql, serial);
  std::strcat(sql, "'");
  return PQexec(conn, sql);  // expect: CPP201
}

// strncat with a bounded length is still a built query.
int set_theme(MYSQL* conn, const char* theme) {
  char sql[200] = "UPDATE settings SET theme = '";
  std::strncat(sql, theme, sizeof(sql) - std::strlen(sql) - 3);
  std::strncat(sql, "'", 1);
  return mysql_real_query(conn, sql, std::strlen(sql));  // expect: CPP201
}

// snprintf with LIMIT/OFFSET integers, formatted over several lines, prepared on another line.
sqlite3_stmt* audit_page(sqlite3* db, int page, int per_page) {
  char sql[512];
  std::snprintf(sql, sizeof sql,
                "SELECT at, actor, action FROM audit_log ORDER BY at DESC LIMIT %d OFFSET %d",
                per_page, page * per_page);
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(db,
                     sql,  // expect: CPP201
                     -1, &stmt, nullptr);
  return stmt;
}

// Unqualified snprintf (C library style) with a table name coming from a struct field.
struct ShardConfig {
  char table[64];
  int shard_id;
};
PGresult* purge_shard(PGconn* conn, const ShardConfig* cfg) {
  char sql[512];
  snprintf(sql, sizeof(sql), "DELETE FROM %s WHERE shard_id = %d", cfg->table, cfg->shard_id);
  return PQexec(conn, sql);  // expect: CPP201
}

}  // namespace legacy
