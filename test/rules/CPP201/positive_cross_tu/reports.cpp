#include "shop.h"

namespace shop {

// Built by queries.cpp (from the customer name), run here.
int print_orders(sqlite3* db, const std::string& customer) {
  std::string sql = orders_for(customer);
  return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);  // expect: CPP201
}

// Same, one more function in between.
int print_recent(sqlite3* db, const std::string& customer) {
  return sqlite3_exec(db, recent_orders_for(customer).c_str(), nullptr, nullptr, nullptr);  // expect: CPP201
}

// Constant text from queries.cpp: quiet.
int print_count(sqlite3* db) { return sqlite3_exec(db, count_all_orders().c_str(), nullptr, nullptr, nullptr); }

}  // namespace shop
