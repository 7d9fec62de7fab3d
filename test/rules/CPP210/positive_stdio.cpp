// cppsec-test-flags: -Wno-format-security
// CPP210 positives with the stdio printf family: the format argument is a parameter, a value
// read at run time, or text built from one. The finding is on the line where the call starts.
#include <fcntl.h>
#include <unistd.h>

#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cwchar>
#include <string>

namespace chat_server {

struct Message {
  std::string author;
  std::string body;
};

// The user's message is printed as the format: "%n%n%n" in a chat message writes memory.
void echo_to_console(const Message& msg) {
  printf(msg.body.c_str());  // expect: CPP210(high)
}

// A plain (non-variadic) helper that forwards its text as the format.
void print_banner(const char* banner) {
  printf(banner);  // expect: CPP210(high)
}

// fprintf to stderr with a request field as the format.
void report_bad_request(const std::string& path) {
  fprintf(stderr, path.c_str());  // expect: CPP210(high)
}

// dprintf to a client socket.
void reply_raw(int client_fd, const std::string& reply) {
  dprintf(client_fd, reply.c_str());  // expect: CPP210(high)
}

// sprintf / snprintf / asprintf with the format from the caller.
void render_status(char* out, const char* status_template, int code) {
  sprintf(out, status_template, code);  // expect: CPP210(high)
}

void render_motd(char* out, std::size_t out_size, const std::string& motd) {
  snprintf(out, out_size, motd.c_str());  // expect: CPP210(high)
}

char* render_greeting(const std::string& greeting_template, const char* user) {
  char* text = nullptr;
  if (asprintf(&text, greeting_template.c_str(), user) < 0) return nullptr;  // expect: CPP210(high)
  return text;
}

// Text built from a literal and a parameter: the parameter part makes it non-constant.
void audit(const std::string& event) {
  const std::string line = "[audit] " + event + "\n";
  printf(line.c_str());  // expect: CPP210(high)
}

// A format read from the environment.
void greet(const char* user) {
  const char* fmt = std::getenv("GREETING_FORMAT");
  if (fmt != nullptr) printf(fmt, user);  // expect: CPP210(high)
}

// ?: between a literal and a parameter: one branch is not constant.
void print_row(bool use_default, const char* custom_row_format, const char* name, int score) {
  const char* row = use_default ? "%-20s %5d\n" : custom_row_format;
  printf(row, name, score);  // expect: CPP210(high)
}

// A variadic function whose format does NOT come from its parameters: a template chosen at
// run time. The wrapper exemption covers only the wrapper's own format parameter.
void log_event(int kind, ...) {
  const char* tmpl = std::getenv("EVENT_LOG_FORMAT");
  if (tmpl == nullptr) tmpl = "event %d\n";
  va_list ap;
  va_start(ap, kind);
  vprintf(tmpl, ap);  // expect: CPP210(high)
  va_end(ap);
  va_start(ap, kind);
  vfprintf(stderr, tmpl, ap);  // expect: CPP210(high)
  va_end(ap);
  va_start(ap, kind);
  vdprintf(STDERR_FILENO, tmpl, ap);  // expect: CPP210(high)
  va_end(ap);
}

// Templates loaded from a file the operators edit at run time (defined in another TU).
std::string load_template(int kind);

void format_event(char* out, std::size_t out_size, int kind, ...) {
  const std::string user_template = load_template(kind);
  va_list ap;
  va_start(ap, kind);
  vsnprintf(out, out_size, user_template.c_str(), ap);  // expect: CPP210(high)
  va_end(ap);
  va_start(ap, kind);
  vsprintf(out, user_template.c_str(), ap);  // expect: CPP210(high)
  va_end(ap);
  char* copy = nullptr;
  va_start(ap, kind);
  if (vasprintf(&copy, user_template.c_str(), ap) >= 0) std::free(copy);  // expect: CPP210(high)
  va_end(ap);
}

// Wide-character variants.
void echo_wide(const std::wstring& text) {
  wprintf(text.c_str());  // expect: CPP210(high)
  fwprintf(stderr, text.c_str());  // expect: CPP210(high)
}

void render_wide(wchar_t* out, std::size_t out_len, const wchar_t* caption) {
  swprintf(out, out_len, caption);  // expect: CPP210(high)
}

// Near misses in the same file: the same values printed through a literal format.
void echo_safely(const Message& msg) {
  printf("%s: %s\n", msg.author.c_str(), msg.body.c_str());
  fprintf(stderr, "%s\n", msg.body.c_str());
}

}  // namespace chat_server
