// CPP404 positives: <random> distributions drawing from a weak engine, reported once at the distribution call.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace svc {

struct Backend {
  std::string host;
  double weight = 1.0;
};

// uniform_int_distribution over mt19937 appended to a token through a string_view charset: high.
std::string make_invite(std::mt19937& gen) {
  constexpr std::string_view charset = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  std::uniform_int_distribution<std::size_t> dist(0, charset.size() - 1);
  std::string token;
  for (int i = 0; i < 24; ++i) {
    token.push_back(charset[dist(gen)]);  // expect: CPP404(high)
  }
  return "https://example.com/invite/" + token;
}

// A temporary distribution drawing once for a dice roll: low.
int roll_d10(std::mt19937& gen) {
  return std::uniform_int_distribution<int>(1, 10)(gen);  // expect: CPP404(low)
}

// A braced temporary uniform_real_distribution adding jitter to a backoff: low.
std::chrono::milliseconds backoff_with_jitter(std::mt19937& gen, int attempt) {
  const double jitter = std::uniform_real_distribution<double>{0.0, 0.25}(gen);  // expect: CPP404(low)
  return std::chrono::milliseconds(static_cast<long>((1 << attempt) * 100 * (1.0 + jitter)));
}

// A call expression split over two lines is reported on the line where it begins: low.
std::size_t sample_index(std::minstd_rand& gen, std::size_t population) {
  std::uniform_int_distribution<std::size_t> pick(0, population - 1);
  const std::size_t idx = pick(  // expect: CPP404(low)
      gen);
  return idx;
}

// bernoulli_distribution deciding whether to log a request: low.
bool log_this_request(std::default_random_engine& gen) {
  std::bernoulli_distribution sampled(0.01);
  return sampled(gen);  // expect: CPP404(low)
}

// normal_distribution simulating service latency in a load test: low.
double simulated_latency(std::mt19937_64& gen) {
  std::normal_distribution<double> latency(40.0, 8.0);
  return latency(gen);  // expect: CPP404(low)
}

// discrete_distribution choosing a weighted backend: low.
const Backend& pick_weighted(const std::vector<Backend>& backends, std::mt19937& gen) {
  std::vector<double> weights;
  for (const auto& b : backends) weights.push_back(b.weight);
  std::discrete_distribution<std::size_t> choose(weights.begin(), weights.end());
  return backends[choose(gen)];  // expect: CPP404(low)
}

// exponential_distribution generating synthetic request arrivals: low.
std::vector<double> arrival_times(std::ranlux24& gen, int n) {
  std::exponential_distribution<double> gap(50.0);
  std::vector<double> out;
  double t = 0.0;
  for (int i = 0; i < n; ++i) {
    t += gap(gen);  // expect: CPP404(low)
    out.push_back(t);
  }
  return out;
}

// Fisher-Yates shuffle of test fixtures using the (gen, param) overload: low.
void shuffle_fixtures(std::vector<std::string>& fixtures, std::mt19937& gen) {
  using Dist = std::uniform_int_distribution<std::size_t>;
  Dist dist;
  for (std::size_t i = fixtures.size(); i > 1; --i) {
    const std::size_t j = dist(gen, Dist::param_type(0, i - 1));  // expect: CPP404(low)
    std::swap(fixtures[i - 1], fixtures[j]);
  }
}

// A distribution draw and a raw engine draw on the same line are two findings: low, low.
int combined_roll(std::mt19937& gen) {
  std::uniform_int_distribution<int> die(1, 6);
  return die(gen) + static_cast<int>(gen() % 6);  // expect: CPP404(low), CPP404(low)
}

// uniform_int_distribution bytes written into an IV buffer: high (iv).
void fill_iv(std::mt19937& gen, unsigned char (&iv)[16]) {
  std::uniform_int_distribution<int> byte(0, 255);
  for (auto i = 0; i < 16; ++i) {
    iv[i] = static_cast<unsigned char>(byte(gen));  // expect: CPP404(high)
  }
}

// A 64-bit uniform draw in a camelCase local named apiKey: high (apiKey).
std::uint64_t provisionClient(std::mt19937_64& gen) {
  std::uniform_int_distribution<std::uint64_t> dist;
  std::uint64_t apiKey = dist(gen);  // expect: CPP404(high)
  return apiKey;
}

}  // namespace svc
