// CPP201 with Drogon's ORM client and nanodbc. Neither library is packaged for Debian 12, so
// this file declares the slices of their APIs it uses, with the real names and signatures.
#include <functional>
#include <memory>
#include <string>

namespace drogon::orm {
class Result {};
class DrogonDbException {};
class DbClient {
 public:
  template <typename... Arguments>
  Result execSqlSync(const std::string& sql, Arguments&&... args) noexcept(false);
  template <typename FUNCTION1, typename FUNCTION2, typename... Arguments>
  void execSqlAsync(const std::string& sql, FUNCTION1&& rCallback, FUNCTION2&& exceptCallback, Arguments&&... args) noexcept {}
};
using DbClientPtr = std::shared_ptr<DbClient>;
}  // namespace drogon::orm

namespace nanodbc {
class connection {};
class result {};
result execute(connection& conn, const std::string& query, long batch_operations = 1, long timeout = 0);
void just_execute(connection& conn, const std::string& query, long batch_operations = 1, long timeout = 0);
class statement {
 public:
  statement(connection& conn, const std::string& query, long timeout = 0);
  void prepare(const std::string& query, long timeout = 0);
  result execute(long batch_operations = 1, long timeout = 0);
};
}  // namespace nanodbc

namespace accounts {

drogon::orm::Result find_user(const drogon::orm::DbClientPtr& db, const std::string& email) {
  return db->execSqlSync("SELECT * FROM users WHERE email = '" + email + "'");  // expect: CPP201(high)
}

void delete_sessions(const drogon::orm::DbClientPtr& db, const std::string& user) {
  const std::string sql = "DELETE FROM sessions WHERE user_name = '" + user + "'";
  db->execSqlAsync(sql, [](const drogon::orm::Result&) {}, [](const drogon::orm::DrogonDbException&) {});  // expect: CPP201(high)
}

// Correct: placeholders with bound values.
drogon::orm::Result find_user_safe(const drogon::orm::DbClientPtr& db, const std::string& email) {
  return db->execSqlSync("SELECT * FROM users WHERE email = $1", email);
}

nanodbc::result report(nanodbc::connection& conn, const std::string& region) {
  return nanodbc::execute(conn, "SELECT * FROM sales WHERE region = '" + region + "'");  // expect: CPP201(high)
}

void drop_temp(nanodbc::connection& conn, const std::string& table) {
  nanodbc::just_execute(conn, "DROP TABLE " + table);  // expect: CPP201(high)
}

nanodbc::result by_customer(nanodbc::connection& conn, const std::string& customer) {
  nanodbc::statement stmt(conn, "SELECT * FROM orders WHERE customer = '" + customer + "'");  // expect: CPP201(high)
  return stmt.execute();
}

void prepare_lookup(nanodbc::statement& stmt, const std::string& column) {
  stmt.prepare("SELECT " + column + " FROM products");  // expect: CPP201(high)
}

// Correct: constant text.
nanodbc::result count_orders(nanodbc::connection& conn) {
  return nanodbc::execute(conn, "SELECT COUNT(*) FROM orders");
}

}  // namespace accounts
