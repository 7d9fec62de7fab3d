#pragma once
#include <string_view>

namespace cppsec {

// A data file compiled into the binary (see cmake/Embed.cmake).
struct EmbeddedFile {
  const char *path;  // relative to its source folder; "" ends an array
  std::string_view contents;
};

}  // namespace cppsec
