// CPP501 negatives: the bounded replacements the messages suggest, scanf formats with a width
// on every string conversion (or none at all), formats the analyzer cannot see as literals,
// and strtok_r. None is reported.
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <cwchar>
#include <iostream>
#include <string>

namespace profile_service {

struct Profile {
  char display_name[64];
  char locale[8];
};

// snprintf with the destination's size instead of strcpy or sprintf.
void set_display_name(Profile& p, const char* name) {
  snprintf(p.display_name, sizeof p.display_name, "%s", name);
}

void format_id(char (&out)[32], int id) {
  std::snprintf(out, sizeof out, "user-%d", id);
}

// strncpy with an explicit terminator, and memcpy of a known length.
void set_locale(Profile& p, const char* locale) {
  std::strncpy(p.locale, locale, sizeof p.locale - 1);
  p.locale[sizeof p.locale - 1] = '\0';
}

void copy_name(Profile& dst, const Profile& src) {
  std::memcpy(dst.display_name, src.display_name, sizeof dst.display_name);
}

// strncat bounded by the space left.
void append_suffix(char (&name)[64], const char* suffix) {
  std::strncat(name, suffix, sizeof name - std::strlen(name) - 1);
}

// vsnprintf in a formatting helper.
void format_message(char (&out)[256], const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  std::vsnprintf(out, sizeof out, fmt, ap);
  va_end(ap);
}

// fgets and std::getline instead of gets.
std::string read_command() {
  char buf[256];
  if (std::fgets(buf, sizeof buf, stdin) == nullptr) return {};
  std::string line;
  std::getline(std::cin, line);
  return std::string(buf) + line;
}

// scanf family with widths, and with conversions that are not strings.
bool parse_key_value(const char* line, char (&key)[32], char (&value)[64]) {
  return sscanf(line, "%31[^=]=%63s", key, value) == 2;
}

bool read_port(std::FILE* config, int* port) {
  return fscanf(config, "port = %d", port) == 1;
}

bool read_name(char (&name)[64]) {
  return scanf("%63s", name) == 1;
}

// "%%" is a literal percent sign, not a conversion: this format reads only an integer.
bool parse_usage(const char* text, int* percent) {
  return sscanf(text, "usage %d%%", percent) == 1;
}

// A format passed in by the caller: no literal to look at here.
bool parse_with(const char* text, const char* format, char* out) {
  return sscanf(text, format, out) == 1;
}

// strtok_r keeps its position in the caller's variable.
int count_segments(char* path) {
  int n = 0;
  char* save = nullptr;
  for (char* seg = strtok_r(path, "/", &save); seg != nullptr; seg = strtok_r(nullptr, "/", &save)) ++n;
  return n;
}

// std::string does the bookkeeping.
std::string greeting(const std::string& user) {
  std::string text = "Hello, ";
  text += user;
  return text;
}

// Wide: wcsncpy with a terminator.
void set_title(wchar_t (&title)[32], const wchar_t* text) {
  std::wcsncpy(title, text, 31);
  title[31] = L'\0';
}

}  // namespace profile_service
