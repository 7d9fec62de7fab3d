// CPP201 negatives with SQLite's own printf functions: %q, %Q and %w escape their argument.
#include <sqlite3.h>

namespace notes {

// %Q quotes and escapes (and writes NULL for a null pointer).
int find_by_title(sqlite3* db, const char* title) {
  char* sql = sqlite3_mprintf("SELECT * FROM notes WHERE title = %Q", title);
  int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
  sqlite3_free(sql);
  return rc;
}

// %q escapes inside quotes the format supplies; %w escapes an identifier.
int rename_column(sqlite3* db, const char* table, const char* value) {
  char sql[256];
  sqlite3_snprintf(sizeof sql, sql, "UPDATE \"%w\" SET label = '%q'", table, value);
  return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
}

// A literal percent sign and an escaped value.
int like(sqlite3* db, const char* prefix) {
  char* sql = sqlite3_mprintf("SELECT * FROM notes WHERE title LIKE '%q%%'", prefix);
  int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
  sqlite3_free(sql);
  return rc;
}

}  // namespace notes
