// CPP201 across TUs, negatives: helpers in other TUs that run or build SQL, used safely,
// and a helper taking text that it never runs as SQL.
#pragma once
#include <sqlite3.h>

#include <string>

namespace shop {

int run_statement(sqlite3* db, const std::string& sql);  // repository.cpp: runs its text
void audit(const std::string& note);                      // repository.cpp: only logs its text
std::string count_sql(const std::string& table);          // queries.cpp: joins its argument in
std::string health_sql();                                 // queries.cpp: constant text

// A storage interface: repository.cpp's SqliteStore runs its text; AuditStore only logs it.
class Store {
 public:
  virtual ~Store() = default;
  virtual int execute(const std::string& sql) = 0;
};
class SqliteStore : public Store {
 public:
  explicit SqliteStore(sqlite3* db) : db_(db) {}
  int execute(const std::string& sql) override;

 private:
  sqlite3* db_;
};
class AuditStore : public Store {
 public:
  int execute(const std::string& sql) override;
};

}  // namespace shop
