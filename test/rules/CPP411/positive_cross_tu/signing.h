// CPP411 across TUs: b.cpp computes an HMAC signature (compute_signature), a.cpp compares it
// with what the client sent using == / compare(). The helper's name says it returns a
// signature; the findings are reported in a.cpp, at the comparisons.
#pragma once
#include <string>

namespace payments {

// b.cpp: hex HMAC-SHA256 of the payload under the key.
std::string compute_signature(const std::string& payload, const std::string& key);

// b.cpp: the constant-time check (CRYPTO_memcmp).
bool signatures_equal(const std::string& a, const std::string& b);

}  // namespace payments
