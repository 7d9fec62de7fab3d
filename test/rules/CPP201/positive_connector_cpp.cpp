// CPP201 positives: SQL text built at run time and handed to MySQL Connector/C++ 1.1
// (sql::Statement::execute/executeQuery/executeUpdate, sql::Connection::prepareStatement).
#include <cppconn/connection.h>
#include <cppconn/driver.h>
#include <cppconn/prepared_statement.h>
#include <cppconn/resultset.h>
#include <cppconn/statement.h>

#include <cstdint>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace billing {

struct InvoiceFilter {
  std::string status;
  std::string sort_column;
};

// A helper of this file that returns built text: the customer name between quotes.
std::string where_clause(const std::string& name) {
  return "WHERE name = '" + name + "'";
}

// A helper of this file that runs whatever SQL it is given.
bool run_statement(sql::Connection& con, const std::string& text) {
  std::unique_ptr<sql::Statement> stmt(con.createStatement());
  return stmt->execute(text);
}

class InvoiceRepository {
 public:
  explicit InvoiceRepository(sql::Connection* con) : con_(con) {}

  // executeQuery with a customer e-mail from the request joined in with operator+.
  std::vector<std::int64_t> ids_for_customer(const std::string& email) {
    std::unique_ptr<sql::Statement> stmt(con_->createStatement());
    std::unique_ptr<sql::ResultSet> rs(
        stmt->executeQuery("SELECT id FROM invoices WHERE customer_email = '" + email + "'"));  // expect: CPP201
    std::vector<std::int64_t> ids;
    while (rs->next()) ids.push_back(rs->getInt64(1));
    return ids;
  }

  // executeUpdate with a text assembled in an ostringstream from two request fields.
  int set_status(const std::string& invoice_no, const std::string& status) {
    std::ostringstream query;
    query << "UPDATE invoices SET status = '" << status << "' WHERE number = '" << invoice_no << "'";
    std::unique_ptr<sql::Statement> stmt(con_->createStatement());
    return stmt->executeUpdate(query.str());  // expect: CPP201
  }

  // execute() with a filter struct: WHERE from one field, ORDER BY from another, call over lines.
  bool list(const InvoiceFilter& filter) {
    std::string query = "SELECT id, total FROM invoices";
    if (!filter.status.empty()) query += " WHERE status = '" + filter.status + "'";
    query.append(" ORDER BY ").append(filter.sort_column);
    std::unique_ptr<sql::Statement> stmt(con_->createStatement());
    return stmt->execute(
        query);  // expect: CPP201
  }

  // prepareStatement whose text embeds a per-tenant table name; binding the id does not help.
  std::int64_t total_of(const std::string& tenant, std::int64_t invoice_id) {
    std::string query = "SELECT total FROM invoices_" + tenant + " WHERE id = ?";
    std::unique_ptr<sql::PreparedStatement> ps(con_->prepareStatement(query));  // expect: CPP201
    ps->setInt64(1, invoice_id);
    std::unique_ptr<sql::ResultSet> rs(ps->executeQuery());
    return rs->next() ? rs->getInt64(1) : 0;
  }

  // The WHERE clause comes from where_clause(), which builds it: reported at the argument.
  bool customer_exists(const std::string& name) {
    std::unique_ptr<sql::Statement> stmt(con_->createStatement());
    std::unique_ptr<sql::ResultSet> rs(stmt->executeQuery("SELECT id FROM customers " + where_clause(name)));  // expect: CPP201
    return rs->next();
  }

  // Only a number joined in with std::to_string: still reported, at medium confidence.
  int delete_invoice(std::int64_t invoice_id) {
    std::unique_ptr<sql::Statement> stmt(con_->createStatement());
    return stmt->executeUpdate("DELETE FROM invoices WHERE id = " + std::to_string(invoice_id));  // expect: CPP201(low)
  }

  // Integers streamed into an ostringstream for LIMIT / OFFSET, then prepared: medium.
  sql::PreparedStatement* page(int limit, int offset) {
    std::ostringstream query;
    query << "SELECT id, total FROM invoices ORDER BY id LIMIT " << limit << " OFFSET " << offset;
    return con_->prepareStatement(query.str());  // expect: CPP201(low)
  }

  // Text built as a sql::SQLString with += from a request value.
  int archive_year(const std::string& year) {
    sql::SQLString query("INSERT INTO invoices_archive SELECT * FROM invoices WHERE fiscal_year = ");
    query += year;
    std::unique_ptr<sql::Statement> stmt(con_->createStatement());
    return stmt->executeUpdate(query);  // expect: CPP201
  }

  // A column name read from one result set (a sql::SQLString) joined into the next query.
  bool export_custom_field(std::int64_t field_id) {
    std::unique_ptr<sql::PreparedStatement> ps(
        con_->prepareStatement("SELECT column_name FROM custom_fields WHERE id = ?"));
    ps->setInt64(1, field_id);
    std::unique_ptr<sql::ResultSet> rs(ps->executeQuery());
    if (!rs->next()) return false;
    sql::SQLString column = rs->getString(1);
    std::unique_ptr<sql::Statement> stmt(con_->createStatement());
    return stmt->execute(sql::SQLString("SELECT id, ") + column + " FROM invoices");  // expect: CPP201
  }

  // Built text handed to run_statement(), which executes it: reported at the built argument.
  bool void_invoice(const std::string& invoice_no) {
    return run_statement(*con_, "UPDATE invoices SET voided = 1 WHERE number = '" + invoice_no + "'");  // expect: CPP201
  }

  // Near miss: constant text, the request value bound with setString.
  std::int64_t id_of(const std::string& invoice_no) {
    std::unique_ptr<sql::PreparedStatement> ps(con_->prepareStatement("SELECT id FROM invoices WHERE number = ?"));
    ps->setString(1, invoice_no);
    std::unique_ptr<sql::ResultSet> rs(ps->executeQuery());
    return rs->next() ? rs->getInt64(1) : -1;
  }

 private:
  sql::Connection* con_;
};

}  // namespace billing
