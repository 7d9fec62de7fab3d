#pragma once
#include <cstddef>
#include <string>

namespace util {
// A neutral helper: random text for whatever needs it.
std::string random_string(std::size_t length);
// The same, from the operating system's CSPRNG.
std::string secure_random_string(std::size_t length);
// Passes random_string's result on unchanged.
std::string random_label();
}  // namespace util
