#pragma once
#include <stdexcept>
#include <string>

namespace cppsec {

// Bad input from the user (a config, a model file, a command line, a compilation
// database). The message is one line, already prefixed with file:line:col where known;
// the command line prints it and exits with status 2.
class InputError : public std::runtime_error {
 public:
  explicit InputError(const std::string &message) : std::runtime_error(message) {}
};

}  // namespace cppsec
