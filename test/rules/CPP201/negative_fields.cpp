// CPP201 negatives through fields: constant text in fields, or built text replaced first.
#include <sqlite3.h>

#include <string>

namespace fields {

struct Request {
  std::string sql;
  std::string note;
};

// The built text goes to another field than the one that is run.
int other_field(sqlite3* db, const std::string& name) {
  Request request;
  request.note = "requested by " + name;
  request.sql = "SELECT COUNT(*) FROM t";
  return sqlite3_exec(db, request.sql.c_str(), nullptr, nullptr, nullptr);
}

class Maintenance {
 public:
  explicit Maintenance(sqlite3* db) : db_(db) {}

  // A member set to constant text right before it is run.
  int vacuum() {
    query_ = "VACUUM";
    return sqlite3_exec(db_, query_.c_str(), nullptr, nullptr, nullptr);
  }

  // A member holding built text is replaced before it is run.
  int reset(const std::string& name) {
    query_ = "DELETE FROM t WHERE name = '" + name + "'";
    query_ = "DELETE FROM t WHERE expired = 1";
    return sqlite3_exec(db_, query_.c_str(), nullptr, nullptr, nullptr);
  }

 private:
  sqlite3* db_;
  std::string query_;
};

}  // namespace fields
