// CPP404 positives: seeding a weak generator from the clock, reported at the time call inside the seed.
// Nothing here draws a secret from the C library's shared generator, so its seeds are low unless
// their own function says otherwise (positive_shared_state.cpp has the other case).
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <random>
#include <sstream>
#include <string>
#include <sys/time.h>
#include <unistd.h>

namespace seeding {

// std::srand(std::time(nullptr)) in a neutral start-up helper with no draw: low.
void seed_legacy_rng() {
  std::srand(static_cast<unsigned>(std::time(nullptr)));  // expect: CPP404(low)
}

// srandom(time(0)) before sampling traffic: low.
void init_sampler() {
  srandom(time(0));  // expect: CPP404(low)
}

// Engine constructed from std::time for a game spawn level: seed low, draw low.
int spawn_monster_level() {
  std::mt19937 gen(std::time(nullptr));  // expect: CPP404(low)
  return std::uniform_int_distribution<int>(1, 20)(gen);  // expect: CPP404(low)
}

// gen.seed(time(NULL)) in a neutral function whose draw lands in a csrf local: both high.
std::uint32_t refresh_form(std::mt19937& gen) {
  gen.seed(static_cast<std::mt19937::result_type>(time(NULL)));  // expect: CPP404(high)
  const std::uint32_t csrf = gen();  // expect: CPP404(high)
  return csrf;
}

// system_clock::now() seeding an engine in generate_api_key: seed high (function name), draw high.
std::string generate_api_key() {
  std::mt19937_64 gen(std::chrono::system_clock::now().time_since_epoch().count());  // expect: CPP404(high)
  std::ostringstream oss;
  oss << std::hex << gen() << gen();  // expect: CPP404(high), CPP404(high)
  return oss.str();
}

// steady_clock seeding the engine behind retry jitter: low, low.
long retry_jitter_ms() {
  std::minstd_rand gen(static_cast<unsigned>(std::chrono::steady_clock::now().time_since_epoch().count()));  // expect: CPP404(low)
  return static_cast<long>(gen() % 500);  // expect: CPP404(low)
}

// A seed split over lines is reported on the line of the time call (high_resolution_clock): low.
double chaos_failure_probability() {
  std::default_random_engine gen(
      static_cast<unsigned>(std::chrono::high_resolution_clock::now().time_since_epoch().count()));  // expect: CPP404(low)
  std::uniform_real_distribution<double> p(0.0, 1.0);
  return p(gen);  // expect: CPP404(low)
}

// srand(clock()) before picking a log shard: low, low.
int log_shard(int shard_count) {
  srand(static_cast<unsigned>(clock()));  // expect: CPP404(low)
  return rand() % shard_count;  // expect: CPP404(low)
}

// time() mixed with the pid in a function named init_session_store: high from the function name alone.
void init_session_store() {
  srand(static_cast<unsigned>(time(nullptr)) ^ static_cast<unsigned>(getpid()));  // expect: CPP404(high)
}

// Neutral function name, but the draw flows into sid, so the time seed is high too.
std::string new_connection_label() {
  std::mt19937 gen(static_cast<unsigned>(std::time(nullptr)));  // expect: CPP404(high)
  std::ostringstream sid;
  sid << std::hex << gen();  // expect: CPP404(high)
  return "conn-" + sid.str();
}

// An engine seeded from the clock but never drawn: the seed alone is reported, low.
void warm_up_simulator() {
  std::ranlux24 gen(static_cast<std::uint_fast32_t>(std::time(nullptr)));  // expect: CPP404(low)
  gen.discard(1000);
}

// A time seed in the member initializer of a constructor named TokenGenerator: high (constructor name).
class TokenGenerator {
 public:
  TokenGenerator()
      : gen_(static_cast<unsigned>(std::time(nullptr))) {}  // expect: CPP404(high)

 private:
  std::mt19937 gen_;
};

// std::srand with the time on its own line inside the call: reported on the time call's line, low.
void bootstrap_worker() {
  std::srand(
      static_cast<unsigned>(
          std::time(nullptr)));  // expect: CPP404(low)
}

}  // namespace seeding

// The seed is read from the clock into a local first: reported at the seed argument.
int seeded_through_local() {
  const auto seed = static_cast<unsigned>(std::time(nullptr));
  std::mt19937 gen(seed);  // expect: CPP404(low)
  return static_cast<int>(gen() % 6);  // expect: CPP404(low)
}

// gettimeofday fills a struct whose fields become the seed.
void seed_from_timeval() {
  struct timeval tv;
  gettimeofday(&tv, nullptr);
  srand(static_cast<unsigned>(tv.tv_sec ^ tv.tv_usec));  // expect: CPP404(low)

}

// Constant seeds (CWE-336): the same sequence on every run. Low confidence where nothing
// drawn in the function is sensitive (replays, tests)...
void prepare_replay(std::mt19937& out) {
  std::mt19937 gen(42);  // expect: CPP404(low)
  out = gen;
}

void seed_for_unit_tests() {
  std::srand(1234);  // expect: CPP404(low)
}

// time() next to a constant seed: the constant seed is reported, the time call is not a seed.
std::time_t seed_and_stamp() {
  srand(7);  // expect: CPP404(low)
  const std::time_t started = time(nullptr);
  return started;
}

// ...high where the function draws a secret from it.
std::string make_invite_code() {
  constexpr unsigned kSeed = 20240601;
  std::mt19937 gen(kSeed);  // expect: CPP404(high)
  std::string invite_code;
  for (int i = 0; i < 8; ++i) invite_code += static_cast<char>('A' + gen() % 26);  // expect: CPP404(high)
  return invite_code;
}

// A seed from configuration is neither constant nor the time.
void seed_from_config(unsigned configured_seed) { srand(configured_seed); }

namespace returned_draws {

// A neutral helper that seeds its engine with the clock and returns what it draws: its callers
// keep the result as tokens, so the seed is high. The draw itself is reported low here and high
// where the caller stores it.
std::string random_hex(std::size_t n) {
  static std::mt19937 engine(static_cast<unsigned>(std::chrono::system_clock::now().time_since_epoch().count()));  // expect: CPP404(high)
  static constexpr char kDigits[] = "0123456789abcdef";
  std::uniform_int_distribution<int> nibble(0, 15);
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out.push_back(kDigits[nibble(engine)]);  // expect: CPP404(low)
  return out;
}

struct Grant {
  std::string access_token;
};

Grant issue() {
  Grant grant;
  grant.access_token = random_hex(32);  // expect: CPP404(high)
  return grant;
}

// The same helper shape whose result only names a temporary file: the seed stays low.
std::string scratch_suffix(std::size_t n) {
  static std::mt19937 engine(static_cast<unsigned>(std::time(nullptr)));  // expect: CPP404(low)
  std::uniform_int_distribution<int> digit(0, 9);
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out.push_back(static_cast<char>('0' + digit(engine)));  // expect: CPP404(low)
  return out;
}

std::string scratch_path() { return "/tmp/upload-" + scratch_suffix(8); }

}  // namespace returned_draws
