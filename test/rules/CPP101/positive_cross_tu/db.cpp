#include "db.h"

#include <mysql.h>

namespace shop {

namespace {
MYSQL* g_conn = nullptr;
}  // namespace

// The password arrives as a parameter: nothing here is hard-coded.
bool connect_database(const std::string& host, const std::string& user, const std::string& password) {
  g_conn = mysql_init(nullptr);
  if (g_conn == nullptr) return false;
  return mysql_real_connect(g_conn, host.c_str(), user.c_str(), password.c_str(), "shop", 3306, nullptr, 0) != nullptr;
}

void disconnect_database() {
  if (g_conn != nullptr) mysql_close(g_conn);
  g_conn = nullptr;
}

}  // namespace shop
