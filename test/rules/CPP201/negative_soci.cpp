// cppsec-test-flags: -DSOCICONFIG_H_INCLUDED -DSOCI_HAVE_CXX11 -DSOCI_HAVE_VISIBILITY_SUPPORT
// CPP201 negatives for SOCI: constant text, values bound with soci::use().
// (The flags above skip soci-config.h, whose SOCI_HAVE_BOOST would pull in Boost headers
// that the fixture environment does not install; SOCI works without them.)
#include <soci/soci.h>

#include <string>
#include <vector>

namespace social {

#define SQL_PROFILE_BY_ID "SELECT name, bio FROM profiles WHERE id = :id"
constexpr const char* kFollowers = "followers";

// Named placeholder with the request value bound by use().
std::string email_of(soci::session& sql, const std::string& name) {
  std::string email;
  sql << "SELECT email FROM profiles WHERE name = :name", soci::into(email), soci::use(name);
  return email;
}

// A LIKE pattern built from user input but bound with use(), not streamed into the text.
std::vector<std::string> search(soci::session& sql, const std::string& term) {
  std::string pattern = "%" + term + "%";
  std::vector<std::string> names(50);
  sql << "SELECT name FROM profiles WHERE name LIKE :p", soci::into(names), soci::use(pattern, "p");
  return names;
}

// Chain of literals and a constexpr table name, id bound with use().
int follower_count(soci::session& sql, long profile_id) {
  int n = 0;
  sql << "SELECT count(*) FROM " << kFollowers << " WHERE profile_id = :id", soci::into(n),
      soci::use(profile_id);
  return n;
}

// #define literal through sql.prepare with into() and use().
bool load_profile(soci::session& sql, long id, std::string& name, std::string& bio) {
  soci::statement st = (sql.prepare << SQL_PROFILE_BY_ID, soci::into(name), soci::into(bio),
                        soci::use(id));
  st.execute(true);
  return st.got_data();
}

// sql.once with constant text and a bound value.
void unfollow(soci::session& sql, long follower, long followee) {
  sql.once << "DELETE FROM followers WHERE follower_id = :a AND followee_id = :b",
      soci::use(follower), soci::use(followee);
}

// A query string received as a parameter and streamed unchanged (not built here).
void run_admin_statement(soci::session& sql, const std::string& statement) {
  sql << statement;
}

}  // namespace social
