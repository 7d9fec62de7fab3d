// CPP404 positives: confidence follows whole words of the receiving name (snake_case and camelCase split).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

namespace naming {

struct ChaosConfig {
  int session_timeout_jitter = 0;
  int keyspace_shard = 0;
};

struct UserProfile {
  std::string passwd;
  std::uint64_t credential_id = 0;
};

// A member m_sessionId splits into m / session / Id: high.
class WebSession {
 public:
  void regenerate(std::mt19937_64& gen) {
    m_sessionId = gen();  // expect: CPP404(high)
  }

 private:
  std::uint64_t m_sessionId = 0;
};

void log_metric(const char* name, int value);

// "monkey" is not "key": a chaos-monkey target pick is low.
std::size_t chaos_monkey_target(std::size_t host_count) {
  const std::size_t monkey_target = static_cast<std::size_t>(rand()) % host_count;  // expect: CPP404(low)
  return monkey_target;
}

// "keyboard" is not "key": low.
int keyboard_layout_hint(std::mt19937& gen) {
  const int keyboard_layout = static_cast<int>(gen() % 4);  // expect: CPP404(low)
  return keyboard_layout;
}

// "sidebar" is not "sid": low.
int sidebar_variant() {
  return rand() % 3;  // expect: CPP404(low)
}

// "author" is not "auth": low.
const std::string& featured_author(const std::vector<std::string>& authors) {
  const std::string& author = authors[static_cast<std::size_t>(random()) % authors.size()];  // expect: CPP404(low)
  return author;
}

// "spinner" and "pinned" are not "pin": low.
int spinner_frame(std::minstd_rand& gen) {
  int pinned_frame = static_cast<int>(gen() % 8);  // expect: CPP404(low)
  return pinned_frame;
}

// "keyspace" is not "key": a field named keyspace_shard is low.
void assign_keyspace(ChaosConfig& cfg, std::mt19937& gen) {
  cfg.keyspace_shard = static_cast<int>(gen() % 64);  // expect: CPP404(low)
}

// sample_index is not sensitive: low.
std::size_t reservoir_slot(std::size_t seen, std::mt19937& gen) {
  std::uniform_int_distribution<std::size_t> dist(0, seen);
  const std::size_t sample_index = dist(gen);  // expect: CPP404(low)
  return sample_index;
}

// camelCase resetToken is sensitive: high.
std::string issue_link(std::mt19937& gen) {
  const std::uint64_t resetToken = gen();  // expect: CPP404(high)
  return "/recover/" + std::to_string(resetToken);
}

// A field named passwd, appended to: high.
void touch_profile(UserProfile& profile, std::mt19937_64& gen) {
  profile.passwd.push_back(static_cast<char>('a' + gen() % 26));  // expect: CPP404(high)
}

// A field named credential_id: high.
void enroll_device(UserProfile& profile, std::mt19937_64& gen) {
  profile.credential_id = gen();  // expect: CPP404(high)
}

// A local named pwd: high.
std::string default_login(std::mt19937& gen) {
  std::uniform_int_distribution<int> digit(0, 9);
  std::string pwd;
  for (int i = 0; i < 8; ++i) pwd += static_cast<char>('0' + digit(gen));  // expect: CPP404(high)
  return "admin/" + pwd;
}

// All-lowercase apikey is itself a listed word: high.
std::uint64_t provision(std::mt19937_64& gen) {
  const std::uint64_t apikey = gen();  // expect: CPP404(high)
  return apikey;
}

// camelCase ivBytes contains the word "iv": high.
void prepare_cipher(std::mt19937& gen) {
  unsigned char ivBytes[12];
  for (auto& b : ivBytes) b = 0;
  ivBytes[0] = static_cast<unsigned char>(gen());  // expect: CPP404(high)
}

// The heuristic is purely lexical: jitter stored in session_timeout_jitter is high because of "session".
void jitter_timeouts(ChaosConfig& cfg, std::mt19937& gen) {
  cfg.session_timeout_jitter = static_cast<int>(gen() % 30);  // expect: CPP404(high)
}

// The enclosing function's name only counts when the value is returned: logged, not returned, so low.
void rotate_session_metrics() {
  const int slot = rand() % 16;  // expect: CPP404(low)
  log_metric("slot", slot);
}

// Returned from make_session_nonce: high through the function name.
std::uint32_t make_session_nonce(std::mt19937& gen) {
  return gen();  // expect: CPP404(high)
}

// xsrfCookieValue splits into xsrf / Cookie / Value: high.
std::uint32_t refresh_page(std::mt19937& gen) {
  const std::uint32_t xsrfCookieValue = gen();  // expect: CPP404(high)
  return xsrfCookieValue;
}

}  // namespace naming
