#include <string>

#include "signing.h"

namespace payments {

struct Callback {
  std::string body;
  std::string provided;
};

// The result of compute_signature (b.cpp) compared directly: reported here.
bool accept_callback(const Callback& cb, const std::string& key) {
  return compute_signature(cb.body, key) == cb.provided;  // expect: CPP411(high)
}

// The same value through a neutrally named local: reported here.
bool accept_refund(const Callback& cb, const std::string& key) {
  const std::string expected = compute_signature(cb.body, key);
  if (cb.provided.compare(expected) != 0) {  // expect: CPP411(high)
    return false;
  }
  return true;
}

// The constant-time helper from b.cpp: quiet.
bool accept_capture(const Callback& cb, const std::string& key) {
  return signatures_equal(compute_signature(cb.body, key), cb.provided);
}

}  // namespace payments
