// CPP201 positives: SQL text built at run time and handed to the SQLite C API.
#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <vector>

namespace app {

struct User {
  std::int64_t id = 0;
  std::string name;
  std::string email;
};

class UserRepository {
 public:
  explicit UserRepository(sqlite3* db, std::string table) : db_(db), table_(std::move(table)) {}

  // A request value (the user name) concatenated into a WHERE clause with operator+.
  bool delete_by_name(const std::string& name) {
    std::string sql = "DELETE FROM users WHERE name = '" + name + "'";
    char* err = nullptr;
    int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err);  // expect: CPP201
    sqlite3_free(err);
    return rc == SQLITE_OK;
  }

  // ORDER BY taken from the client's sort parameter, call split over several lines.
  std::vector<User> list_sorted(const std::string& sort_column) {
    std::string sql = "SELECT id, name, email FROM users ORDER BY " + sort_column;
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db_,
                                sql.c_str(),  // expect: CPP201
                                -1, &stmt, nullptr);
    std::vector<User> out;
    if (rc != SQLITE_OK) return out;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
      User u;
      u.id = sqlite3_column_int64(stmt, 0);
      out.push_back(u);
    }
    sqlite3_finalize(stmt);
    return out;
  }

  // Pagination: LIMIT / OFFSET appended from integers through std::to_string.
  sqlite3_stmt* page(int limit, int offset) {
    std::string sql = "SELECT id, name FROM users";
    sql += " LIMIT " + std::to_string(limit);
    sql += " OFFSET " + std::to_string(offset);
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v3(db_, sql.c_str(), static_cast<int>(sql.size()), 0, &stmt, nullptr);  // expect: CPP201
    return stmt;
  }

  // Table name taken from a data member (legacy sqlite3_prepare).
  int count_rows() {
    std::string sql = "SELECT COUNT(*) FROM " + table_;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare(db_, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) return -1;  // expect: CPP201
    int n = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int(stmt, 0) : 0;
    sqlite3_finalize(stmt);
    return n;
  }

  // Loop that appends "OR id = <n>" for every requested id.
  void mark_read(const std::vector<std::int64_t>& ids) {
    std::string sql = "UPDATE messages SET read = 1 WHERE 0";
    for (std::int64_t id : ids) {
      sql += " OR id = ";
      sql += std::to_string(id);
    }
    sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr);  // expect: CPP201
  }

  // Flow-insensitive: one of the two assignments to the local is built.
  void list_orders(const std::string& status) {
    std::string sql = "SELECT * FROM orders";
    if (!status.empty()) {
      sql = "SELECT * FROM orders WHERE status = '" + status + "'";
    }
    sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr);  // expect: CPP201
  }

  // Query template whose placeholder is filled with .replace() from a parameter.
  void purge(const std::string& tenant_table) {
    std::string sql = "DELETE FROM {table} WHERE expires_at < strftime('%s','now')";
    sql.replace(sql.find("{table}"), 7, tenant_table);
    sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr);  // expect: CPP201
  }

  // The built string reaches the sink through a const char* alias of .c_str().
  void touch(const std::string& session_id) {
    std::string q = "UPDATE sessions SET last_seen = CURRENT_TIMESTAMP WHERE id = '";
    q.append(session_id).append("'");
    const char* sql = q.c_str();
    sqlite3_exec(db_, sql, nullptr, nullptr, nullptr);  // expect: CPP201
  }

 private:
  sqlite3* db_;
  std::string table_;
};

// UTF-16 text built with operator+ and prepared with sqlite3_prepare16_v2.
sqlite3_stmt* find_notes_by_title(sqlite3* db, const std::u16string& title) {
  std::u16string sql = u"SELECT id, body FROM notes WHERE title = '" + title + u"'";
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare16_v2(db, sql.c_str(), -1, &stmt, nullptr);  // expect: CPP201
  return stmt;
}

// Near miss in the same file: the value is bound, the text is a literal.
sqlite3_stmt* find_by_email(sqlite3* db, const std::string& email) {
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(db, "SELECT id FROM users WHERE email = ?1", -1, &stmt, nullptr);
  sqlite3_bind_text(stmt, 1, email.c_str(), -1, SQLITE_TRANSIENT);
  return stmt;
}

}  // namespace app
