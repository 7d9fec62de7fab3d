// CPP001 negatives: well-formed suppressions and ordinary comments that merely mention cppsec.
#include <sqlite3.h>

#include <cstdlib>
#include <random>
#include <string>

namespace reporting {

// Well-formed suppression on the line above a weak draw.
int roll_dice() {
  // cppsec:ignore CPP404 -- dice roll for the demo game, not security relevant
  return std::rand() % 6 + 1;
}

// Well-formed suppression trailing on the finding's own line.
int drop_partition(sqlite3* db, const std::string& partition) {
  const std::string sql = "DROP TABLE IF EXISTS events_" + partition;
  return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);  // cppsec:ignore CPP201 -- partition names come from an internal enum
}

// Several comma-separated ids with a justification.
int sample_rows(sqlite3* db, const std::string& table) {
  const std::string sql = "SELECT * FROM " + table + " LIMIT " + std::to_string(rand() % 100);
  // cppsec:ignore CPP201,CPP404 -- admin-only sampling tool; table is validated against sqlite_master
  return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
}

// A justification that itself contains "--" and a ticket reference.
int pick_replica(std::mt19937& gen) {
  // cppsec:ignore CPP404 -- load balancing only -- see SEC-1234
  return static_cast<int>(gen() % 3);
}

// A well-formed suppression with nothing under it (unused, but not malformed).
void flush_metrics() {
  // cppsec:ignore CPP404 -- kept while the metrics sampler is being rewritten
}

// Extra spaces around the separator are still well-formed.
int jitter_ms(std::mt19937& gen) {
  // cppsec:ignore   CPP404   --   retry jitter only
  return static_cast<int>(gen() % 250);
}

// Ordinary comments that talk about the analyzer are not suppressions.
int shuffle_seed() {
  // cppsec flags rand() as weak randomness; that is fine for this shuffle.
  // The cppsec CI job runs on every merge request (see docs/security.md).
  // cppsec: reviewed 2024-05, no open findings in this module.
  return 42;
}

// A string literal that contains the marker is not a comment.
const char* suppression_help() {
  return "usage: cppsec:ignore <RULE-ID> -- <justification>";
}

}  // namespace reporting
