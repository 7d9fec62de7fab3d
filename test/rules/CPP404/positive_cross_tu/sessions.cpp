// Uses the helpers of random_util.cpp: a weak draw that becomes a session token is reported
// here, at high confidence, once the merge step has seen both TUs.
#include <string>

#include "random_util.h"

namespace sessions {

struct Session {
  std::string user;
  std::string token;
  std::string display_name;
};

Session open_session(const std::string& user) {
  Session session{user, {}, {}};
  session.token = util::random_string(32);  // expect: CPP404(high)
  return session;
}

std::string new_api_key() {
  std::string api_key = util::random_label();  // expect: CPP404(high)
  return api_key;
}

// The CSPRNG helper: quiet.
Session open_secure_session(const std::string& user) {
  Session session{user, {}, {}};
  session.token = util::secure_random_string(32);
  return session;
}

// A weak value for something that is not a secret: quiet here (it was reported, low, where drawn).
void name_guest(Session& session) { session.display_name = "guest-" + util::random_string(4); }

}  // namespace sessions
