#include "shop.h"

namespace shop {

// Built here, run by repository.cpp.
int delete_customer(sqlite3* db, const std::string& name) {
  std::string sql = "DELETE FROM customers WHERE name = '" + name + "'";
  return run_statement(db, sql);  // expect: CPP201
}

// Built here, run two calls down in repository.cpp.
int rename_customer(sqlite3* db, const std::string& from, const std::string& to) {
  return run_logged(db, "UPDATE customers SET name = '" + to + "' WHERE name = '" + from + "'");  // expect: CPP201
}

// Constant text through the same path: quiet.
int vacuum(sqlite3* db) { return run_statement(db, "VACUUM"); }

}  // namespace shop

namespace shop {

// Built here, run through the Store interface, whose implementation is in repository.cpp.
int archive_customer(const std::string& name) {
  Store& store = default_store();
  return store.execute("UPDATE customers SET archived = 1 WHERE name = '" + name + "'");  // expect: CPP201
}

}  // namespace shop
