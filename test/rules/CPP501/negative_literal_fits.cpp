// CPP501 negatives: strcpy / wcscpy / stpcpy of a string literal into an array whose declared
// size holds the literal and its terminator (the copy cannot overflow). None is reported.
#include <cstdio>
#include <cstring>
#include <cwchar>

namespace account_service {

struct Account {
  char role[8];
  char status[16];
  wchar_t title[8];
};

static char g_mode[16];

// "admin" is 6 bytes, the array holds 8.
void make_admin_role() {
  char role[8];
  strcpy(role, "admin");
  std::puts(role);
}

// Boundary: "EUR" with its terminator is exactly 4 bytes, the array holds 4.
void default_currency() {
  char currency[4];
  std::strcpy(currency, "EUR");
  std::puts(currency);
}

// A member array with a declared size: "viewer" (7 bytes) fits role[8].
void reset_account(Account& account) {
  strcpy(account.role, "viewer");
  strcpy(account.status, "active");
}

// A global array: "readonly" (9 bytes) fits g_mode[16].
void enter_maintenance() {
  strcpy(g_mode, "readonly");
}

// An empty literal into any array.
void clear_status(Account& account) {
  strcpy(account.status, "");
}

// The array's size comes from its initializer ("pending" gives char[8]); "done" fits.
void finish_job() {
  char job_state[] = "pending";
  strcpy(job_state, "done");
  std::puts(job_state);
}

// Wide literals count in wchar_t elements: L"Admin" is 6 of the 8.
void set_admin_title(Account& account) {
  wcscpy(account.title, L"Admin");
}

void set_local_title() {
  wchar_t title[8];
  wcscpy(title, L"Guest");
  std::fputws(title, stdout);
}

// stpcpy of literals that fit, e.g. to start a request line.
void start_request_line() {
  char line[16];
  char* end = stpcpy(line, "GET ");
  (void)end;
}

}  // namespace account_service
