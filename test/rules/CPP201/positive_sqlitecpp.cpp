// CPP201 positives: SQL text built at run time and handed to SQLiteCpp
// (SQLite::Database::exec/execAndGet, the SQLite::Statement constructor).
#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdint>
#include <cstdio>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace notes {

struct Note {
  std::int64_t id = 0;
  std::string title;
};

// A helper of this file that returns built text: one OR term per requested tag.
std::string tag_filter(const std::vector<std::string>& tags) {
  std::string where = "0";
  for (const std::string& tag : tags) where += " OR tag = '" + tag + "'";
  return where;
}

// A helper of this file that runs whatever SQL it is given.
int run_script(SQLite::Database& db, const std::string& script) {
  return db.exec(script);
}

class NoteRepository {
 public:
  explicit NoteRepository(SQLite::Database& db) : db_(db) {}

  // Database::exec with a session token from the request joined in with operator+.
  int logout(const std::string& token) {
    return db_.exec("DELETE FROM sessions WHERE token = '" + token + "'");  // expect: CPP201
  }

  // Statement constructor: ORDER BY column from the client, reported at the SQL argument.
  std::vector<Note> list_sorted(const std::string& sort_column) {
    std::string sql = "SELECT id, title FROM notes ORDER BY " + sort_column;
    SQLite::Statement query(db_, sql);  // expect: CPP201
    std::vector<Note> out;
    while (query.executeStep()) out.push_back({query.getColumn(0).getInt64(), query.getColumn(1).getString()});
    return out;
  }

  // Statement constructor with the built SQL argument on its own line.
  std::vector<Note> search_title(const std::string& title) {
    std::vector<Note> out;
    SQLite::Statement query(db_,
                            "SELECT id, title FROM notes WHERE title LIKE '%" + title + "%'");  // expect: CPP201
    while (query.executeStep()) out.push_back({query.getColumn(0).getInt64(), query.getColumn(1).getString()});
    return out;
  }

  // execAndGet with text assembled in an ostringstream from a folder name.
  int count_in_folder(const std::string& folder) {
    std::ostringstream sql;
    sql << "SELECT COUNT(*) FROM notes WHERE folder = '" << folder << "'";
    return db_.execAndGet(sql.str()).getInt();  // expect: CPP201
  }

  // snprintf into a char buffer, then the const char* overload of exec.
  int rename_folder(const char* from, const char* to) {
    char sql[512];
    std::snprintf(sql, sizeof sql, "UPDATE notes SET folder = '%s' WHERE folder = '%s'", to, from);
    return db_.exec(sql);  // expect: CPP201
  }

  // Only a number joined in with std::to_string: reported at medium confidence.
  std::string title_of(std::int64_t note_id) {
    return db_.execAndGet("SELECT title FROM notes WHERE id = " + std::to_string(note_id)).getString();  // expect: CPP201(low)
  }

  // The WHERE clause comes from tag_filter(), which builds it: reported at the argument.
  std::vector<Note> tagged(const std::vector<std::string>& tags) {
    SQLite::Statement query(db_, "SELECT id, title FROM notes WHERE " + tag_filter(tags));  // expect: CPP201
    std::vector<Note> out;
    while (query.executeStep()) out.push_back({query.getColumn(0).getInt64(), query.getColumn(1).getString()});
    return out;
  }

  // Integers streamed into an ostringstream for LIMIT / OFFSET, then prepared: medium.
  std::vector<Note> page(int limit, int offset) {
    std::ostringstream sql;
    sql << "SELECT id, title FROM notes ORDER BY id LIMIT " << limit << " OFFSET " << offset;
    SQLite::Statement query(db_, sql.str());  // expect: CPP201(low)
    std::vector<Note> out;
    while (query.executeStep()) out.push_back({query.getColumn(0).getInt64(), query.getColumn(1).getString()});
    return out;
  }

  // A statement kept on the heap, built through std::make_unique: reported at the SQL argument.
  std::unique_ptr<SQLite::Statement> prepare_export(const std::string& table) {
    std::string sql = "SELECT * FROM " + table;
    return std::make_unique<SQLite::Statement>(db_, sql);  // expect: CPP201
  }

  // Built text handed to run_script(), which executes it: reported at the built argument.
  int drop_folder(const std::string& folder) {
    return run_script(db_, "DELETE FROM notes WHERE folder = '" + folder + "'");  // expect: CPP201
  }

  // Near miss: constant text, the value bound with bind().
  std::int64_t id_by_title(const std::string& title) {
    SQLite::Statement query(db_, "SELECT id FROM notes WHERE title = ?");
    query.bind(1, title);
    return query.executeStep() ? query.getColumn(0).getInt64() : -1;
  }

 private:
  SQLite::Database& db_;
};

}  // namespace notes
