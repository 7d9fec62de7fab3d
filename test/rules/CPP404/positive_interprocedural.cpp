// CPP404 positives across functions of one TU: a neutral helper draws from a weak generator
// and a caller stores the result somewhere sensitive.
#include <random>
#include <string>

namespace auth {

// The helper's own draw is low confidence: nothing in it says secret.
std::string random_string(std::size_t length) {
  static const char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  static std::mt19937 rng{std::random_device{}()};
  std::uniform_int_distribution<std::size_t> pick(0, sizeof kAlphabet - 2);
  std::string out;
  for (std::size_t i = 0; i < length; ++i) out.push_back(kAlphabet[pick(rng)]);  // expect: CPP404(low)
  return out;
}

// A second level: still neutral.
std::string random_suffix() { return random_string(6); }

struct Session {
  std::string id;
  std::string csrf_token;
};

// The caller makes it a session id: reported here, high.
Session open_session() {
  Session session;
  session.id = random_string(32);  // expect: CPP404(high)
  session.csrf_token = random_suffix();  // expect: CPP404(high)
  return session;
}

// A value returned through a local into a variable named for a secret.
void issue_reset(std::string& out) {
  std::string reset_token = random_string(24);  // expect: CPP404(high)
  out = reset_token;
}

// A helper whose own name says token: its draw is already high, and callers are not
// reported again for the same value.
int generate_otp() {
  static std::minstd_rand engine{12345};  // expect: CPP404(high)
  return static_cast<int>(engine() % 1000000);  // expect: CPP404(high)
}

void send_login_code(int& code_out) { code_out = generate_otp(); }

}  // namespace auth

// The class name says what the generated value is for: high, though the method is "Generate".
class SessionIdGenerator {
 public:
  std::string Generate() {
    std::string id;
    for (int i = 0; i < 16; ++i) id += static_cast<char>('a' + engine_() % 26);  // expect: CPP404(high)
    return id;
  }

 private:
  std::mt19937 engine_{std::random_device{}()};
};

namespace auth {

// Stored in a global and in a function-local static: their names count too.
std::string g_csrf_token;

void rotate_tokens() {
  g_csrf_token = random_string(32);  // expect: CPP404(high)
  static std::string session_secret;
  session_secret = random_suffix();  // expect: CPP404(high)
}

}  // namespace auth
