// CPP501 positives: unbounded string copies and formatting. strcpy / wcscpy / stpcpy are
// reported unless the source is a string literal that fits the destination array (with its
// terminator); strcat, wcscat, sprintf, vsprintf and gets are always reported.
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <cwchar>
#include <string>

// gets was removed from C11 and C++14, so <cstdio> no longer declares it; legacy code that
// still calls it declares it itself (glibc still exports the symbol).
extern "C" char* gets(char* s);

namespace legacy_gateway {

struct Session {
  char user[32];
  char role[8];
  char client_ip[16];
};

// strcpy of a request value into a fixed buffer: the classic overflow.
void set_user(Session& s, const char* user_from_request) {
  strcpy(s.user, user_from_request);  // expect: CPP501(high)
}

// std::strcpy is the same function.
void set_ip(Session& s, const std::string& peer) {
  std::strcpy(s.client_ip, peer.c_str());  // expect: CPP501(high)
}

// A literal one byte too long: "operator" needs 9 bytes, role holds 8.
void make_operator(Session& s) {
  strcpy(s.role, "operator");  // expect: CPP501(high)
}

// Boundary: "EUR" needs 4 bytes with its terminator, the array has 3.
void default_currency() {
  char currency[3];
  strcpy(currency, "EUR");  // expect: CPP501(high)
  (void)currency;
}

// A literal into a pointer: the destination's size is unknown here.
void write_ok(char* out) {
  strcpy(out, "OK");  // expect: CPP501(high)
}

// stpcpy chaining path parts from the request.
void build_path(char* path, const char* dir, const char* file) {
  char* end = stpcpy(path, dir);  // expect: CPP501(high)
  end = stpcpy(end, "/");  // expect: CPP501(high)
  stpcpy(end, file);  // expect: CPP501(high)
}

// wcscpy of a wide parameter, and of a wide literal too long for the array.
void set_display_name(wchar_t (&display)[64], const wchar_t* name) {
  wcscpy(display, name);  // expect: CPP501(high)
}

void set_title() {
  wchar_t title[8];
  wcscpy(title, L"Administrator");  // expect: CPP501(high)
  (void)title;
}

// strcat and wcscat are reported even when the text would fit: the space left is not checked.
void append_suffix(char* name, const char* suffix) {
  strcat(name, suffix);  // expect: CPP501(high)
}

void build_greeting() {
  char greeting[64] = "Hello";
  strcat(greeting, ", world");  // expect: CPP501(high)
  std::puts(greeting);
}

void append_wide(wchar_t* text, const wchar_t* more) {
  wcscat(text, more);  // expect: CPP501(high)
}

// sprintf and vsprintf do not know the size of the destination, even with a literal format.
void format_id(char* out, int id) {
  sprintf(out, "user-%d", id);  // expect: CPP501(low)
}

void format_header(const char* name, const char* value) {
  char header[128];
  std::sprintf(header, "%s: %s\r\n", name, value);  // expect: CPP501(high)
  std::fputs(header, stdout);
}

void format_log(char* out, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsprintf(out, fmt, ap);  // expect: CPP501(high)
  va_end(ap);
}

// gets: no limit at all.
void read_command() {
  char command[256];
  if (gets(command) != nullptr) std::puts(command);  // expect: CPP501(high)
}

}  // namespace legacy_gateway

namespace sized {

// The longest "%d" is 11 characters and the terminator: 12 bytes do not fit in 10.
void account_label(int account) {
  char label[10];
  sprintf(label, "%d", account);  // expect: CPP501
  std::puts(label);
}

// A source array larger than the destination.
void copy_name(const char (&from)[64]) {
  char to[16];
  strcpy(to, from);  // expect: CPP501
  std::puts(to);
}

// Nested strcat: the inner call is the one reported.
void join_path(char (&wd)[64], const char* dir) {
  strcat(strcat(wd, "/"), dir);  // expect: CPP501
}

}  // namespace sized
