// CPP404 positives: calling a weak <random> engine object directly (gen()).
#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace edge {

using Rng = std::mt19937;

thread_local std::mt19937 tl_gen{std::random_device{}()};

struct WorkerContext {
  std::mt19937 rng{std::random_device{}()};
  std::vector<std::string> peers;
};

struct HttpResponse {
  void set_cookie(const std::string& name, std::uint32_t value);
};

// std::mt19937 drawn directly to choose an upstream: low.
std::size_t pick_upstream(std::mt19937& gen, std::size_t upstream_count) {
  return gen() % upstream_count;  // expect: CPP404(low)
}

// std::mt19937_64 member drawn into this->nonce_; seeding from random_device does not help: high.
class RequestSigner {
 public:
  void begin_request() {
    this->nonce_ = rng_();  // expect: CPP404(high)
  }

 private:
  std::mt19937_64 rng_{std::random_device{}()};
  std::uint64_t nonce_ = 0;
};

// std::minstd_rand passed to set_cookie: high (callee name contains "cookie").
void issue_visitor_cookie(HttpResponse& resp, std::minstd_rand& gen) {
  resp.set_cookie("visitor", gen());  // expect: CPP404(high)
}

// std::minstd_rand0 choosing a loot table row in a game server: low.
int loot_row(std::minstd_rand0& gen) {
  return static_cast<int>(gen() % 50);  // expect: CPP404(low)
}

// std::default_random_engine assigning an A/B experiment bucket: low.
int experiment_bucket(std::default_random_engine& gen) {
  const auto bucket = gen() % 100;  // expect: CPP404(low)
  return static_cast<int>(bucket);
}

// std::ranlux24 sampling a Monte Carlo capacity estimate: low.
double capacity_estimate(std::ranlux24& gen) {
  return static_cast<double>(gen()) / static_cast<double>(std::ranlux24::max());  // expect: CPP404(low)
}

// std::ranlux48 filling a password salt: high (salt).
void fill_password_salt(std::ranlux48& gen, std::uint64_t (&salt)[2]) {
  salt[0] = gen();  // expect: CPP404(high)
  salt[1] = gen();  // expect: CPP404(high)
}

// std::ranlux24_base perturbing a heartbeat interval: low.
unsigned heartbeat_interval_ms(std::ranlux24_base& gen) {
  return 1000 + gen() % 250;  // expect: CPP404(low)
}

// std::ranlux48_base used for an opaque secret handed to a webhook: high (local secret).
std::uint64_t webhook_signature_seed(std::ranlux48_base& gen) {
  std::uint64_t secret = gen();  // expect: CPP404(high)
  return secret;
}

// std::knuth_b producing an API key returned from generate_api_key: high.
std::uint64_t generate_api_key(std::knuth_b& gen) {
  return (static_cast<std::uint64_t>(gen()) << 32) | gen();  // expect: CPP404(high), CPP404(high)
}

// A thread_local mt19937 drawn to choose a peer for gossip: low.
const std::string& gossip_peer(const std::vector<std::string>& peers) {
  return peers[tl_gen() % peers.size()];  // expect: CPP404(low)
}

// A function-local static engine drawn for a request sampling decision: low.
bool sample_request() {
  static std::mt19937 gen{std::random_device{}()};
  return gen() % 1000 == 0;  // expect: CPP404(low)
}

// An engine reached through a field of a context object: low.
const std::string& random_peer(WorkerContext& ctx) {
  return ctx.peers[ctx.rng() % ctx.peers.size()];  // expect: CPP404(low)
}

// A project alias of std::mt19937 is still mt19937; the draw lands in auth_nonce: high.
std::uint32_t handshake(Rng& gen) {
  const std::uint32_t auth_nonce = gen();  // expect: CPP404(high)
  return auth_nonce ^ 0x5a5a5a5au;
}

}  // namespace edge
