// CPP210 negatives: formats that are constant. String literals, constant globals and
// constexpr constants, locals that only ever hold literals (also chosen with ?: between
// literals), and untrusted text passed as an argument rather than as the format. {fmt}
// checks literal formats at compile time, and fmt::runtime of a literal is constant too.
// None is reported.
#include <err.h>
#include <fmt/format.h>
#include <syslog.h>

#include <cstdio>
#include <string>

namespace report_service {

static const char kHeaderFormat[] = "%-24s %8s %8s\n";
constexpr const char* kRowFormat = "%-24s %8d %8d\n";

struct Row {
  std::string name;
  int ok = 0;
  int failed = 0;
};

// Untrusted text as an argument of a literal format: the fix for CPP210.
void echo(const std::string& user_text) {
  printf("%s", user_text.c_str());
  fprintf(stderr, "%s\n", user_text.c_str());
  syslog(LOG_INFO, "%s", user_text.c_str());
  warnx("%s", user_text.c_str());
}

// No format at all: puts and fputs print text as it is.
void echo_plain(const std::string& user_text) {
  puts(user_text.c_str());
  fputs(user_text.c_str(), stderr);
}

// Constant globals: a static const array and a constexpr pointer.
void print_table(const Row& row) {
  printf(kHeaderFormat, "name", "ok", "failed");
  printf(kRowFormat, row.name.c_str(), row.ok, row.failed);
}

// A local constexpr format.
void print_total(int total) {
  constexpr const char* kTotalFormat = "total: %d\n";
  printf(kTotalFormat, total);
}

// A local that only ever holds literals: assigned in a branch ...
void print_event(bool as_json, const char* event) {
  const char* format = "event=%s\n";
  if (as_json) format = "{\"event\":\"%s\"}\n";
  printf(format, event);
}

// ... or chosen with ?: between two literals.
void print_status(bool verbose, const char* name, int code) {
  const char* format = verbose ? "%s finished with status %d\n" : "%s: %d\n";
  fprintf(stdout, format, name, code);
}

// A local std::string initialized from a literal and never changed.
void print_line(const std::string& line) {
  const std::string format = "> %s\n";
  printf(format.c_str(), line.c_str());
}

// snprintf into a buffer with a literal format and a user-supplied argument.
std::string render_name(const std::string& first, const std::string& last) {
  char buf[128];
  snprintf(buf, sizeof buf, "%s %s", first.c_str(), last.c_str());
  return buf;
}

// {fmt} with literal formats (checked at compile time) and fmt::runtime of a literal.
std::string render_row(const Row& row) {
  return fmt::format("{:<24} {:>8} {:>8}", row.name, row.ok, row.failed);
}

std::string render_legacy(int code) {
  return fmt::format(fmt::runtime("legacy code {}"), code);
}

}  // namespace report_service
