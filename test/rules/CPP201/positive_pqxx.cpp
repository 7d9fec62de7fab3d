// CPP201 positives: SQL text built at run time and handed to libpqxx.
#include <pqxx/pqxx>

#include <sstream>
#include <string>
#include <vector>

namespace shop {

class ProductRepository {
 public:
  ProductRepository(pqxx::connection& conn, std::string table) : conn_(conn), table_(std::move(table)) {}

  // Category from the query string concatenated into tx.exec().
  pqxx::result by_category(const std::string& category) {
    pqxx::work tx{conn_};
    std::string sql = "SELECT id, title, price FROM products WHERE category = '" + category + "'";
    pqxx::result r = tx.exec(sql);  // expect: CPP201
    tx.commit();
    return r;
  }

  // DELETE with a numeric id through exec0.
  void remove(long product_id) {
    pqxx::work tx{conn_};
    tx.exec0("DELETE FROM products WHERE id = " + std::to_string(product_id));  // expect: CPP201
    tx.commit();
  }

  // Table name from a data member, single-row result through exec1.
  long count() {
    pqxx::nontransaction tx{conn_};
    pqxx::row row = tx.exec1("SELECT count(*) FROM " + table_);  // expect: CPP201
    return row[0].as<long>();
  }

  // exec_n: the SQL text is the second argument.
  pqxx::result newest(int limit) {
    pqxx::work tx{conn_};
    std::string sql = "SELECT id FROM products ORDER BY created_at DESC LIMIT ";
    sql += std::to_string(limit);
    return tx.exec_n(static_cast<std::size_t>(limit),
                     sql);  // expect: CPP201
  }

  // exec_params with a bound value but a sort column concatenated into the text.
  pqxx::result in_price_range(double max_price, const std::string& sort) {
    pqxx::work tx{conn_};
    std::string sql = "SELECT id, title FROM products WHERE price <= $1 ORDER BY " + sort;
    return tx.exec_params(sql, max_price);  // expect: CPP201
  }

  // Prepared statement whose definition contains the member table name (argument 1).
  void prepare_lookup() {
    conn_.prepare("product_by_id",
                  "SELECT * FROM " + table_ + " WHERE id = $1");  // expect: CPP201
  }

  // std::ostringstream with a request value, then .str() to tx.exec().
  pqxx::result by_vendor(const std::string& vendor) {
    pqxx::work tx{conn_};
    std::ostringstream os;
    os << "SELECT id FROM products WHERE vendor = '" << vendor << "'";
    return tx.exec(os.str());  // expect: CPP201
  }

  // std::stringstream loop building an IN (...) list from ids.
  pqxx::result by_ids(const std::vector<long>& ids) {
    pqxx::work tx{conn_};
    std::stringstream ss;
    ss << "SELECT id, title FROM products WHERE id IN (";
    for (std::size_t i = 0; i < ids.size(); ++i) {
      if (i != 0) ss << ", ";
      ss << ids[i];
    }
    ss << ")";
    std::string sql = ss.str();
    return tx.exec(sql);  // expect: CPP201
  }

  // Near miss: same lookup with the value bound and constant text.
  pqxx::result by_category_safe(const std::string& category) {
    pqxx::work tx{conn_};
    return tx.exec_params("SELECT id, title, price FROM products WHERE category = $1", category);
  }

 private:
  pqxx::connection& conn_;
  std::string table_;
};

}  // namespace shop
