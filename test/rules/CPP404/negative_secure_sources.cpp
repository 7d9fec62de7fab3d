// CPP404 negatives: secrets drawn from cryptographically secure sources must stay quiet.
#include <bsd/stdlib.h>
#include <fcntl.h>
#include <openssl/rand.h>
#include <sys/random.h>
#include <unistd.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <limits>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>

namespace secure {

static constexpr char kAlphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
static constexpr std::size_t kAlphabetSize = sizeof(kAlphabet) - 1;

std::string to_hex(const unsigned char* data, std::size_t len) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (std::size_t i = 0; i < len; ++i) {
    out.push_back(kHex[data[i] >> 4]);
    out.push_back(kHex[data[i] & 0x0f]);
  }
  return out;
}

// A uniform random bit generator backed by OpenSSL; distributions over it are not weak.
class CryptoRng {
 public:
  using result_type = std::uint32_t;
  static constexpr result_type min() { return 0; }
  static constexpr result_type max() { return std::numeric_limits<result_type>::max(); }
  result_type operator()() {
    result_type v = 0;
    if (RAND_bytes(reinterpret_cast<unsigned char*>(&v), sizeof v) != 1) throw std::runtime_error("RAND_bytes");
    return v;
  }
};

// std::random_device drawn directly for a session token.
std::string generate_session_token() {
  std::random_device rd;
  std::string token;
  for (int i = 0; i < 32; ++i) {
    token.push_back(kAlphabet[rd() % kAlphabetSize]);
  }
  return token;
}

// uniform_int_distribution drawing from std::random_device for a CSRF token.
std::string generate_csrf_token() {
  std::random_device rd;
  std::uniform_int_distribution<std::size_t> dist(0, kAlphabetSize - 1);
  std::string csrf_token;
  for (int i = 0; i < 32; ++i) csrf_token += kAlphabet[dist(rd)];
  return csrf_token;
}

// A temporary std::random_device drawn once for a nonce.
std::uint32_t make_nonce() {
  return std::random_device{}();
}

// getrandom(2) filling a password salt.
std::array<unsigned char, 16> new_salt() {
  std::array<unsigned char, 16> salt{};
  if (getrandom(salt.data(), salt.size(), 0) != static_cast<ssize_t>(salt.size())) {
    throw std::runtime_error("getrandom");
  }
  return salt;
}

// getentropy(3) filling an HMAC key.
std::array<unsigned char, 32> new_hmac_key() {
  std::array<unsigned char, 32> key{};
  if (getentropy(key.data(), key.size()) != 0) throw std::runtime_error("getentropy");
  return key;
}

// arc4random_buf from <bsd/stdlib.h> for an API key.
std::string generate_api_key() {
  unsigned char raw[24];
  arc4random_buf(raw, sizeof raw);
  return "ak_" + to_hex(raw, sizeof raw);
}

// arc4random_uniform for a six-digit OTP.
std::string make_otp() {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%06u", arc4random_uniform(1000000));
  return buf;
}

// OpenSSL RAND_bytes for a session id.
std::string new_session_id() {
  unsigned char raw[16];
  if (RAND_bytes(raw, sizeof raw) != 1) throw std::runtime_error("RAND_bytes");
  return to_hex(raw, sizeof raw);
}

// OpenSSL RAND_priv_bytes for a long-term signing secret.
std::string new_signing_secret() {
  unsigned char secret[32];
  if (RAND_priv_bytes(secret, sizeof secret) != 1) throw std::runtime_error("RAND_priv_bytes");
  return to_hex(secret, sizeof secret);
}

// Reading /dev/urandom through an ifstream for a password reset token.
std::string make_reset_token() {
  std::ifstream urandom("/dev/urandom", std::ios::binary);
  unsigned char raw[32];
  urandom.read(reinterpret_cast<char*>(raw), sizeof raw);
  if (!urandom) throw std::runtime_error("/dev/urandom");
  return to_hex(raw, sizeof raw);
}

// Reading /dev/urandom with open/read for an AES IV.
void fill_iv(unsigned char (&iv)[16]) {
  const int fd = ::open("/dev/urandom", O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw std::runtime_error("open");
  const ssize_t n = ::read(fd, iv, sizeof iv);
  ::close(fd);
  if (n != static_cast<ssize_t>(sizeof iv)) throw std::runtime_error("read");
}

// normal_distribution over std::random_device for retry jitter.
double retry_jitter_ms() {
  std::random_device rd;
  std::normal_distribution<double> jitter(0.0, 25.0);
  return jitter(rd);
}

// uniform_int_distribution over an OpenSSL-backed generator for a PIN.
int generate_pin() {
  CryptoRng rng;
  std::uniform_int_distribution<int> dist(0, 9999);
  return dist(rng);
}

// A CryptoRng called directly for a cookie value.
std::string session_cookie_value() {
  CryptoRng rng;
  std::ostringstream cookie;
  cookie << std::hex << rng() << rng() << rng() << rng();
  return cookie.str();
}

}  // namespace secure
