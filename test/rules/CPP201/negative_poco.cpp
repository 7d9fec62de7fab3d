// CPP201 negatives for Poco::Data: constant SQL text, values bound with use()/bind(),
// text passed through unchanged.
#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/Session.h>
#include <Poco/Data/Statement.h>

#include <string>
#include <vector>

namespace shop {

using namespace Poco::Data::Keywords;

constexpr const char* kProducts = "products";
#define SQL_PRODUCT_TITLE "SELECT title FROM products WHERE id = ?"

// The connection string is built from configuration, but it is not SQL text.
Poco::Data::Session open_catalog(const std::string& data_dir) {
  Poco::Data::SQLite::Connector::registerConnector();
  return Poco::Data::Session("SQLite", data_dir + "/catalog.db");
}

// Constant text with the request value bound by use().
int stock_of(Poco::Data::Session& session, std::string sku) {
  int stock = 0;
  session << "SELECT stock FROM products WHERE sku = ?", into(stock), use(sku), now;
  return stock;
}

// A LIKE pattern built from user input, but bound with use(), not joined into the text.
std::vector<std::string> search(Poco::Data::Session& session, const std::string& term) {
  std::string pattern = "%" + term + "%";
  std::vector<std::string> skus;
  session << "SELECT sku FROM products WHERE title LIKE ?", into(skus), use(pattern), now;
  return skus;
}

// A built audit message bound by value with bind().
void audit(Poco::Data::Session& session, const std::string& user, const std::string& action) {
  session << "INSERT INTO audit_log (message) VALUES (?)", bind(user + " did " + action), now;
}

// LIMIT / OFFSET bound as integers.
std::vector<std::string> page(Poco::Data::Session& session, int limit, int offset) {
  std::vector<std::string> skus;
  session << "SELECT sku FROM products ORDER BY id LIMIT ? OFFSET ?", into(skus), use(limit), use(offset), now;
  return skus;
}

// Pieces streamed into the session are literals and a constexpr table name only.
std::string title_of(Poco::Data::Session& session, long id) {
  std::string title;
  session << "SELECT title FROM " << kProducts << " WHERE id = ?", into(title), use(id), now;
  return title;
}

// A Statement over a session with constant pieces, iterated in ranges of 100 rows.
std::vector<std::string> all_skus(Poco::Data::Session& session, std::string category) {
  std::vector<std::string> chunk, out;
  Poco::Data::Statement select(session);
  select << "SELECT sku FROM products "
         << "WHERE category = ?",
      into(chunk), use(category), range(0, 100);
  while (!select.done()) {
    select.execute();
    out.insert(out.end(), chunk.begin(), chunk.end());
  }
  return out;
}

// ORDER BY direction streamed from a choice between two constants.
std::vector<std::string> newest(Poco::Data::Session& session, bool descending) {
  std::vector<std::string> skus;
  session << "SELECT sku FROM products ORDER BY created_at " << (descending ? "DESC" : "ASC"), into(skus), now;
  return skus;
}

// A #define literal as the whole text.
std::string title_by_id(Poco::Data::Session& session, long id) {
  std::string title;
  session << SQL_PRODUCT_TITLE, into(title), use(id), now;
  return title;
}

// A wrapper whose SQL text is its parameter, streamed unchanged (not built here).
void run(Poco::Data::Session& session, const std::string& sql) {
  session << sql, now;
}

// A Statement whose whole text is the caller's query, streamed unchanged (not built here).
std::size_t run_statement(Poco::Data::Session& session, const std::string& sql) {
  Poco::Data::Statement statement(session);
  statement << sql;
  return statement.execute();
}

// The wrapper called with constant text only.
void analyze(Poco::Data::Session& session) {
  run(session, "ANALYZE");
}

}  // namespace shop
