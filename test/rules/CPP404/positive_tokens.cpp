// CPP404 positives: weak randomness in the credentials a backend hands out (high), next to ordinary uses (low).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iomanip>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace identity {

struct Session {
  std::string user;
  std::string token;
  long expires_at = 0;
};

struct ResetRequest {
  std::string email;
  std::string token;
};

struct OAuthFlow {
  std::string code_verifier;
  std::string state;
};

static constexpr char kAlphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
static constexpr std::size_t kAlphabetSize = sizeof(kAlphabet) - 1;

void set_session_token(Session& s, const std::string& value);
void store(const std::string& user, std::uint64_t csrf_token);
void send_sms_otp(const std::string& phone, int otp);
void emit_metric(const char* name, double value);

// Session id built in an ostringstream that is then assigned to session_id: high.
std::string open_session(const std::string& user) {
  static std::mt19937_64 gen{std::random_device{}()};
  std::ostringstream oss;
  oss << std::hex << std::setw(16) << std::setfill('0') << gen();  // expect: CPP404(high)
  std::string session_id = oss.str();
  return user + ":" + session_id;
}

// Session token written into the token field of a Session object: high (session.token).
void start_session(Session& session, std::mt19937& gen) {
  std::uniform_int_distribution<std::size_t> dist(0, kAlphabetSize - 1);
  for (int i = 0; i < 32; ++i) {
    session.token.push_back(kAlphabet[dist(gen)]);  // expect: CPP404(high)
  }
}

// Password reset token stored on the request record: high (token field).
void prepare_password_reset(ResetRequest& req) {
  std::string value;
  for (int i = 0; i < 48; ++i) {
    value += kAlphabet[std::rand() % kAlphabetSize];  // expect: CPP404(high)
  }
  req.token = value;
}

// Six-digit OTP formatted with snprintf and returned from make_otp: high.
std::string make_otp(std::mt19937& gen) {
  std::uniform_int_distribution<int> digits(0, 999999);
  const int code = digits(gen);  // expect: CPP404(high)
  char buf[8];
  std::snprintf(buf, sizeof buf, "%06d", code);
  return buf;
}

// OTP passed to a helper whose parameter is named otp: high.
void text_login_code(const std::string& phone, std::minstd_rand& gen) {
  const int code = static_cast<int>(gen() % 1000000);  // expect: CPP404(high)
  send_sms_otp(phone, code);
}

// CSRF token returned from generate_csrf_token: high (function name).
std::string generate_csrf_token(std::mt19937& gen) {
  std::uniform_int_distribution<std::size_t> dist(0, kAlphabetSize - 1);
  std::string out;
  out.reserve(32);
  for (int i = 0; i < 32; ++i) {
    out += kAlphabet[dist(gen)];  // expect: CPP404(high)
  }
  return out;
}

// Value passed to a callee whose parameter is named csrf_token: high.
void remember_form(const std::string& user, std::mt19937_64& gen) {
  const std::uint64_t v = gen();  // expect: CPP404(high)
  store(user, v);
}

// Draw handed to set_session_token: high (callee name).
void rotate(Session& s, std::mt19937& gen) {
  std::uniform_int_distribution<std::size_t> dist(0, kAlphabetSize - 1);
  std::string fresh;
  for (int i = 0; i < 32; ++i) fresh.push_back(kAlphabet[dist(gen)]);  // expect: CPP404(high)
  set_session_token(s, fresh);
}

// Password salt bytes in a C array named salt: high.
void hash_new_password(const std::string& password, std::mt19937& gen) {
  unsigned char salt[16];
  for (auto& b : salt) b = 0;
  for (int i = 0; i < 16; ++i) {
    salt[i] = static_cast<unsigned char>(gen() & 0xff);  // expect: CPP404(high)
  }
  (void)password;
}

// PKCE code_verifier built from a weak engine: high (verifier).
void begin_oauth(OAuthFlow& flow, std::mt19937& gen) {
  std::uniform_int_distribution<std::size_t> dist(0, kAlphabetSize - 1);
  for (int i = 0; i < 64; ++i) {
    flow.code_verifier += kAlphabet[dist(gen)];  // expect: CPP404(high)
  }
}

// Temporary password for an invited user: high (temp_password).
std::string invite_user(const std::string& email, std::mt19937& gen) {
  std::uniform_int_distribution<std::size_t> dist(0, kAlphabetSize - 1);
  std::string temp_password;
  while (temp_password.size() < 12) {
    temp_password.push_back(kAlphabet[dist(gen)]);  // expect: CPP404(high)
  }
  return email + " " + temp_password;
}

// Client secret for a newly registered OAuth client: high (client_secret).
std::string register_client(std::mt19937_64& gen) {
  std::ostringstream client_secret;
  client_secret << std::hex << gen() << gen();  // expect: CPP404(high), CPP404(high)
  return client_secret.str();
}

// Login challenge sent to a device, in a local named challenge: high.
std::uint32_t start_device_login(std::mt19937& gen) {
  std::uint32_t challenge = gen();  // expect: CPP404(high)
  return challenge;
}

// Request id used only for log correlation: nothing sensitive, low.
std::string make_request_id(std::mt19937_64& gen) {
  std::ostringstream oss;
  oss << "req-" << std::hex << gen();  // expect: CPP404(low)
  return oss.str();
}

// Backoff jitter reported as a metric: low.
void record_backoff(std::mt19937& gen) {
  std::uniform_real_distribution<double> spread(0.0, 1.0);
  const double retry_delay = 100.0 * (1.0 + spread(gen));  // expect: CPP404(low)
  emit_metric("retry_delay_ms", retry_delay);
}

// Choosing which replica serves a read: low.
std::size_t choose_replica(std::size_t replica_count, std::mt19937& gen) {
  std::uniform_int_distribution<std::size_t> dist(0, replica_count - 1);
  return dist(gen);  // expect: CPP404(low)
}

// Shuffling a list of test users before a load test: low.
void shuffle_test_users(std::vector<std::string>& users, std::mt19937& gen) {
  for (std::size_t i = users.size(); i > 1; --i) {
    const std::size_t j = gen() % i;  // expect: CPP404(low)
    users[i - 1].swap(users[j]);
  }
}

}  // namespace identity
