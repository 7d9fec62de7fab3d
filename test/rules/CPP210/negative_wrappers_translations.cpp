// CPP210 negatives: logging wrappers and translated formats.
// (a) A format that is a parameter of the enclosing function when that function is itself
//     variadic (...), takes a va_list, or carries __attribute__((format(printf, ...))): the
//     wrapper forwards its caller's format, and the callers are where a literal is needed
//     (the compiler checks them against the format attribute).
// (b) A format returned by a translation function (gettext, dgettext, dcgettext, ngettext,
//     dngettext, the _() macro): the catalog holds the literal's translation.
// None is reported.
#include <libintl.h>
#include <locale.h>
#include <syslog.h>
#include <unistd.h>

#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <string>

#define _(msgid) gettext(msgid)

namespace logging {

// A variadic wrapper with the format attribute.
__attribute__((format(printf, 2, 3))) void log_line(int level, const char* fmt, ...) {
  std::fprintf(stderr, "[%d] ", level);
  va_list ap;
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
}

// A variadic wrapper without the attribute.
[[noreturn]] void die(const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  std::exit(EXIT_FAILURE);
}

// A function that takes a va_list: the v-form of a wrapper.
void vlog(int priority, const char* fmt, va_list ap) {
  vsyslog(priority, fmt, ap);
}

// A va_list function with the format attribute (first-to-check 0) that sizes, then formats.
__attribute__((format(printf, 1, 0))) std::string vformat_string(const char* fmt, va_list ap) {
  va_list copy;
  va_copy(copy, ap);
  const int needed = vsnprintf(nullptr, 0, fmt, copy);
  va_end(copy);
  if (needed < 0) return {};
  std::string out(static_cast<std::size_t>(needed) + 1, '\0');
  vsnprintf(out.data(), out.size(), fmt, ap);
  out.resize(static_cast<std::size_t>(needed));
  return out;
}

// A variadic wrapper that allocates with vasprintf and writes to a descriptor.
void trace_to_fd(int fd, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char* text = nullptr;
  if (vasprintf(&text, fmt, ap) >= 0) {
    dprintf(fd, "%s\n", text);
    std::free(text);
  }
  va_end(ap);
  va_start(ap, fmt);
  vdprintf(fd, fmt, ap);
  va_end(ap);
}

// Callers of the wrappers pass literals.
void on_login(const char* user) {
  log_line(LOG_INFO, "login %s", user);
  if (user == nullptr) die("no user in %s", "session");
}

}  // namespace logging

namespace i18n {

// gettext and the _() macro: the format is the translation of a literal.
void welcome(const char* user) {
  printf(gettext("Welcome, %s!\n"), user);
  printf(_("You have %d new messages.\n"), 3);
}

// Domain-specific and plural forms.
void report_deleted(unsigned long count) {
  fprintf(stderr, dgettext("fileserver", "Deleting files in %s\n"), "/srv/share");
  printf(ngettext("%lu file deleted\n", "%lu files deleted\n", count), count);
  printf(dngettext("fileserver", "%lu folder\n", "%lu folders\n", count), count);
}

// dcgettext with an explicit category, into syslog.
void log_quota(const char* user) {
  syslog(LOG_NOTICE, dcgettext("fileserver", "quota exceeded for %s", LC_MESSAGES), user);
}

}  // namespace i18n
