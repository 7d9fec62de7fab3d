// CPP404 negatives across functions of one TU: weak helpers whose results stay harmless.
// Only the helpers' own draws are reported, at low confidence (which is expected here);
// callers using the results for non-secrets add nothing.
#include <random>
#include <string>

namespace util {

int roll(int sides) {
  static std::mt19937 rng{42};  // expect: CPP404(low)
  return std::uniform_int_distribution<int>(1, sides)(rng);  // expect: CPP404(low)
}

// A dice game: nothing sensitive.
int play_round() {
  int total = roll(6) + roll(6);
  return total;
}

// Jitter for a retry loop.
int backoff_ms(int attempt) {
  int jitter = roll(100);
  return attempt * 100 + jitter;
}

// A temporary file name suffix.
std::string temp_name() { return "/tmp/upload-" + std::to_string(roll(1000)); }

// An upload's id handed to a function that makes a share link: the parameter says it is the
// id, and the link's own secret part is drawn elsewhere.
std::string make_download_link(const std::string& upload_id);
std::string new_upload_id() {
  static std::mt19937_64 rng{std::random_device{}()};
  return std::to_string(rng());  // expect: CPP404(low)
}
std::string share(const std::string& name) {
  const std::string id = new_upload_id();
  return name + ": " + make_download_link(id);
}

}  // namespace util
