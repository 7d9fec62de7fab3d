#include "shop.h"

namespace shop {

// Constant text through the wrapper of another TU.
int vacuum(sqlite3* db) { return run_statement(db, "VACUUM"); }

// Built text handed to a function of another TU that only logs it.
void note_login(const std::string& user) { audit("login by " + user); }

// A builder of another TU given a constant, its result run here.
int count_orders(sqlite3* db) {
  return sqlite3_exec(db, count_sql("orders").c_str(), nullptr, nullptr, nullptr);
}

// Constant text from another TU.
int health(sqlite3* db) { return sqlite3_exec(db, health_sql().c_str(), nullptr, nullptr, nullptr); }

// A caller's parameter passed through unchanged to the wrapper (the caller's caller decides).
int replay(sqlite3* db, const std::string& statement) { return run_statement(db, statement); }

}  // namespace shop

namespace shop {

// Constant text through the interface; built text to an object made as the logging store.
int vacuum_through(Store& store) { return store.execute("VACUUM"); }

int record_search(const std::string& term) {
  Store* store = new AuditStore;
  int status = store->execute("SELECT * FROM items WHERE name = '" + term + "'");
  delete store;
  return status;
}

}  // namespace shop
