// CPP201 positives: SQL text built at run time and handed to ODBC.
#include <sql.h>
#include <sqlext.h>

#include <string>

namespace reporting {

class OdbcReportRunner {
 public:
  explicit OdbcReportRunner(SQLHDBC dbc) : dbc_(dbc) {}

  // Region filter from the request, executed with SQLExecDirect through a C-style cast.
  SQLRETURN sales_by_region(const std::string& region) {
    SQLHSTMT stmt = SQL_NULL_HSTMT;
    SQLAllocHandle(SQL_HANDLE_STMT, dbc_, &stmt);
    std::string sql = "SELECT region, SUM(total) FROM sales WHERE region = '" + region + "' GROUP BY region";
    SQLRETURN rc = SQLExecDirect(stmt, (SQLCHAR*)sql.c_str(), SQL_NTS);  // expect: CPP201
    SQLFreeHandle(SQL_HANDLE_STMT, stmt);
    return rc;
  }

  // Year from an integer appended, prepared with SQLPrepare through C++ casts.
  SQLRETURN prepare_yearly(SQLHSTMT stmt, int year) {
    std::string sql = "SELECT month, SUM(total) FROM sales WHERE year = ";
    sql += std::to_string(year);
    sql += " GROUP BY month";
    return SQLPrepare(stmt,
                      reinterpret_cast<SQLCHAR*>(const_cast<char*>(sql.c_str())),  // expect: CPP201
                      static_cast<SQLINTEGER>(sql.size()));
  }

 private:
  SQLHDBC dbc_;
};

}  // namespace reporting
