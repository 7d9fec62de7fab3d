// Defines the helpers. The draw is reported here at low confidence: nothing in this file says
// what the text is for.
#include "random_util.h"

#include <openssl/rand.h>

#include <random>

namespace util {

std::string random_string(std::size_t length) {
  static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  static std::mt19937 gen{std::random_device{}()};
  std::uniform_int_distribution<std::size_t> pick(0, sizeof alphabet - 2);
  std::string out;
  for (std::size_t i = 0; i < length; ++i) out += alphabet[pick(gen)];  // expect: CPP404(low)
  return out;
}

std::string secure_random_string(std::size_t length) {
  static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::string out;
  unsigned char byte = 0;
  for (std::size_t i = 0; i < length; ++i) {
    RAND_bytes(&byte, 1);
    out += alphabet[byte % (sizeof alphabet - 1)];
  }
  return out;
}

std::string random_label() { return random_string(8); }

}  // namespace util
