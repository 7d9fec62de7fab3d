// The storage layer: SQLite for the service's own data, PostgreSQL (libpq) for reporting.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;
struct pg_conn;

namespace service::db {

struct User {
  std::int64_t id = 0;
  std::string name;
  std::string email;
};

struct Order {
  std::int64_t id = 0;
  std::int64_t user_id = 0;
  std::string status;
  double total = 0;
};

class UserRepository {
 public:
  explicit UserRepository(sqlite3 *db) : db_(db) {}
  std::optional<User> find_by_id(std::int64_t id);
  std::optional<User> find_by_name(const std::string &name);
  std::vector<User> search(const std::string &name, const std::string &email_domain);
  std::optional<std::string> password_hash(const std::string &name);
  void save_session(std::int64_t user_id, const std::string &session_token);
  void save_reset_token(std::int64_t user_id, const std::string &reset_token);

 private:
  sqlite3 *db_;
};

class OrderRepository {
 public:
  explicit OrderRepository(sqlite3 *db) : db_(db) {}
  std::vector<Order> list_for_user(std::int64_t user_id, const std::string &status, const std::string &sort_by);
  void cancel(std::int64_t order_id);

 private:
  sqlite3 *db_;
};

// Read-only reports over the PostgreSQL warehouse.
class ReportingRepository {
 public:
  explicit ReportingRepository(pg_conn *conn) : conn_(conn) {}
  std::string revenue_by_region(const std::string &region, const std::string &since);
  std::string daily_totals(const std::string &day, int limit);
  std::string orders_for_customer(const std::string &customer_id);
  long count_orders();
  bool run_statement(const std::string &sql);  // executes trusted, caller-supplied SQL as is

 private:
  pg_conn *conn_;
};

// Milliseconds to wait before retrying a failed database call.
int retry_delay_ms(int attempt);

}  // namespace service::db
