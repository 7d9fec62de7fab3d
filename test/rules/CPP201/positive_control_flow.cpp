// CPP201 positives through control flow: built text reaches the sink on at least one path
// that switch, goto, break or a partial replacement leaves open.
#include <sqlite3.h>

#include <string>

namespace control {

// One case builds; the others fall through to the sink with it.
int one_case(sqlite3* db, const std::string& name, int kind) {
  std::string sql = "SELECT 1";
  switch (kind) {
    case 0:
      sql = "SELECT * FROM t WHERE name = '" + name + "'";
      break;
    case 1:
      sql = "SELECT 2";
      break;
  }
  return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);  // expect: CPP201(high)
}

// A case falls through into the next one, which does not replace the text.
int fallthrough(sqlite3* db, const std::string& name, int kind) {
  std::string sql;
  switch (kind) {
    case 0:
      sql = "SELECT * FROM t WHERE name = '" + name + "'";
      [[fallthrough]];
    case 1:
      return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);  // expect: CPP201(high)
    default:
      return 0;
  }
}

// Replaced on three of four nested paths only.
int nested_gap(sqlite3* db, const std::string& name, bool a, bool b) {
  std::string sql = "DELETE FROM t WHERE name = '" + name + "'";
  if (a) {
    if (b) sql = "SELECT 1";
    else
      sql = "SELECT 2";
  } else if (b) {
    sql = "SELECT 3";
  }
  return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);  // expect: CPP201(high)
}

// A goto jumps over the replacement.
int skipped(sqlite3* db, const std::string& name, bool fast) {
  std::string sql = "SELECT * FROM t WHERE name = '" + name + "'";
  if (fast) goto run;
  sql = "SELECT 1";
run:
  return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);  // expect: CPP201(high)
}

// A break leaves the loop before the replacement at its end.
int broken_loop(sqlite3* db, const std::string& name, int rounds) {
  std::string sql = "SELECT 1";
  for (int i = 0; i < rounds; ++i) {
    sql = "SELECT '" + name + "'";
    if (i == 3) break;
    sql = "SELECT 1";
  }
  return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);  // expect: CPP201(high)
}

// Built at the end of one iteration, run at the start of the next.
int next_iteration(sqlite3* db, const std::string& name, int rounds) {
  std::string sql = "SELECT 1";
  for (int i = 0; i < rounds; ++i) {
    sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);  // expect: CPP201(high)
    sql = "SELECT '" + name + "'";
  }
  return 0;
}

}  // namespace control
