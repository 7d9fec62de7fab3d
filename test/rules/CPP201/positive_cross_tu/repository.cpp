#include "shop.h"

namespace shop {

int run_statement(sqlite3* db, const std::string& sql) {
  return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
}

int run_logged(sqlite3* db, const std::string& sql) { return run_statement(db, sql); }

}  // namespace shop

namespace shop {

int SqliteStore::execute(const std::string& sql) { return sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr); }

}  // namespace shop
