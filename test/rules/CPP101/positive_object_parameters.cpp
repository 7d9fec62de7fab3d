// CPP101 positives where the credential parameter is a class a string converts to implicitly
// (MySQL Connector/C++'s sql::SQLString): the literal is still the password's text.
#include <cppconn/connection.h>
#include <mysql_driver.h>

#include <cstdlib>
#include <memory>
#include <string>

namespace object_parameters {

std::unique_ptr<sql::Connection> connect_breakglass(const std::string& url) {
  sql::mysql::MySQL_Driver* driver = sql::mysql::get_mysql_driver_instance();
  if (const char* pw = std::getenv("ADMIN_DB_PASSWORD"))
    return std::unique_ptr<sql::Connection>(driver->connect(url, "console", pw));
  return std::unique_ptr<sql::Connection>(driver->connect(url, "console_breakglass", "Adm1n-C0nsole!9"));  // expect: CPP101(high)
}

// A project wrapper taking its password as text through an implicit conversion.
struct Secret {
  Secret(const char* text) : value(text) {}  // NOLINT: implicit on purpose
  std::string value;
};
void open_vault(const std::string& address, const Secret& password);

void open_dev_vault() { open_vault("https://vault.dev.internal", "dev-root-4f9a2c"); }  // expect: CPP101(high)

}  // namespace object_parameters
