// CPP201 positives with SQLite's own printf functions: %s splices the raw value in.
#include <sqlite3.h>

#include <string>

namespace notes {

// sqlite3_mprintf with %s: the name goes in unescaped.
int find_by_title(sqlite3* db, const char* title) {
  char* sql = sqlite3_mprintf("SELECT * FROM notes WHERE title = '%s'", title);
  int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);  // expect: CPP201
  sqlite3_free(sql);
  return rc;
}

// sqlite3_snprintf into a buffer, %s with a width taken from an argument.
int delete_by_owner(sqlite3* db, int width, const std::string& owner) {
  char sql[256];
  sqlite3_snprintf(sizeof sql, sql, "DELETE FROM notes WHERE owner = '%*s'", width, owner.c_str());
  return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);  // expect: CPP201
}

// One escaped value and one raw one: the raw one is enough.
int search(sqlite3* db, const char* title, const char* order_by) {
  char* sql = sqlite3_mprintf("SELECT * FROM notes WHERE title = %Q ORDER BY %s", title, order_by);
  int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);  // expect: CPP201
  sqlite3_free(sql);
  return rc;
}

}  // namespace notes
