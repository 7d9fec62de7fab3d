// CPP404 positives: draws from the C library's weak generators (rand, random, rand_r, *rand48).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace shop {

struct UserRecord {
  std::string email;
  int otp_code = 0;
};

struct FormState {
  std::string action;
  std::string csrf_token;
};

// std::rand() for a dice roll in a game endpoint: weak but harmless, low.
int roll_dice() {
  return std::rand() % 6 + 1;  // expect: CPP404(low)
}

// rand() choosing a fallback backend for a request: low.
const std::string& pick_backend(const std::vector<std::string>& backends) {
  return backends[static_cast<std::size_t>(rand()) % backends.size()];  // expect: CPP404(low)
}

// rand() written straight into a one-time-password field: high (field otp_code).
void assign_login_code(UserRecord& user) {
  user.otp_code = 100000 + rand() % 900000;  // expect: CPP404(high)
}

// random() spreading cache expiry so entries do not all expire together: low.
long cache_ttl_seconds(long base) {
  return base + random() % 60;  // expect: CPP404(low)
}

// rand_r() with per-thread state to choose a shard: low.
unsigned pick_shard(unsigned* state, unsigned shard_count) {
  return static_cast<unsigned>(rand_r(state)) % shard_count;  // expect: CPP404(low)
}

// drand48() deciding whether a request is traced: low.
bool should_trace(double sample_rate) {
  return drand48() < sample_rate;  // expect: CPP404(low)
}

// erand48() simulating latency in a fault-injection middleware: low.
double simulated_latency_ms(unsigned short xsubi[3]) {
  return 5.0 + erand48(xsubi) * 20.0;  // expect: CPP404(low)
}

// lrand48() building a password reset token character by character: high (reset_token).
std::string build_recovery_link(const std::string& base_url) {
  static constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::string reset_token;
  for (int i = 0; i < 32; ++i) {
    reset_token += kAlphabet[lrand48() % (sizeof(kAlphabet) - 1)];  // expect: CPP404(high)
  }
  return base_url + "/recover?t=" + reset_token;
}

// nrand48() returned from a function that hands out session ids: high (function name).
long next_session_id(unsigned short state[3]) {
  return nrand48(state);  // expect: CPP404(high)
}

// mrand48() kept in a local that is returned from make_nonce: high.
std::uint32_t make_nonce() {
  const long value = mrand48();  // expect: CPP404(high)
  return static_cast<std::uint32_t>(value);
}

// jrand48() jitter added to a retry delay: low.
long retry_delay_ms(unsigned short state[3], long attempt) {
  const long jitter = jrand48(state) % 100;  // expect: CPP404(low)
  return attempt * 200 + jitter;
}

// rand() returned from generate_pin: high (function name contains "pin").
int generate_pin() {
  return rand() % 10000;  // expect: CPP404(high)
}

// Two rand() draws formatted into a buffer that becomes the CSRF token: both high.
void attach_form_state(FormState& state) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%08x%08x", rand(), rand());  // expect: CPP404(high), CPP404(high)
  state.csrf_token = buf;
}

// rand() picking a banner variant shown on the landing page: low.
int banner_variant(int variant_count) {
  const int choice = rand() % variant_count;  // expect: CPP404(low)
  return choice;
}

}  // namespace shop
