#include <openssl/rand.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <random>
#include <stdexcept>
#include <string>

#include "service/token.hpp"

namespace service::token {
namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

std::string to_hex(const unsigned char *bytes, std::size_t size) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string hex;
  for (std::size_t i = 0; i < size; ++i) {
    hex += kDigits[bytes[i] >> 4];
    hex += kDigits[bytes[i] & 0xf];
  }
  return hex;
}

}  // namespace

std::string make_session_token() {
  static std::mt19937 generator{std::random_device{}()};
  std::uniform_int_distribution<std::size_t> pick(0, sizeof kAlphabet - 2);
  std::string token;
  for (int i = 0; i < 32; ++i) {
    // BUG(CPP404): std::mt19937 is not a cryptographic generator: its state can be recovered
    // from enough observed session ids, and then every future session id is predictable.
    token.push_back(kAlphabet[pick(generator)]);
  }
  return token;
}

std::string make_reset_token() {
  // BUG(CPP404): the engine is seeded with the start-up time (CWE-335): whoever knows roughly
  // when the service started can replay the generator.
  static std::mt19937_64 engine{static_cast<std::uint64_t>(std::time(nullptr))};
  std::string reset_token;
  for (int i = 0; i < 2; ++i) {
    // BUG(CPP404): password-reset tokens drawn straight from std::mt19937_64, which is predictable.
    const std::uint64_t token_part = engine();
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(token_part));
    reset_token += hex;
  }
  return reset_token;
}

int make_otp() {
  // BUG(CPP404): seeding with the current time (CWE-335): the seed is guessable to the second.
  std::srand(static_cast<unsigned>(std::time(nullptr)));
  // BUG(CPP404): rand() is a predictable generator; two logins in the same second even get the same code.
  const int otp = std::rand() % 1000000;
  return otp;
}

// Correct: OpenSSL's CSPRNG.
std::string make_csrf_token() {
  unsigned char bytes[32];
  if (RAND_bytes(bytes, sizeof bytes) != 1) throw std::runtime_error("RAND_bytes failed");
  return to_hex(bytes, sizeof bytes);
}

// Correct (and not security-sensitive anyway): std::random_device reads the kernel's generator.
std::string new_request_id() {
  std::random_device device;
  char id[17];
  std::snprintf(id, sizeof id, "%08x%08x", device(), device());
  return id;
}

}  // namespace service::token
