// Calls the compiler declares itself (::operator new, va_list's helpers) have no source
// location; they sit next to a real library call that must still be found.
#include <curl/curl.h>

#include <cstdarg>
#include <cstdio>
#include <new>

static int log_line(const char *format, ...) {
  va_list args;
  va_start(args, format);
  int written = std::vprintf(format, args);
  va_end(args);
  return written;
}

static void *allocate(unsigned long size) { return ::operator new(size); }

int main() {
  void *buffer = allocate(16);
  CURL *curl = curl_easy_init();
  CURL *copy = curl_easy_duphandle(curl);
  log_line("%p %p\n", static_cast<void *>(copy), buffer);
  ::operator delete(buffer);
  return 0;
}
