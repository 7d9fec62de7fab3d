// CPP601 positives: secrets written with the C stdio functions, syslog and the standard streams.
// The finding is on the line where the log statement starts (the printf( call, or the std::cout of a << chain).
#include <syslog.h>

#include <cstdio>
#include <iostream>
#include <string>

namespace auth {

struct LoginForm {
  std::string username;
  std::string password;
  std::string otp;
};

struct DbSettings {
  std::string host;
  std::string user;
  std::string passwd;
};

struct Card {
  std::string holder;
  std::string card_number;
  std::string cvv;
};

// printf of a password parameter: high.
void debug_login(const std::string& username, const std::string& password) {
  printf("login attempt user=%s pass=%s\n", username.c_str(), password.c_str());  // expect: CPP601(high)
}

// fprintf to stderr of a struct field named passwd: high.
void dump_db_settings(const DbSettings& db) {
  std::fprintf(stderr, "connecting to %s as %s/%s\n", db.host.c_str(), db.user.c_str(), db.passwd.c_str());  // expect: CPP601(high)
}

// fprintf to any FILE* counts as a log, here a hand-rolled audit file: high (form.otp).
void audit_second_factor(std::FILE* audit_fp, const LoginForm& form) {
  std::fprintf(audit_fp, "2fa user=%s code=%s\n", form.username.c_str(), form.otp.c_str());  // expect: CPP601(high)
}

// puts of a line built from a refresh token: high.
void print_refresh(const std::string& refresh_token) {
  const std::string line = "refresh=" + refresh_token;
  puts(line.c_str());  // expect: CPP601(high)
}

// fputs to stderr of a bearer value: high.
void trace_upstream_call(const std::string& bearer) {
  std::fputs(("calling billing with " + bearer + "\n").c_str(), stderr);  // expect: CPP601(high)
}

// perror with a message that embeds a client secret: high.
void report_oauth_failure(const std::string& client_secret) {
  perror(("token exchange failed for secret " + client_secret).c_str());  // expect: CPP601(high)
}

// syslog: the arguments after the priority count; the pin local is logged: high.
void log_pin_change(const char* user, int new_pin) {
  syslog(LOG_AUTH | LOG_NOTICE, "pin changed for %s to %04d", user, new_pin);  // expect: CPP601(high)
}

// std::cout chain with a session token: high, on the std::cout line.
void show_session(const std::string& user, const std::string& session_token) {
  std::cout << "session for " << user << ": " << session_token << std::endl;  // expect: CPP601(high)
}

// std::cerr chain split over lines: one finding, on the line where the statement starts.
void warn_payment_declined(const Card& card) {
  // expect@+1: CPP601(high)
  std::cerr << "declined: holder=" << card.holder
            << " number=" << card.card_number
            << " cvv=" << card.cvv << '\n';
}

// std::clog with an API key read through a getter: high.
class UpstreamClient {
 public:
  const std::string& getApiKey() const { return api_key_; }
  void describe() const {
    std::clog << "upstream client using key " << getApiKey() << "\n";  // expect: CPP601(high)
  }

 private:
  std::string api_key_;
};

// Wide stream: std::wcerr with a wide passphrase: high.
void warn_key_unlock(const std::wstring& passphrase) {
  std::wcerr << L"could not unlock key with " << passphrase << L"\n";  // expect: CPP601(high)
}

// Two secrets in one statement are still one finding.
void dump_form(const LoginForm& form) {
  printf("form: %s %s %s\n", form.username.c_str(), form.password.c_str(), form.otp.c_str());  // expect: CPP601(high)
}

// A social security number from an HR record: high (ssn).
void print_employee(const std::string& employee_name, const std::string& ssn) {
  std::cout << "employee " << employee_name << " ssn " << ssn << "\n";  // expect: CPP601(high)
}

// Near misses in the same file: the user name alone, and the length of the password.
void log_login_ok(const LoginForm& form) {
  printf("login ok for %s\n", form.username.c_str());
  std::cout << "password length " << form.password.size() << "\n";
}

}  // namespace auth

// A FILE* opened on a debug log (Juliet CWE-534's shape): high; a data file: quiet.
void debug_login(const char* user, const char* password) {
  std::FILE* pFile = std::fopen("debug.txt", "a+");
  if (!pFile) return;
  std::fprintf(pFile, "login %s / %s\n", user, password);  // expect: CPP601(high)
  std::fclose(pFile);
}

void store_login(const char* user, const char* password_hash) {
  std::FILE* db = std::fopen("users.db", "a");
  if (!db) return;
  std::fprintf(db, "%s:%s\n", user, password_hash);
  std::fclose(db);
}
