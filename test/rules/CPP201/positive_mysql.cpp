// CPP201 positives: SQL text built at run time and handed to the MariaDB/MySQL C API.
#include <mysql.h>

#include <string>

namespace auth {

struct LoginRequest {
  std::string username;
  std::string password_hash;
};

class AccountDao {
 public:
  explicit AccountDao(MYSQL* conn) : conn_(conn) {}

  // Classic login query built from the request fields.
  bool check_login(const LoginRequest& req) {
    std::string sql = "SELECT id FROM accounts WHERE username = '" + req.username +
                      "' AND password_hash = '" + req.password_hash + "'";
    if (mysql_query(conn_, sql.c_str()) != 0) return false;  // expect: CPP201
    MYSQL_RES* res = mysql_store_result(conn_);
    bool ok = res != nullptr && mysql_num_rows(res) == 1;
    mysql_free_result(res);
    return ok;
  }

  // mysql_real_query with text and length, the SQL argument on its own line.
  bool rename(long account_id, const std::string& display_name) {
    std::string sql = "UPDATE accounts SET display_name = '";
    sql += display_name;
    sql += "' WHERE id = ";
    sql += std::to_string(account_id);
    return mysql_real_query(conn_,
                            sql.c_str(),  // expect: CPP201
                            sql.size()) == 0;
  }

  // A column list inserted at the front with .insert(), sent with mysql_send_query.
  bool export_columns(const std::string& columns) {
    std::string sql = " FROM accounts";
    sql.insert(0, "SELECT " + columns);
    return mysql_send_query(conn_, sql.data(), sql.size()) == 0;  // expect: CPP201
  }

  // Concatenation written inline in the sink call.
  bool lock_account(const std::string& username) {
    return mysql_query(conn_, ("UPDATE accounts SET locked = 1 WHERE username = '" + username + "'").c_str()) == 0;  // expect: CPP201
  }

 private:
  MYSQL* conn_;
};

}  // namespace auth
