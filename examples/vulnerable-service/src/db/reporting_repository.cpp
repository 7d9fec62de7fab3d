#include <fmt/core.h>
#include <libpq-fe.h>

#include <cstdio>
#include <stdexcept>
#include <string>

#include "service/db.hpp"

namespace service::db {
namespace {

// Renders a result as a JSON array of rows (values are numeric or pre-escaped by the warehouse).
std::string to_json(PGresult *result) {
  std::string json = "[";
  for (int row = 0; row < PQntuples(result); ++row) {
    json += row ? ",{" : "{";
    for (int col = 0; col < PQnfields(result); ++col) {
      json += fmt::format("{}\"{}\":\"{}\"", col ? "," : "", PQfname(result, col), PQgetvalue(result, row, col));
    }
    json += "}";
  }
  return json + "]";
}

std::string take_json(PGresult *result) {
  if (PQresultStatus(result) != PGRES_TUPLES_OK) {
    std::string message = PQresultErrorMessage(result);
    PQclear(result);
    throw std::runtime_error(message);
  }
  std::string json = to_json(result);
  PQclear(result);
  return json;
}

}  // namespace

std::string ReportingRepository::revenue_by_region(const std::string &region, const std::string &since) {
  char query[512];
  std::snprintf(query, sizeof query,
                "SELECT region, sum(total) AS revenue FROM orders_fact "
                "WHERE region = '%s' AND created_at >= '%s' GROUP BY region",
                region.c_str(), since.c_str());
  // BUG(CPP201): snprintf formats request values into the SQL buffer; `%s` quotes nothing,
  // so `eu'; DROP TABLE orders_fact; --` runs a second statement. Use PQexecParams.
  return take_json(PQexec(conn_, query));
}

std::string ReportingRepository::daily_totals(const std::string &day, int limit) {
  const std::string sql = fmt::format(
      "SELECT customer_id, sum(total) AS total FROM orders_fact WHERE created_at::date = '{}' "
      "GROUP BY customer_id ORDER BY total DESC LIMIT {}",
      day, limit);
  // BUG(CPP201): fmt::format is as unsafe as operator+: the day string is spliced into the SQL text.
  return take_json(PQexec(conn_, sql.c_str()));
}

// Correct: constant SQL text, the customer id is sent separately as $1.
std::string ReportingRepository::orders_for_customer(const std::string &customer_id) {
  const char *values[] = {customer_id.c_str()};
  return take_json(PQexecParams(conn_,
                                "SELECT id, status, total FROM orders_fact WHERE customer_id = $1 "
                                "ORDER BY created_at DESC LIMIT 50",
                                1, nullptr, values, nullptr, nullptr, 0));
}

// Correct: a constant query.
long ReportingRepository::count_orders() {
  PGresult *result = PQexec(conn_, "SELECT count(*) FROM orders_fact");
  long count = PQresultStatus(result) == PGRES_TUPLES_OK ? std::stol(PQgetvalue(result, 0, 0)) : -1;
  PQclear(result);
  return count;
}

// Not reported: the SQL text is the caller's parameter, passed through unchanged. (The callers in
// this service pass constants; tracking what callers pass is inter-procedural, see the README.)
bool ReportingRepository::run_statement(const std::string &sql) {
  PGresult *result = PQexec(conn_, sql.c_str());
  const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK || PQresultStatus(result) == PGRES_TUPLES_OK;
  PQclear(result);
  return ok;
}

}  // namespace service::db
