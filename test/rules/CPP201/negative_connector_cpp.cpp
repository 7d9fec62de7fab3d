// CPP201 negatives for MySQL Connector/C++ 1.1: constant SQL text, values bound with
// sql::PreparedStatement::set*, text passed through unchanged.
#include <cppconn/connection.h>
#include <cppconn/driver.h>
#include <cppconn/prepared_statement.h>
#include <cppconn/resultset.h>
#include <cppconn/statement.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace billing {

constexpr const char* kStagingTable = "invoices_staging";
#define SQL_INVOICE_BY_NUMBER "SELECT id, total FROM invoices WHERE number = ?"

// The connection URL is built from configuration, but it is not SQL text.
sql::Connection* open(const std::string& host, int port, const std::string& user, const std::string& password) {
  sql::Driver* driver = get_driver_instance();
  return driver->connect("tcp://" + host + ":" + std::to_string(port), user, password);
}

// Constant text with the request value bound by setString, executeQuery() without text.
std::int64_t id_of(sql::Connection& con, const std::string& invoice_no) {
  std::unique_ptr<sql::PreparedStatement> ps(con.prepareStatement("SELECT id FROM invoices WHERE number = ?"));
  ps->setString(1, invoice_no);
  std::unique_ptr<sql::ResultSet> rs(ps->executeQuery());
  return rs->next() ? rs->getInt64(1) : -1;
}

// A LIKE pattern built from user input, but bound with setString, not joined into the text.
std::vector<std::string> search_customers(sql::Connection& con, const std::string& term) {
  std::string pattern = "%" + term + "%";
  std::unique_ptr<sql::PreparedStatement> ps(con.prepareStatement("SELECT name FROM customers WHERE name LIKE ?"));
  ps->setString(1, pattern);
  std::unique_ptr<sql::ResultSet> rs(ps->executeQuery());
  std::vector<std::string> names;
  while (rs->next()) names.push_back(rs->getString(1));
  return names;
}

// LIMIT / OFFSET bound with setInt.
sql::ResultSet* page(sql::Connection& con, int limit, int offset) {
  std::unique_ptr<sql::PreparedStatement> ps(
      con.prepareStatement("SELECT id, total FROM invoices ORDER BY id LIMIT ? OFFSET ?"));
  ps->setInt(1, limit);
  ps->setInt(2, offset);
  return ps->executeQuery();
}

// Several bound values and executeUpdate() without text.
int record_payment(sql::Connection& con, std::int64_t invoice_id, double amount, const std::string& method) {
  std::unique_ptr<sql::PreparedStatement> ps(
      con.prepareStatement("INSERT INTO payments (invoice_id, amount, method) VALUES (?, ?, ?)"));
  ps->setInt64(1, invoice_id);
  ps->setDouble(2, amount);
  ps->setString(3, method);
  return ps->executeUpdate();
}

// Literal DDL through a plain Statement.
void create_schema(sql::Connection& con) {
  std::unique_ptr<sql::Statement> stmt(con.createStatement());
  stmt->execute("CREATE TABLE IF NOT EXISTS invoices (id BIGINT PRIMARY KEY, number VARCHAR(32), total DOUBLE)");
  stmt->executeUpdate("DELETE FROM invoices_staging");
}

// Text joined only from literals and a constexpr table name.
int clear_staging(sql::Connection& con) {
  std::unique_ptr<sql::Statement> stmt(con.createStatement());
  return stmt->executeUpdate(std::string("DELETE FROM ") + kStagingTable);
}

// ORDER BY direction chosen from two constants, never from the request text.
sql::ResultSet* newest_first(sql::Connection& con, bool descending) {
  std::string query = "SELECT id, total FROM invoices ORDER BY created_at ";
  query += descending ? "DESC" : "ASC";
  std::unique_ptr<sql::Statement> stmt(con.createStatement());
  return stmt->executeQuery(query);
}

// A #define literal and a constant sql::SQLString.
std::int64_t total_of(sql::Connection& con, const std::string& invoice_no) {
  const sql::SQLString count_sql("SELECT COUNT(*) FROM invoices");
  std::unique_ptr<sql::Statement> stmt(con.createStatement());
  std::unique_ptr<sql::ResultSet> count(stmt->executeQuery(count_sql));
  std::unique_ptr<sql::PreparedStatement> ps(con.prepareStatement(SQL_INVOICE_BY_NUMBER));
  ps->setString(1, invoice_no);
  std::unique_ptr<sql::ResultSet> rs(ps->executeQuery());
  return rs->next() ? rs->getInt64(2) : 0;
}

// A wrapper whose SQL text is its parameter, passed straight to execute (not built here).
bool run_statement(sql::Connection& con, const std::string& text) {
  std::unique_ptr<sql::Statement> stmt(con.createStatement());
  return stmt->execute(text);
}

// A migration runner: each query comes from the caller's list, unchanged.
void migrate(sql::Connection& con, const std::vector<std::string>& statements) {
  std::unique_ptr<sql::Statement> stmt(con.createStatement());
  for (const std::string& statement : statements) stmt->execute(statement);
}

// The wrapper called with constant text only.
bool disable_triggers(sql::Connection& con) {
  return run_statement(con, "SET @disable_triggers = 1");
}

}  // namespace billing
