// CPP201 positives: SQL text built at run time and handed to Poco::Data
// (`session << text, ...` and the pieces streamed into a Poco::Data::Statement).
#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/Session.h>
#include <Poco/Data/Statement.h>
#include <Poco/Format.h>

#include <sstream>
#include <string>
#include <vector>

namespace shop {

using namespace Poco::Data::Keywords;

// A helper of this file that returns built text: the category between quotes.
std::string category_filter(const std::string& category) {
  return "WHERE category = '" + category + "'";
}

class ProductRepository {
 public:
  explicit ProductRepository(Poco::Data::Session& session) : session_(session) {}

  // A request value joined into the first operand with operator+: reported at that operand.
  int stock_of(const std::string& sku) {
    int stock = 0;
    session_ << "SELECT stock FROM products WHERE sku = '" + sku + "'", into(stock), now;  // expect: CPP201
    return stock;
  }

  // A request value streamed as a further piece of the text: reported at the piece `title`.
  std::vector<std::string> search(const std::string& title) {
    std::vector<std::string> skus;
    session_ << "SELECT sku FROM products WHERE title LIKE '%" << title << "%'", into(skus), now;  // expect: CPP201
    return skus;
  }

  // A Statement over a session, ORDER BY column streamed from the client, over several lines.
  std::vector<std::string> list_sorted(const std::string& sort_column) {
    std::vector<std::string> skus;
    Poco::Data::Statement select(session_);
    select << "SELECT sku FROM products ORDER BY "
           << sort_column,  // expect: CPP201
        into(skus);
    select.execute();
    return skus;
  }

  // Text assembled in an ostringstream, then streamed as the first operand.
  int discount(const std::string& category, const std::string& percent) {
    std::ostringstream sql;
    sql << "UPDATE products SET price = price * (100 - " << percent << ") / 100 WHERE category = '" << category
        << "'";
    Poco::Data::Statement update = (session_ << sql.str(), now);  // expect: CPP201
    return static_cast<int>(update.subTotalRowCount());
  }

  // Only a number streamed into the text: reported at medium confidence.
  void remove(long product_id) {
    session_ << "DELETE FROM products WHERE id = " << product_id, now;  // expect: CPP201(low)
  }

  // The WHERE clause comes from category_filter(), which builds it: reported at the operand.
  std::vector<std::string> in_category(const std::string& category) {
    std::vector<std::string> skus;
    session_ << "SELECT sku FROM products " + category_filter(category), into(skus), now;  // expect: CPP201
    return skus;
  }

  // An IN list built in a loop and streamed into a Statement as its whole text.
  std::size_t hide(const std::vector<std::string>& skus) {
    std::string sql = "UPDATE products SET hidden = 1 WHERE sku IN (''";
    for (const std::string& sku : skus) sql += ", '" + sku + "'";
    sql += ")";
    Poco::Data::Statement update(session_);
    update << sql;  // expect: CPP201
    return update.execute();
  }

  // Text built with Poco::format from a request value.
  int count_by_vendor(const std::string& vendor) {
    int n = 0;
    std::string sql = Poco::format("SELECT COUNT(*) FROM products WHERE vendor = '%s'", vendor);
    session_ << sql, into(n), now;  // expect: CPP201
    return n;
  }

  // Integers joined with std::to_string for LIMIT / OFFSET: medium.
  std::vector<std::string> page(int limit, int offset) {
    std::vector<std::string> skus;
    std::string sql = "SELECT sku FROM products ORDER BY id LIMIT " + std::to_string(limit) + " OFFSET " +
                      std::to_string(offset);
    session_ << sql, into(skus), now;  // expect: CPP201(low)
    return skus;
  }

  // Runs whatever SQL it is given.
  void execute(const std::string& sql) { session_ << sql, now; }

  // Built text handed to execute(), which runs it: reported at the built argument.
  void rename_category(const std::string& from, const std::string& to) {
    execute("UPDATE products SET category = '" + to + "' WHERE category = '" + from + "'");  // expect: CPP201
  }

  // Near miss: constant text, the value bound with bind() (a copy; use() needs a non-const value).
  int price_of(const std::string& sku) {
    int price = 0;
    session_ << "SELECT price FROM products WHERE sku = ?", into(price), bind(sku), now;
    return price;
  }

 private:
  Poco::Data::Session& session_;
};

}  // namespace shop
