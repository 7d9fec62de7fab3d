// CPP201 positives: SQL text built at run time and handed to libpq.
#include <libpq-fe.h>

#include <string>
#include <vector>

namespace billing {

struct Filter {
  std::string column;
  std::string value;
};

// Search handler: the search term from the request goes into an ILIKE pattern inside the text.
PGresult* search_customers(PGconn* conn, const std::string& term) {
  std::string sql = "SELECT id, name FROM customers WHERE name ILIKE '%" + term + "%'";
  return PQexec(conn, sql.c_str());  // expect: CPP201
}

// Asynchronous delete of an invoice by numeric id.
bool cancel_invoice_async(PGconn* conn, long invoice_id) {
  std::string sql = "DELETE FROM invoices WHERE id = " + std::to_string(invoice_id);
  return PQsendQuery(conn, sql.c_str()) == 1;  // expect: CPP201
}

// Values are bound, but the table name is concatenated into the text of PQexecParams.
PGresult* get_row(PGconn* conn, const std::string& table, const std::string& id) {
  std::string sql = "SELECT * FROM " + table + " WHERE id = $1";
  const char* params[] = {id.c_str()};
  return PQexecParams(conn,
                      sql.c_str(),  // expect: CPP201
                      1, nullptr, params, nullptr, nullptr, 0);
}

// Helper that builds the WHERE clause from filters with .append(), then prepares it.
bool prepare_report(PGconn* conn, const std::vector<Filter>& filters) {
  std::string sql = "SELECT * FROM payments WHERE 1 = 1";
  for (const Filter& f : filters) {
    sql.append(" AND ").append(f.column).append(" = '").append(f.value).append("'");
  }
  PGresult* res = PQprepare(conn,
                            "payments_report",
                            sql.c_str(),  // expect: CPP201
                            0, nullptr);
  bool ok = PQresultStatus(res) == PGRES_COMMAND_OK;
  PQclear(res);
  return ok;
}

// ORDER BY column from the request, sent with PQsendQueryParams (the text is still built).
bool list_accounts_async(PGconn* conn, const std::string& order_by, const std::string& owner) {
  std::string sql = "SELECT id, balance FROM accounts WHERE owner = $1 ORDER BY " + order_by;
  const char* params[] = {owner.c_str()};
  return PQsendQueryParams(conn, sql.c_str(), 1, nullptr, params, nullptr, nullptr, 0) == 1;  // expect: CPP201
}

class LedgerStore {
 public:
  explicit LedgerStore(PGconn* conn, std::string schema) : conn_(conn), schema_(std::move(schema)) {}

  // Schema name from a member concatenated into a statement prepared asynchronously.
  bool prepare_balance_query() {
    std::string sql = "SELECT sum(amount) FROM " + schema_ + ".ledger WHERE account_id = $1";
    return PQsendPrepare(conn_, "balance", sql.c_str(), 1, nullptr) == 1;  // expect: CPP201
  }

  // Concatenation written directly inside the sink argument.
  PGresult* history(const std::string& account_id) {
    return PQexec(conn_, ("SELECT * FROM " + schema_ + ".ledger WHERE account_id = '" +  // expect: CPP201
                          account_id + "'")
                             .c_str());
  }

 private:
  PGconn* conn_;
  std::string schema_;
};

}  // namespace billing
