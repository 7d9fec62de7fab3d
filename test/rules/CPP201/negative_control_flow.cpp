// CPP201 negatives that only a control-flow graph gets right: every path to the sink
// replaces the built text with a constant, through switch, nested branches, goto and loops.
#include <sqlite3.h>

#include <string>

namespace control {

// Every case, the default included, replaces the text.
int every_case(sqlite3* db, const std::string& name, int kind) {
  std::string sql = "SELECT * FROM t WHERE name = '" + name + "'";
  switch (kind) {
    case 0:
      sql = "SELECT 0";
      break;
    case 1:
    case 2:
      sql = "SELECT 1";
      break;
    default:
      sql = "SELECT 2";
  }
  return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
}

// Nested if/else, replaced on all four paths.
int nested(sqlite3* db, const std::string& name, bool a, bool b) {
  std::string sql = "DELETE FROM t WHERE name = '" + name + "'";
  if (a) {
    if (b)
      sql = "SELECT 1";
    else
      sql = "SELECT 2";
  } else {
    if (b) {
      sql = "SELECT 3";
    } else {
      sql = "SELECT 4";
    }
  }
  return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
}

// The built text is only run on a path that jumps over the sink.
int jumped_over(sqlite3* db, const std::string& name, bool audit) {
  std::string sql = "SELECT 1";
  if (audit) {
    sql = "INSERT INTO audit VALUES ('" + name + "')";
    goto done;
  }
  return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
done:
  return 0;
}

// A loop that replaces the text at the top of every iteration before running it.
int per_iteration(sqlite3* db, const std::string& name, int rounds) {
  std::string sql;
  for (int i = 0; i < rounds; ++i) {
    sql = "SELECT 1";
    sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
    sql = "SELECT '" + name + "'";
  }
  return 0;
}

// A switch whose cases all return: what the default builds never reaches the sink below.
int cases_return(sqlite3* db, const std::string& name, int kind) {
  std::string sql = "SELECT 1";
  switch (kind) {
    case 0:
      return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
    default:
      sql = "SELECT '" + name + "'";
      return 0;
  }
}

}  // namespace control
