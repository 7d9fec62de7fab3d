// cppsec-test-flags: -DSOCICONFIG_H_INCLUDED -DSOCI_HAVE_CXX11 -DSOCI_HAVE_VISIBILITY_SUPPORT
// CPP201 positives: SQL text built at run time with SOCI's `sql << ...` streams.
// (The flags above skip soci-config.h, whose SOCI_HAVE_BOOST would pull in Boost headers
// that the fixture environment does not install; SOCI works without them.)
#include <soci/soci.h>

#include <string>
#include <vector>

namespace social {

constexpr const char* kProfiles = "profiles";

class ProfileRepository {
 public:
  explicit ProfileRepository(soci::session& sql) : sql_(sql) {}

  // A name from the request streamed between quotes: reported at the operand `name`.
  std::string email_of(const std::string& name) {
    std::string email;
    sql_ << "SELECT email FROM profiles WHERE name = '" << name << "'", soci::into(email);  // expect: CPP201
    return email;
  }

  // Same pattern over several lines: the finding is on the line of the non-constant operand.
  std::string bio_of(const std::string& handle) {
    std::string bio;
    sql_ << "SELECT bio FROM profiles WHERE handle = '"
         << handle  // expect: CPP201
         << "'",
        soci::into(bio);
    return bio;
  }

  // A locally built query streamed as the first operand.
  int count_followers(long profile_id, bool only_active) {
    std::string q = "SELECT count(*) FROM followers WHERE profile_id = " + std::to_string(profile_id);
    if (only_active) q += " AND active = 1";
    int n = 0;
    sql_ << q, soci::into(n);  // expect: CPP201
    return n;
  }

  // sql.once with a numeric id streamed into the text.
  void remove(long profile_id) {
    sql_.once << "DELETE FROM profiles WHERE id = " << profile_id;  // expect: CPP201
  }

  // sql.prepare with an ORDER BY column from the client; into() after the comma is a binding.
  std::vector<std::string> names_sorted(const std::string& sort_column) {
    std::string name;
    soci::statement st = (sql_.prepare << "SELECT name FROM profiles ORDER BY " << sort_column,  // expect: CPP201
                          soci::into(name));
    st.execute();
    std::vector<std::string> out;
    while (st.fetch()) out.push_back(name);
    return out;
  }

  // A rowset over a query whose WHERE clause was built in a loop.
  std::size_t count_tagged(const std::vector<std::string>& tags) {
    std::string q = "SELECT id FROM profiles WHERE 0 = 1";
    for (const std::string& tag : tags) q += " OR tag = '" + tag + "'";
    soci::rowset<soci::row> rows = (sql_.prepare << q);  // expect: CPP201
    std::size_t n = 0;
    for (auto it = rows.begin(); it != rows.end(); ++it) ++n;
    return n;
  }

  // Near miss: constant text (constexpr table name) and the value bound with use().
  std::string display_name(long profile_id) {
    std::string name;
    sql_ << "SELECT display_name FROM " << kProfiles << " WHERE id = :id", soci::into(name),
        soci::use(profile_id);
    return name;
  }

 private:
  soci::session& sql_;
};

}  // namespace social
