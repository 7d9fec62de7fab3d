// Repository code on the in-house ORM: raw SQL built from a parameter is CPP201; constant SQL,
// quoted values and the query builder's bound methods are not.
#include <string>

#include "acme_orm.h"

namespace shop {

acme::orm::Result find_user(acme::orm::Session &db, const std::string &name) {
  std::string sql = "SELECT * FROM users WHERE name = '" + name + "'";
  return db.raw(sql);  // expect: CPP201
}

acme::orm::Result by_status(acme::orm::Session &db, const std::string &status) {
  return db.query("orders").where_raw("status = '" + status + "'").all();  // expect: CPP201
}

acme::orm::Result safe_user(acme::orm::Session &db, const std::string &name) {
  return db.raw("SELECT * FROM users WHERE name = " + acme::orm::quote(name));
}

acme::orm::Result all_users(acme::orm::Session &db) {
  return db.raw("SELECT * FROM users");
}

}  // namespace shop
