// CPP303 positives: functions that only return a temporary file name (tmpnam, tmpnam_r,
// tempnam, mktemp). Between getting the name and creating the file another local user can
// create it or plant a symlink there. Always reported, high confidence.
#include <stdio.h>
#include <stdlib.h>

#include <cstdio>
#include <cstring>
#include <string>

namespace report_export {

// tmpnam with a null buffer: high.
std::string scratch_path() {
  const char* name = tmpnam(nullptr);  // expect: CPP303(high)
  return name != nullptr ? std::string(name) : std::string();
}

// The same function through <cstdio>'s std:: name: high.
FILE* open_scratch() {
  char name[L_tmpnam];
  if (std::tmpnam(name) == nullptr) return nullptr;  // expect: CPP303(high)
  return std::fopen(name, "w+");
}

// The reentrant variant is no better: high.
std::string spool_name() {
  char buf[L_tmpnam];
  if (tmpnam_r(buf) == nullptr) return {};  // expect: CPP303(high)
  return buf;
}

// tempnam with a directory and a prefix: high.
std::string render_target() {
  char* name = tempnam("/var/tmp", "render");  // expect: CPP303(high)
  std::string out = name != nullptr ? name : "";
  free(name);
  return out;
}

// mktemp fills in the XXXXXX but creates nothing: high.
std::string upload_staging_name() {
  char tmpl[] = "/tmp/upload-XXXXXX";
  if (mktemp(tmpl)[0] == '\0') return {};  // expect: CPP303(high)
  return tmpl;
}

// A call split over two lines is reported on the line where it begins: high.
std::string thumbnail_name(const std::string& dir) {
  char* name = tempnam(  // expect: CPP303(high)
      dir.c_str(), "thumb");
  std::string out = name != nullptr ? name : "";
  free(name);
  return out;
}

}  // namespace report_export
