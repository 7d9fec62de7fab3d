#include <cstdio>

#include "shop.h"

namespace shop {

int run_statement(sqlite3* db, const std::string& sql) {
  return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
}

void audit(const std::string& note) { std::fputs(note.c_str(), stderr); }

}  // namespace shop

namespace shop {

int SqliteStore::execute(const std::string& sql) { return sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr); }

int AuditStore::execute(const std::string& sql) {
  audit(sql);
  return 0;
}

}  // namespace shop
