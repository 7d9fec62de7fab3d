// CPP501 negatives: copies and formats that provably fit, which a maintainer would dismiss.
#include <cstdio>
#include <cstring>
#include <string>

namespace fits {

// sscanf into the string it reads from: the output is a piece of the input.
void first_field(char* name) { sscanf(name, "%[^&]", name); }

// sscanf into buffers at least as large as the source.
void split_pair(const char (&line)[64]) {
  char key[64];
  char value[64];
  sscanf(line, "%[^=]=%s", key, value);
}

// Hex encoding: every conversion is bounded and the array holds the longest output.
void digest_hex(const unsigned char (&digest)[32], char (&out)[65]) {
  char byte[3];
  for (int i = 0; i < 32; ++i) {
    sprintf(byte, "%02x", digest[i]);
    out[2 * i] = byte[0];
    out[2 * i + 1] = byte[1];
  }
}

// A timestamp: at most 11 + 1 + 11 + 1 + 11 characters and the terminator.
void stamp(int day, int month, int year) {
  char text[64];
  sprintf(text, "%d-%d-%d", year, month, day);
  std::puts(text);
}

// The destination is allocated from the source's length.
char* duplicate(const std::string& env) {
  char* copy = new char[env.size() + 1];
  strcpy(copy, env.c_str());
  return copy;
}

// The source array is no larger than the destination.
struct Form {
  char user[30];
  char shown[30];
};
void show(Form& form) { strcpy(form.shown, form.user); }

// A strlen/sizeof test returns before the copy when it would not fit.
bool set_dir(char (&wd)[256], const char* dir) {
  if (strlen(dir) + 1 > sizeof wd) return false;
  strcpy(wd, dir);
  return true;
}

}  // namespace fits

namespace guarded {

// The size test covers both appends (pure-ftpd's cwd handling).
bool append_dir(char (&wd)[256], const char *dir) {
  if (sizeof wd < strlen(wd) + strlen(dir) + 2U) return false;
  strcat(strcat(wd, "/"), dir);
  return true;
}

// The lengths measured into locals first.
bool append_name(char (&wd)[256], const char *dir) {
  const size_t dir_len = strlen(dir);
  const size_t wd_len = strlen(wd);
  if (sizeof wd < dir_len + sizeof "/" - 1U + wd_len + 1U) return false;
  strcat(strcat(wd, "/"), dir);
  return true;
}

}  // namespace guarded
