// CPP201 negatives: project helpers that escape text with mysql_real_escape_string into a
// std::string's own storage (data(), &out[0]) or a vector sized from the input. What they
// return is escaped text, whatever its size was computed from.
#include <mysql/mysql.h>

#include <string>
#include <vector>

namespace escape_helpers {

std::string escape_into_data(MYSQL* conn, const std::string& in) {
  std::string out(in.size() * 2 + 1, '\0');
  const unsigned long n = mysql_real_escape_string(conn, out.data(), in.c_str(), in.size());
  out.resize(n);
  return out;
}

std::string escape_into_first_element(MYSQL* conn, const std::string& in) {
  std::string out(in.size() * 2 + 1, '\0');
  const unsigned long n = mysql_real_escape_string(conn, &out[0], in.c_str(), in.size());
  out.resize(n);
  return out;
}

std::string escape_over_copy(MYSQL* conn, const std::string& in) {
  std::string out = in;
  out.resize(in.size() * 2 + 1);
  mysql_real_escape_string(conn, out.data(), in.c_str(), in.size());
  return out;
}

void find_customer(MYSQL* conn, const std::string& name, const std::string& region) {
  const std::string q1 = "SELECT id FROM customers WHERE name = '" + escape_into_data(conn, name) + "'";
  mysql_query(conn, q1.c_str());
  const std::string q2 = "SELECT id FROM customers WHERE region = '" + escape_into_first_element(conn, region) + "'";
  mysql_real_query(conn, q2.c_str(), q2.size());
  const std::string q3 = "DELETE FROM sessions WHERE owner = '" + escape_over_copy(conn, name) + "'";
  mysql_query(conn, q3.c_str());
}

}  // namespace escape_helpers
