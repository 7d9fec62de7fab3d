// CPP404 positives: a generator seeded in one function and drawn for a secret in another. The
// C library's generators share one state per process, so srand(time) anywhere matters once
// rand() makes a token; an engine seeded in a constructor matters once a method draws a token.
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <random>
#include <string>

namespace shared_state {

// srand(time(NULL)) inside a reset-token generator: seed and draw are both high.
std::string make_reset_token() {
  static const char kAlphabet[] = "0123456789abcdef";
  srand(time(NULL));  // expect: CPP404(high)
  std::string token;
  for (int i = 0; i < 40; ++i) {
    token += kAlphabet[rand() % 16];  // expect: CPP404(high)
  }
  return token;
}

// The same shared state seeded at start-up, in a function that draws nothing: high too.
void start_up() { std::srand(static_cast<unsigned>(std::time(nullptr))); }  // expect: CPP404(high)

class Runner {
 public:
  // srand48 in the constructor; lrand48 makes the job token in another method.
  Runner() { srand48(static_cast<long>(std::time(nullptr))); }  // expect: CPP404(high)
  std::string new_job() {
    const long job_token = lrand48();  // expect: CPP404(high)
    return std::to_string(job_token);
  }
};

class ResumeTokens {
 public:
  // The engine member seeded from the clock in the initializer list, drawn for a token later.
  ResumeTokens()
      : engine_(static_cast<unsigned>(
            std::chrono::system_clock::now().time_since_epoch().count())) {}  // expect: CPP404(high)
  std::string issue() {
    const std::uint64_t resume_token = engine_();  // expect: CPP404(high)
    return std::to_string(resume_token);
  }

 private:
  std::mt19937_64 engine_;
};

// The engine drawn only through a distribution, dist(engine_): the seed is high all the same.
class PinIssuer {
 public:
  PinIssuer() : engine_(static_cast<unsigned>(std::time(nullptr))) {}  // expect: CPP404(high)
  std::string issue_pin() {
    std::uniform_int_distribution<int> digits(0, 9999);
    const int pin = digits(engine_);  // expect: CPP404(high)
    return std::to_string(pin);
  }

 private:
  std::mt19937 engine_;
};

// A helper named for what it makes draws from the engine it is handed; the caller's seed matters.
std::string token_chars(std::default_random_engine& eng, std::size_t n) {
  static const char alphabet[] = "abcdefghijkmnopqrstuvwxyz23456789";
  std::uniform_int_distribution<std::size_t> pick(0, sizeof alphabet - 2);
  std::string s;
  for (std::size_t i = 0; i < n; ++i) s += alphabet[pick(eng)];  // expect: CPP404(high)
  return s;
}
std::string publish_download() {
  static std::default_random_engine eng(static_cast<unsigned>(std::time(nullptr)));  // expect: CPP404(high)
  return token_chars(eng, 24);
}

// An engine seeded the same way but drawn only for retry jitter: its seed stays low.
class Backoff {
 public:
  Backoff() : jitter_(static_cast<unsigned>(std::time(nullptr))) {}  // expect: CPP404(low)
  long delay_ms(int attempt) {
    return attempt * 100 + static_cast<long>(jitter_() % 50);  // expect: CPP404(low)
  }

 private:
  std::minstd_rand jitter_;
};

}  // namespace shared_state
