// CPP201: SQL text built in one method, kept in a field, and run by another method of the
// same class (also when the constructor builds it).
#include <sqlite3.h>

#include <string>

namespace reports {

class OrderReport {
 public:
  OrderReport(sqlite3* db, const std::string& region)
      : db_(db), where_(" WHERE region = '" + region + "'") {}

  void filter_by_user(const std::string& user) { query_ = "SELECT * FROM orders WHERE user = '" + user + "'"; }

  void run() {
    sqlite3_exec(db_, query_.c_str(), nullptr, nullptr, nullptr);  // expect: CPP201(high)
  }

  void totals() {
    const std::string sql = "SELECT SUM(total) FROM orders" + where_;
    sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr);  // expect: CPP201(high)
  }

  // Replaced by constant text here before it runs: nothing built reaches the sink.
  void run_default() {
    query_ = "SELECT * FROM orders";
    sqlite3_exec(db_, query_.c_str(), nullptr, nullptr, nullptr);
  }

  void set_page(int page) { page_ = " LIMIT 50 OFFSET " + std::to_string(page * 50); }

  // A number stored by another method: low.
  void run_page() {
    const std::string sql = "SELECT * FROM orders" + page_;
    sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr);  // expect: CPP201(low)
  }

 private:
  sqlite3* db_;
  std::string where_;
  std::string query_;
  std::string page_;
};

// Every method stores constant text: quiet.
class StatusQuery {
 public:
  explicit StatusQuery(sqlite3* db) : db_(db), sql_("SELECT status FROM health") {}
  void use_detailed() { sql_ = "SELECT status, detail FROM health"; }
  void run() { sqlite3_exec(db_, sql_.c_str(), nullptr, nullptr, nullptr); }

 private:
  sqlite3* db_;
  std::string sql_;
};

}  // namespace reports
