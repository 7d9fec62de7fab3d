// CPP501 positives: the scanf family with %s, %ls or %[ without a width (they read any amount
// into a fixed buffer), and strtok (a hidden global position, unsafe in a threaded server;
// medium confidence). The format is found directly or through a local variable or constant.
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <cwchar>
#include <string>

namespace config_loader {

// scanf("%s"): a long line overflows the buffer.
void read_name_from_console() {
  char name[64];
  if (scanf("%s", name) == 1) std::puts(name);  // expect: CPP501(high)
}

// %[ without a width.
void read_line_from_console() {
  char line[256];
  if (std::scanf("%[^\n]", line) == 1) std::puts(line);  // expect: CPP501(high)
}

// fscanf of key/value pairs from a config file.
bool read_entry(std::FILE* config, char* key, int* value) {
  return fscanf(config, "%s = %d", key, value) == 2;  // expect: CPP501(high)
}

// sscanf of an HTTP request line: method and path without widths.
bool parse_request_line(const char* request_line, char* method, char* path) {
  return sscanf(request_line, "%s %s HTTP/1.1", method, path) == 2;  // expect: CPP501(high)
}

// A width on the first conversion only: the second %s is still unbounded.
bool parse_pair(const char* text, char* first, char* second) {
  return sscanf(text, "%15s %s", first, second) == 2;  // expect: CPP501(high)
}

// %ls into a wide buffer.
bool parse_wide_name(const char* text, wchar_t* name) {
  return sscanf(text, "name=%ls", name) == 1;  // expect: CPP501(high)
}

// The format kept in a local variable ...
bool parse_user(const std::string& line, char* user, char* host) {
  const char* format = "%[^@]@%s";
  return sscanf(line.c_str(), format, user, host) == 2;  // expect: CPP501(high)
}

// ... and in a local constexpr constant.
bool parse_header(const char* line, char* header_name, char* header_value) {
  constexpr const char* kHeaderFormat = "%[^:]: %s";
  return sscanf(line, kHeaderFormat, header_name, header_value) == 2;  // expect: CPP501(high)
}

// vscanf / vsscanf in a project's variadic parsing helpers, with a literal format.
int read_two_words(char* first, ...) {
  va_list ap;
  va_start(ap, first);
  const int n = vscanf("%s %s", ap);  // expect: CPP501(high)
  va_end(ap);
  return n;
}

int parse_words(const char* text, ...) {
  va_list ap;
  va_start(ap, text);
  const int n = vsscanf(text, "%s %s", ap);  // expect: CPP501(high)
  va_end(ap);
  return n;
}

// strtok keeps its position in a global shared by all threads: medium confidence.
int count_fields(char* csv_line) {
  int fields = 0;
  for (char* tok = strtok(csv_line, ","); tok != nullptr; tok = strtok(nullptr, ",")) {  // expect: CPP501(medium), CPP501(medium)
    ++fields;
  }
  return fields;
}

void split_path(std::string& path) {
  char* segment = std::strtok(path.data(), "/");  // expect: CPP501(medium)
  while (segment != nullptr) {
    std::puts(segment);
    segment = std::strtok(nullptr, "/");  // expect: CPP501(medium)
  }
}

// Near misses in the same file: widths on every string conversion, and strtok_r.
bool parse_request_line_safely(const char* request_line, char (&method)[8], char (&path)[1024]) {
  return sscanf(request_line, "%7s %1023s HTTP/1.1", method, path) == 2;
}

int count_fields_safely(char* csv_line) {
  int fields = 0;
  char* save = nullptr;
  for (char* tok = strtok_r(csv_line, ",", &save); tok != nullptr; tok = strtok_r(nullptr, ",", &save)) ++fields;
  return fields;
}

}  // namespace config_loader
