// CPP201 positives: SQL text built with fmt::format, absl::StrCat/StrAppend/Substitute and streams.
#include <absl/strings/str_cat.h>
#include <absl/strings/substitute.h>
#include <fmt/format.h>
#include <libpq-fe.h>
#include <mysql.h>
#include <pqxx/pqxx>
#include <sqlite3.h>

#include <sstream>
#include <string>
#include <vector>

namespace api {

// fmt::format with a constant format string but a request value as argument.
pqxx::result find_orders_by_coupon(pqxx::work& tx, const std::string& coupon) {
  std::string sql = fmt::format("SELECT id, total FROM orders WHERE coupon = '{}'", coupon);
  return tx.exec(sql);  // expect: CPP201
}

// fmt::format building ORDER BY column and direction from the sort parameters.
sqlite3_stmt* list_tickets(sqlite3* db, const std::string& sort, const std::string& dir) {
  std::string sql = fmt::format("SELECT id, title FROM tickets ORDER BY {} {}", sort, dir);
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr);  // expect: CPP201
  return stmt;
}

// absl::StrCat with an integer tenant id and a user-supplied status.
PGresult* tenant_jobs(PGconn* conn, int tenant_id, const std::string& status) {
  std::string sql = absl::StrCat("SELECT id FROM jobs WHERE tenant_id = ", tenant_id,
                                 " AND status = '", status, "'");
  return PQexec(conn, sql.c_str());  // expect: CPP201
}

// absl::StrAppend in a loop adding one condition per tag.
int delete_tagged(MYSQL* conn, const std::vector<std::string>& tags) {
  std::string sql = "DELETE FROM posts WHERE 0 = 1";
  for (const std::string& tag : tags) {
    absl::StrAppend(&sql, " OR tag = '", tag, "'");
  }
  return mysql_query(conn, sql.c_str());  // expect: CPP201
}

class MetricsStore {
 public:
  MetricsStore(sqlite3* db, std::string table) : db_(db), table_(std::move(table)) {}

  // absl::Substitute with the member table name and a numeric retention window.
  void expire(int days) {
    std::string sql =
        absl::Substitute("DELETE FROM $0 WHERE ts < strftime('%s','now') - $1 * 86400", table_, days);
    sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr);  // expect: CPP201
  }

  // std::stringstream with the metric name from the request, .str() inline in the sink call.
  void reset(const std::string& metric) {
    std::stringstream ss;
    ss << "UPDATE " << table_ << " SET value = 0 WHERE name = '" << metric << "'";
    sqlite3_exec(db_, ss.str().c_str(), nullptr, nullptr, nullptr);  // expect: CPP201
  }

 private:
  sqlite3* db_;
  std::string table_;
};

// Near miss: fmt::format of constants only (constexpr column name).
constexpr const char* kColumn = "total";
pqxx::result totals(pqxx::work& tx) {
  return tx.exec(fmt::format("SELECT {} FROM orders", kColumn));
}

}  // namespace api
