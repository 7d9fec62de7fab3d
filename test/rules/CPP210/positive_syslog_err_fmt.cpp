// cppsec-test-flags: -Wno-format-security
// CPP210 positives with syslog, BSD err.h and {fmt}: the format is a parameter, a request
// value, or text built from one. For {fmt}, fmt::runtime / fmt::vformat / fmt::vprint turn
// off the compile-time check, so a non-constant format there is reported too.
#include <err.h>
#include <fmt/format.h>
#include <syslog.h>

#include <cstdarg>
#include <cstdlib>
#include <string>

namespace auth_daemon {

struct LoginAttempt {
  std::string user;
  std::string client_banner;
};

// syslog with the client's banner as the format: "%s%s%s" reads the stack of the daemon.
void log_client(const LoginAttempt& attempt) {
  syslog(LOG_AUTH | LOG_INFO, attempt.client_banner.c_str());  // expect: CPP210(high)
}

// syslog with a message built from a literal and the user name.
void log_failure(const std::string& user) {
  const std::string text = "login failed for " + user;
  syslog(LOG_WARNING, text.c_str());  // expect: CPP210(high)
}

// vsyslog in a variadic helper whose format is read from the configuration at run time.
std::string configured_alert_format();

void alert(int code, ...) {
  const std::string format = configured_alert_format();
  va_list ap;
  va_start(ap, code);
  vsyslog(LOG_ALERT, format.c_str(), ap);  // expect: CPP210(high)
  va_end(ap);
}

// err.h: err / errx exit, warn / warnx continue; all take a printf format.
[[noreturn]] void die_on_config(const char* reason) {
  err(EXIT_FAILURE, reason);  // expect: CPP210(high)
}

[[noreturn]] void die_on_usage(const std::string& usage) {
  errx(2, usage.c_str());  // expect: CPP210(high)
}

void warn_on_reload(const char* reason) {
  warn(reason);  // expect: CPP210(high)
}

void warn_on_client(const LoginAttempt& attempt) {
  warnx(attempt.client_banner.c_str());  // expect: CPP210(high)
}

// {fmt}: fmt::runtime of a template from the request.
std::string render_welcome(const std::string& welcome_template, const std::string& user) {
  return fmt::format(fmt::runtime(welcome_template), user);  // expect: CPP210(high)
}

// fmt::vformat with a format from an environment variable.
std::string render_footer(int year) {
  const char* footer = std::getenv("FOOTER_FORMAT");
  return fmt::vformat(footer ? footer : "(c) {}", fmt::make_format_args(year));  // expect: CPP210(high)
}

// fmt::vprint with a format parameter.
void print_report(fmt::string_view report_format, int failures) {
  fmt::vprint(report_format, fmt::make_format_args(failures));  // expect: CPP210(high)
}

// Near misses: the same values through a literal format.
void log_client_safely(const LoginAttempt& attempt) {
  syslog(LOG_AUTH | LOG_INFO, "client banner: %s", attempt.client_banner.c_str());
  warnx("%s", attempt.client_banner.c_str());
  fmt::print("welcome {}\n", attempt.user);
}

}  // namespace auth_daemon
