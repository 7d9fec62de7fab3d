// CPP204 negatives: programs started without a shell (an argument vector, no "-c"), so request
// data is one argument and not shell syntax; Boost.Process with the program and its arguments
// given separately.
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/beast/http.hpp>
#include <boost/process.hpp>

#include <cstdlib>
#include <string>
#include <vector>

extern char** environ;

namespace beast = boost::beast;
namespace http = beast::http;
namespace bp = boost::process;

namespace media {

// execl without "-c": the file name is argv[1] of convert, not parsed by a shell.
void convert_direct(const http::request<http::string_body>& req) {
  const std::string file(req.target().substr(1));
  if (fork() == 0) {
    execl("/usr/bin/convert", "convert", file.c_str(), "/tmp/out.png", static_cast<char*>(nullptr));
    _exit(127);
  }
}

// execvp with an argument vector.
void identify(const http::request<http::string_body>& req) {
  std::string name(req[http::field::content_disposition]);
  char* const args[] = {const_cast<char*>("identify"), name.data(), nullptr};
  if (fork() == 0) {
    execvp("identify", args);
    _exit(127);
  }
}

// posix_spawnp with an argument vector built from the body.
int spawn_ffprobe(const http::request<http::string_body>& req) {
  std::string input = req.body();
  char* const args[] = {const_cast<char*>("ffprobe"), const_cast<char*>("-hide_banner"), input.data(),
                        nullptr};
  pid_t pid = 0;
  if (posix_spawnp(&pid, "ffprobe", nullptr, nullptr, args, environ) != 0) return -1;
  int status = 0;
  waitpid(pid, &status, 0);
  return status;
}

// Boost.Process: the executable is constant, the request value is a separate argument.
int bp_thumbnail(const http::request<http::string_body>& req) {
  const std::string src(req.target());
  return bp::system("/usr/bin/convert", src, "-thumbnail", "64x64", "/tmp/thumb.png");
}

// Boost.Process child: constant executable, request value as an argument.
void bp_child(const http::request<http::string_body>& req) {
  const std::string url(req[http::field::referer]);
  bp::child c("/usr/bin/curl", "-sS", "-o", "/dev/null", url);
  c.wait();
}

// The shell runs a constant script; the request value travels as a positional parameter ($1).
void sh_positional(const http::request<http::string_body>& req) {
  const std::string name(req.target());
  execl("/bin/sh", "sh", "-c", "exec /opt/app/index.sh \"$1\"", "sh", name.c_str(),
        static_cast<char*>(nullptr));
}

}  // namespace media
