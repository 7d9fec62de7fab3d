#include <sqlite3.h>

#include <algorithm>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>

#include "service/db.hpp"

namespace service::db {
namespace {

std::string column_text(sqlite3_stmt *stmt, int column) {
  const unsigned char *text = sqlite3_column_text(stmt, column);
  return text ? reinterpret_cast<const char *>(text) : "";
}

User read_user(sqlite3_stmt *stmt) {
  return {sqlite3_column_int64(stmt, 0), column_text(stmt, 1), column_text(stmt, 2)};
}

int collect_user(void *out, int, char **values, char **) {
  auto *users = static_cast<std::vector<User> *>(out);
  users->push_back({std::stoll(values[0]), values[1] ? values[1] : "", values[2] ? values[2] : ""});
  return 0;
}

void check(int rc, sqlite3 *db) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) throw std::runtime_error(sqlite3_errmsg(db));
}

}  // namespace

// Correct: constant SQL text, the id travels as a bound parameter.
std::optional<User> UserRepository::find_by_id(std::int64_t id) {
  sqlite3_stmt *stmt = nullptr;
  check(sqlite3_prepare_v2(db_, "SELECT id, name, email FROM users WHERE id = ?1", -1, &stmt, nullptr), db_);
  sqlite3_bind_int64(stmt, 1, id);
  std::optional<User> user;
  if (sqlite3_step(stmt) == SQLITE_ROW) user = read_user(stmt);
  sqlite3_finalize(stmt);
  return user;
}

std::optional<User> UserRepository::find_by_name(const std::string &name) {
  const std::string sql = "SELECT id, name, email FROM users WHERE name = '" + name + "'";
  sqlite3_stmt *stmt = nullptr;
  // BUG(CPP201): the user name is concatenated into the SQL text with operator+;
  // a name such as `x' OR '1'='1` returns the first user. Bind it with ?1 instead.
  check(sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr), db_);
  std::optional<User> user;
  if (sqlite3_step(stmt) == SQLITE_ROW) user = read_user(stmt);
  sqlite3_finalize(stmt);
  return user;
}

std::vector<User> UserRepository::search(const std::string &name, const std::string &email_domain) {
  std::string sql = "SELECT id, name, email FROM users WHERE 1 = 1";
  if (!name.empty()) sql += " AND name LIKE '%" + name + "%'";
  if (!email_domain.empty()) sql += " AND email LIKE '%@" + email_domain + "'";
  sql += " ORDER BY name LIMIT 100";
  std::vector<User> users;
  char *error = nullptr;
  // BUG(CPP201): optional filters appended with += carry request text into the query;
  // `' UNION SELECT id, password_hash, email FROM users --` dumps every hash.
  if (sqlite3_exec(db_, sql.c_str(), collect_user, &users, &error) != SQLITE_OK) {
    std::string message = error ? error : "sqlite3_exec failed";
    sqlite3_free(error);
    throw std::runtime_error(message);
  }
  return users;
}

// Correct: constant query, bound parameter.
std::optional<std::string> UserRepository::password_hash(const std::string &name) {
  sqlite3_stmt *stmt = nullptr;
  check(sqlite3_prepare_v2(db_, "SELECT password_hash FROM users WHERE name = ?1", -1, &stmt, nullptr), db_);
  sqlite3_bind_text(stmt, 1, name.c_str(), -1, SQLITE_TRANSIENT);
  std::optional<std::string> hash;
  if (sqlite3_step(stmt) == SQLITE_ROW) hash = column_text(stmt, 0);
  sqlite3_finalize(stmt);
  return hash;
}

// Correct: constant query, bound parameters.
void UserRepository::save_session(std::int64_t user_id, const std::string &session_token) {
  sqlite3_stmt *stmt = nullptr;
  check(sqlite3_prepare_v2(db_,
                           "INSERT INTO sessions (user_id, token, created_at) VALUES (?1, ?2, strftime('%s', 'now'))",
                           -1, &stmt, nullptr),
        db_);
  sqlite3_bind_int64(stmt, 1, user_id);
  sqlite3_bind_text(stmt, 2, session_token.c_str(), -1, SQLITE_TRANSIENT);
  check(sqlite3_step(stmt), db_);
  sqlite3_finalize(stmt);
}

// Correct: constant query, bound parameters.
void UserRepository::save_reset_token(std::int64_t user_id, const std::string &reset_token) {
  sqlite3_stmt *stmt = nullptr;
  check(sqlite3_prepare_v2(db_, "INSERT INTO password_resets (user_id, token) VALUES (?1, ?2)", -1, &stmt, nullptr),
        db_);
  sqlite3_bind_int64(stmt, 1, user_id);
  sqlite3_bind_text(stmt, 2, reset_token.c_str(), -1, SQLITE_TRANSIENT);
  check(sqlite3_step(stmt), db_);
  sqlite3_finalize(stmt);
}

std::vector<Order> OrderRepository::list_for_user(std::int64_t user_id, const std::string &status,
                                                  const std::string &sort_by) {
  std::ostringstream sql;
  sql << "SELECT id, user_id, status, total FROM orders WHERE user_id = " << user_id;
  if (!status.empty()) sql << " AND status = '" << status << "'";
  sql << " ORDER BY " << (sort_by.empty() ? "id" : sort_by);
  const std::string text = sql.str();
  sqlite3_stmt *stmt = nullptr;
  // BUG(CPP201): status and the sort column come from the query string and are streamed
  // into the SQL with std::ostringstream. Bind the status; map sort_by onto a fixed list of columns.
  check(sqlite3_prepare_v2(db_, text.c_str(), static_cast<int>(text.size()), &stmt, nullptr), db_);
  std::vector<Order> orders;
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    orders.push_back({sqlite3_column_int64(stmt, 0), sqlite3_column_int64(stmt, 1), column_text(stmt, 2),
                      sqlite3_column_double(stmt, 3)});
  }
  sqlite3_finalize(stmt);
  return orders;
}

// Correct: constant query, bound parameter.
void OrderRepository::cancel(std::int64_t order_id) {
  sqlite3_stmt *stmt = nullptr;
  check(sqlite3_prepare_v2(db_, "UPDATE orders SET status = 'cancelled' WHERE id = ?1", -1, &stmt, nullptr), db_);
  sqlite3_bind_int64(stmt, 1, order_id);
  check(sqlite3_step(stmt), db_);
  sqlite3_finalize(stmt);
}

// Not a security use of randomness: jitter spreads retries out. CPP404 reports it only with
// low confidence (no security-sensitive name involved), which is hidden by default.
int retry_delay_ms(int attempt) {
  static std::mt19937 engine{std::random_device{}()};
  std::uniform_int_distribution<int> jitter(0, 50);
  return (100 << std::min(attempt, 5)) + jitter(engine);
}

}  // namespace service::db
