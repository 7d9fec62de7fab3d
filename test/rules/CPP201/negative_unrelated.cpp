// CPP201 negatives: strings built from request values that never reach an SQL argument.
#include <libpq-fe.h>
#include <pqxx/pqxx>
#include <sqlite3.h>

#include <cstdio>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>

namespace web {

void log_info(const std::string& message);
std::string http_get(const std::string& url);

// A log message concatenated from the user name; the query itself is a literal.
int delete_inactive(sqlite3* db, const std::string& requested_by) {
  std::string msg = "purge of inactive users requested by " + requested_by;
  log_info(msg);
  return sqlite3_exec(db, "DELETE FROM users WHERE last_login < date('now', '-1 year')", nullptr,
                      nullptr, nullptr);
}

// An exception message built from the id after a constant, parameterised query.
pqxx::row load_user(pqxx::work& tx, long id) {
  pqxx::result r = tx.exec_params("SELECT id, name FROM users WHERE id = $1", id);
  if (r.empty()) throw std::runtime_error("user " + std::to_string(id) + " not found");
  return r[0];
}

// A cache key built from the id, used only for the map lookup.
std::string cached_name(std::map<std::string, std::string>& cache, long id) {
  std::string key = "user:" + std::to_string(id) + ":name";
  auto it = cache.find(key);
  return it == cache.end() ? std::string() : it->second;
}

// A built SQL string that is only printed (debug dump), never executed.
void explain_filter(const std::string& column, const std::string& value) {
  std::string sql = "SELECT * FROM items WHERE " + column + " = '" + value + "'";
  std::fprintf(stderr, "would run: %s\n", sql.c_str());
}

// A URL built with a stream and sent to an HTTP helper, next to a constant query.
std::string sync_profile(PGconn* conn, const std::string& user_id) {
  std::ostringstream url;
  url << "https://profiles.internal/api/v1/users/" << user_id;
  std::string body = http_get(url.str());
  PGresult* res = PQexec(conn, "UPDATE sync_state SET last_run = now()");
  PQclear(res);
  return body;
}

// A built string passed to a sink, but as the callback context pointer (argument 3 of
// sqlite3_exec), not as the SQL text.
int count_with_context(sqlite3* db, const std::string& tag) {
  std::string context = "count for tag " + tag;
  return sqlite3_exec(db, "SELECT count(*) FROM tags", nullptr, &context, nullptr);
}

}  // namespace web
