// CPP201 positives where text arrives in a buffer or object filled by a function that is not
// modelled (fgets, recv, an out-parameter of a declared-only helper): it is not constant.
#include <sqlite3.h>
#include <sys/socket.h>

#include <cstdio>
#include <cstring>
#include <string>

namespace input {

bool read_line(std::string& out);  // defined elsewhere

// A name typed on standard input, joined into the query.
int delete_from_stdin(sqlite3* db) {
  char name[64];
  if (!std::fgets(name, sizeof name, stdin)) return -1;
  std::string sql = std::string("DELETE FROM users WHERE name = '") + name + "'";
  return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);  // expect: CPP201
}

// A user name received on a socket, formatted into the query.
int lookup_from_socket(sqlite3* db, int fd) {
  char user[128];
  ssize_t got = recv(fd, user, sizeof user - 1, 0);
  if (got <= 0) return -1;
  user[got] = '\0';
  char sql[256];
  std::snprintf(sql, sizeof sql, "SELECT * FROM users WHERE name = '%s'", user);
  return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);  // expect: CPP201
}

// A line read by a helper through an out-parameter.
int search_line(sqlite3* db) {
  std::string term;
  if (!read_line(term)) return -1;
  std::string sql = "SELECT * FROM docs WHERE body LIKE '%" + term + "%'";
  return sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);  // expect: CPP201
}

}  // namespace input
