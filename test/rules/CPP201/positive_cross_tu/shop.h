// CPP201 across TUs: one project of four TUs (handlers.cpp, repository.cpp, queries.cpp,
// reports.cpp), analysed separately and merged, as a real run does.
#pragma once
#include <sqlite3.h>

#include <string>

namespace shop {

// repository.cpp: runs the SQL text it is given.
int run_statement(sqlite3* db, const std::string& sql);
// repository.cpp: hands its text to run_statement (two TUs deep from the handlers).
int run_logged(sqlite3* db, const std::string& sql);

// A storage interface; repository.cpp's SqliteStore runs the SQL text it is given.
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
Store& default_store();

// queries.cpp: builds SQL text from its parameter and a member-like global.
std::string orders_for(const std::string& customer);
// queries.cpp: returns what orders_for built.
std::string recent_orders_for(const std::string& customer);
// queries.cpp: constant text only.
std::string count_all_orders();

}  // namespace shop
