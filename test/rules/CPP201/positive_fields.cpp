// CPP201 positives through fields: of a local struct, and of `this` within one method.
#include <sqlite3.h>

#include <string>

namespace fields {

struct Request {
  std::string table;
  std::string sql;
};

// Built into a field of a local struct, run from it.
int via_local_struct(sqlite3* db, const std::string& name) {
  Request request;
  request.sql = "SELECT * FROM t WHERE name = '" + name + "'";
  return sqlite3_exec(db, request.sql.c_str(), nullptr, nullptr, nullptr);  // expect: CPP201
}

class Finder {
 public:
  explicit Finder(sqlite3* db) : db_(db) {}

  // Built into a member, run from it in the same method.
  int find(const std::string& name) {
    query_ = "SELECT * FROM users WHERE name = '" + name + "'";
    return sqlite3_exec(db_, query_.c_str(), nullptr, nullptr, nullptr);  // expect: CPP201
  }

 private:
  sqlite3* db_;
  std::string query_;
};

}  // namespace fields
