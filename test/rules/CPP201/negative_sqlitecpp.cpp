// CPP201 negatives for SQLiteCpp: constant SQL text, values bound with Statement::bind,
// text passed through unchanged.
#include <SQLiteCpp/SQLiteCpp.h>
#include <SQLiteCpp/VariadicBind.h>

#include <cstdint>
#include <string>
#include <vector>

namespace notes {

constexpr const char* kNotesTable = "notes";
#define SQL_NOTE_BY_ID "SELECT id, title, body FROM notes WHERE id = :id"

// Constant text for the query a repository keeps in one place.
const char* select_folder_sql() { return "SELECT id, title FROM notes WHERE folder = ?"; }

// The database file path is built, but it is a file name, not SQL text.
SQLite::Database open_user_db(const std::string& data_dir, const std::string& user) {
  return SQLite::Database(data_dir + "/" + user + ".db3", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
}

// Literal schema script through Database::exec.
void create_schema(SQLite::Database& db) {
  db.exec(
      "CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, title TEXT, folder TEXT, body TEXT);"
      "CREATE INDEX IF NOT EXISTS notes_folder ON notes(folder);");
}

// Positional parameter bound with bind(1, value).
std::int64_t id_by_title(SQLite::Database& db, const std::string& title) {
  SQLite::Statement query(db, "SELECT id FROM notes WHERE title = ?");
  query.bind(1, title);
  return query.executeStep() ? query.getColumn(0).getInt64() : -1;
}

// A LIKE pattern built from user input, but bound, not joined into the text.
std::vector<std::string> search(SQLite::Database& db, const std::string& term) {
  std::string pattern = "%" + term + "%";
  SQLite::Statement query(db, "SELECT title FROM notes WHERE title LIKE ?1 ORDER BY title");
  query.bind(1, pattern);
  std::vector<std::string> titles;
  while (query.executeStep()) titles.push_back(query.getColumn(0).getString());
  return titles;
}

// Named parameter from a #define literal, bound by name.
std::string body_of(SQLite::Database& db, std::int64_t id) {
  SQLite::Statement query(db, SQL_NOTE_BY_ID);
  query.bind(":id", id);
  return query.executeStep() ? query.getColumn(2).getString() : std::string();
}

// Several values bound at once with SQLite::bind, then Statement::exec().
int add_note(SQLite::Database& db, const std::string& title, const std::string& folder, const std::string& body) {
  SQLite::Statement insert(db, "INSERT INTO notes (title, folder, body) VALUES (?, ?, ?)");
  SQLite::bind(insert, title, folder, body);
  return insert.exec();
}

// One prepared statement reused in a loop with reset() and a new binding.
void delete_many(SQLite::Database& db, const std::vector<std::int64_t>& ids) {
  SQLite::Transaction tx(db);
  SQLite::Statement del(db, "DELETE FROM notes WHERE id = ?");
  for (std::int64_t id : ids) {
    del.bind(1, id);
    del.exec();
    del.reset();
  }
  tx.commit();
}

// Text joined from literals and a constexpr table name only; the count bound.
int count_in_folder(SQLite::Database& db, const std::string& folder) {
  std::string sql = std::string("SELECT COUNT(*) FROM ") + kNotesTable + " WHERE folder = ?";
  SQLite::Statement query(db, sql);
  query.bind(1, folder);
  return query.executeStep() ? query.getColumn(0).getInt() : 0;
}

// execAndGet with constant text.
int schema_version(SQLite::Database& db) {
  return db.execAndGet("PRAGMA user_version").getInt();
}

// ORDER BY direction chosen from two constants.
std::vector<std::string> titles(SQLite::Database& db, bool newest_first) {
  std::string sql = "SELECT title FROM notes ORDER BY id ";
  sql += newest_first ? "DESC" : "ASC";
  SQLite::Statement query(db, sql);
  std::vector<std::string> out;
  while (query.executeStep()) out.push_back(query.getColumn(0).getString());
  return out;
}

// Text from a helper that returns a constant.
std::vector<std::string> in_folder(SQLite::Database& db, const std::string& folder) {
  SQLite::Statement query(db, select_folder_sql());
  query.bind(1, folder);
  std::vector<std::string> out;
  while (query.executeStep()) out.push_back(query.getColumn(1).getString());
  return out;
}

// A wrapper whose SQL text is its parameter, passed straight to exec (not built here).
int run_script(SQLite::Database& db, const std::string& script) {
  return db.exec(script);
}

// A Statement over the caller's query text, unchanged.
SQLite::Column first_value(SQLite::Database& db, const char* query_text) {
  SQLite::Statement query(db, query_text);
  query.executeStep();
  return query.getColumn(0);
}

// The wrapper called with constant text only.
void vacuum(SQLite::Database& db) {
  run_script(db, "VACUUM");
}

}  // namespace notes
