// CPP001 positives: malformed suppression comments, reported on the line of the comment itself.
#include <sqlite3.h>

#include <cstdlib>
#include <random>
#include <string>

namespace legacy {

// Ids but no "--" at all, above a weak draw (it still suppresses CPP404, but is reported).
int roll_for_loot() {
  // expect@+1: CPP001
  // cppsec:ignore CPP404
  return std::rand() % 100;
}

// "--" with nothing after it, above a SQL call built from input.
int purge_user(sqlite3* db, const std::string& user) {
  const std::string sql = "DELETE FROM sessions WHERE user = '" + user + "'";
  // expect@+1: CPP001
  // cppsec:ignore CPP201 --
  return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
}

// "--" followed only by whitespace counts as no justification.
int pick_bucket(std::mt19937& gen) {
  // expect@+1: CPP001
  // cppsec:ignore CPP404 --   	
  return static_cast<int>(gen() % 16);
}

// A justification but no rule id: suppresses nothing, reported.
std::string session_token() {
  std::string token;
  // expect@+1: CPP001
  // cppsec:ignore -- legacy generator, replaced in the v3 API
  for (int i = 0; i < 16; ++i) token.push_back(static_cast<char>('a' + rand() % 26));
  return token;
}

// A lowercase id does not look like a rule id, so the id counts as missing.
int shard_for(int users) {
  // expect@+1: CPP001
  // cppsec:ignore cpp404 -- shard choice only, not security relevant
  return rand() % users;
}

// A rule name instead of a rule id counts as a missing id.
int sample_one_percent() {
  // expect@+1: CPP001
  // cppsec:ignore weak-random -- sampling only
  return rand() % 100 == 0;
}

// The marker alone, with neither id nor justification, on a line with no finding nearby.
void heartbeat() {
  // expect@+1: CPP001
  // cppsec:ignore
}

// Trailing suppression on the finding's own line, without justification.
int count_rows(sqlite3* db, const std::string& table) {
  const std::string sql = "SELECT COUNT(*) FROM " + table;
  // expect@+1: CPP001
  return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);  // cppsec:ignore CPP201
}

// Several comma-separated ids, still no justification.
int audit(sqlite3* db, const std::string& where) {
  const std::string sql = "SELECT * FROM audit WHERE " + where + " LIMIT " + std::to_string(rand() % 10);
  // expect@+1: CPP001
  // cppsec:ignore CPP201,CPP404
  return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
}

// A single dash is not "--", so there is no justification.
int dice() {
  // expect@+1: CPP001
  // cppsec:ignore CPP404 - game only
  return rand() % 6 + 1;
}

// A malformed comment standing alone, not above any finding.
void noop() {
  // expect@+1: CPP001
  // cppsec:ignore CPP404
  std::string unused;
}

}  // namespace legacy
