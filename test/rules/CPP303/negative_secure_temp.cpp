// CPP303 negatives: the safe ways to make a temporary file or directory (mkstemp, mkstemps,
// mkdtemp, tmpfile, O_TMPFILE), including templates in /tmp/: the file is created atomically
// with an unpredictable name, so nobody can take it first. None is reported.
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <string>

namespace scratch {

// mkstemp creates the file with O_EXCL and mode 0600.
FILE* open_scratch_file() {
  char tmpl[] = "/tmp/scratch-XXXXXX";
  const int fd = mkstemp(tmpl);
  if (fd < 0) return nullptr;
  unlink(tmpl);
  return fdopen(fd, "w+");
}

// mkstemps keeps a suffix.
int create_upload(std::string& path_out) {
  char tmpl[] = "/var/tmp/upload-XXXXXX.part";
  const int fd = mkstemps(tmpl, 5);
  if (fd >= 0) path_out = tmpl;
  return fd;
}

// mkdtemp creates a private directory; files inside it are safe to name.
std::string make_work_dir() {
  char tmpl[] = "/tmp/build-XXXXXX";
  const char* dir = mkdtemp(tmpl);
  return dir != nullptr ? dir : "";
}

// tmpfile: an anonymous file, removed on close.
FILE* open_anonymous_buffer() {
  return std::tmpfile();
}

// O_TMPFILE: an unnamed file in the directory.
int open_unnamed(const char* dir) {
  return open(dir, O_TMPFILE | O_RDWR, S_IRUSR | S_IWUSR);
}

// The path handed back by mkstemp is not a predictable name: reopening it is fine.
FILE* reopen_created(const std::string& created_by_mkstemp) {
  return fopen(created_by_mkstemp.c_str(), "r");
}

}  // namespace scratch
