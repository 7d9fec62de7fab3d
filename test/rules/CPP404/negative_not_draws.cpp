// CPP404 negatives: code that mentions generators, seeds or clocks without drawing weak randomness.
#include <openssl/rand.h>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>

namespace quiet {

struct ServerOptions {
  bool random_ = false;        // "pick a random port" flag from the config file
  unsigned rand_seed = 0;      // seed for reproducible load tests
  std::string listen_address;
};

struct Session {
  std::string token;
  std::time_t created_at = 0;
  std::time_t expires_at = 0;
};

void run_load_test(std::mt19937& gen);

// A project helper whose name starts with "random" but which uses OpenSSL inside.
std::string random_hex(std::size_t bytes) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (std::size_t i = 0; i < bytes; ++i) {
    unsigned char b = 0;
    if (RAND_bytes(&b, 1) != 1) throw std::runtime_error("RAND_bytes");
    out.push_back(kHex[b >> 4]);
    out.push_back(kHex[b & 0x0f]);
  }
  return out;
}

// Declared only: a project function named rand_token_from_vault.
std::string rand_token_from_vault(const std::string& path);

// Calling project functions named random_hex / rand_token_from_vault is not a weak draw.
void issue_session(Session& s) {
  s.token = random_hex(32);
  if (s.token.empty()) s.token = rand_token_from_vault("secret/session");
}

// An engine seeded from random_device and handed to another function: nothing is drawn here.
void start_load_test() {
  std::random_device rd;
  std::mt19937 gen{rd()};
  run_load_test(gen);
}

// srand with a seed read from configuration is not a time seed.
void apply_seed(const ServerOptions& opts) {
  srand(opts.rand_seed);
}

// A data member named random_ is read, not called.
int choose_port(const ServerOptions& opts) {
  if (opts.random_) {
    return 0;  // let the kernel pick an ephemeral port
  }
  return 8080;
}

// time() used for timestamps, not as a seed.
void stamp_session(Session& s) {
  s.created_at = std::time(nullptr);
  s.expires_at = time(nullptr) + 3600;
}

// system_clock::now() computing a request deadline.
std::chrono::system_clock::time_point request_deadline() {
  return std::chrono::system_clock::now() + std::chrono::seconds(30);
}


// Asking an engine or its type for its range does not draw.
std::uint64_t engine_range(const std::mt19937_64& gen) {
  return std::mt19937::max() - std::mt19937::min() + (gen.max() - gen.min());
}

// A distribution configured and reset but never called.
int distribution_bounds() {
  std::uniform_int_distribution<int> dist(1, 6);
  dist.reset();
  return dist.max() - dist.min() + dist.param().a();
}

// seed_seq filled from random_device, engine constructed, nothing drawn.
std::mt19937 make_engine() {
  std::random_device rd;
  std::seed_seq seq{rd(), rd(), rd(), rd()};
  return std::mt19937(seq);
}

// Re-seeding an existing engine from random_device is not a draw.
void reseed(std::minstd_rand& gen) {
  std::random_device rd;
  gen.seed(rd());
}

// Advancing an engine with discard() is not a draw.
void skip_ahead(std::ranlux48& gen, unsigned long long n) {
  gen.discard(n);
}

// Writing an engine's state to a stream (checkpointing a simulation) is not a draw.
std::string checkpoint(const std::mt19937& gen) {
  std::ostringstream state;
  state << gen;
  return state.str();
}

// Strings and comments that mention rand() are not calls.
const char* help_text() {
  // Do not use rand() or std::mt19937 for tokens; call random_hex() instead.
  return "tokens come from RAND_bytes, never rand() or mt19937()";
}

}  // namespace quiet
