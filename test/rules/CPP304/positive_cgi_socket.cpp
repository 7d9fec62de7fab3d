// CPP304 positives outside HTTP libraries: CGI programs read the request from the environment
// and standard input, socket servers read a file name into a buffer with recv/read, and a Crow
// handler (stand-in declarations, Crow is not installed) takes it from the query string.
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>

// Stand-in for Crow's request types (crow_all.h is not installed): real namespace, class and
// member names, reduced to what the handlers below use.
namespace crow {
struct query_string {
  char* get(const std::string& name) const;
};
struct request {
  std::string url;
  query_string url_params;
  std::string body;
};
struct response {
  int code = 200;
  std::string body;
  response() = default;
  explicit response(int c) : code(c) {}
};
}  // namespace crow

namespace cgi_socket_paths {

// CGI: /cgi-bin/view/../../etc/passwd arrives as PATH_INFO. (A null test of `info` in a
// condition would count as a check of it: the rule treats any test of the value as one.)
int view_main() {
  const char* info = std::getenv("PATH_INFO");
  const std::string path = std::string("/srv/docs") + info;
  std::FILE* f = std::fopen(path.c_str(), "r");  // expect: CPP304(high)
  if (!f) return 1;
  std::fclose(f);
  return 0;
}

// CGI: the session file named by the cookie.
int session_main() {
  std::string cookie = std::getenv("HTTP_COOKIE");
  const std::string sid = cookie.substr(cookie.find('=') + 1);
  std::ifstream session("/var/lib/cgi/sessions/" + sid);  // expect: CPP304(high)
  std::string user;
  std::getline(session, user);
  std::printf("Content-Type: text/plain\r\n\r\nhello %s\n", user.c_str());
  return 0;
}

// CGI: a query string parsed by hand ("file=...").
int export_main() {
  const std::string qs = std::getenv("QUERY_STRING");
  const std::string file = qs.substr(5);
  const std::filesystem::path out = std::filesystem::path("/var/exports") / file;
  std::ofstream csv(out);  // expect: CPP304(high)
  csv << "id,name\n";
  return 0;
}

// CGI: secure_getenv is the same request data; opening with creat(2).
int touch_main() {
  const char* uri = secure_getenv("REQUEST_URI");
  std::string target = "/var/lib/cgi/stamps";
  target += uri;
  const int fd = creat(target.c_str(), 0600);  // expect: CPP304(high)
  return fd < 0;
}

// CGI: the POST body on standard input names the file to delete.
int delete_main() {
  char line[512] = {};
  std::fgets(line, sizeof line, stdin);
  line[std::strcspn(line, "\r\n")] = '\0';
  const std::string victim = std::string("/var/lib/cgi/files/") + line;
  std::remove(victim.c_str());  // expect: CPP304(high)
  return 0;
}

// A socket server: recv fills the buffer that names the file.
void serve_client(int client_fd) {
  char name[256] = {};
  const ssize_t n = recv(client_fd, name, sizeof name - 1, 0);
  if (n <= 0) return;  // tests the byte count, not the name
  const std::string path = std::string("/srv/blobs/") + name;
  const int fd = open(path.c_str(), O_RDONLY);  // expect: CPP304(high)
  close(fd);
}

// read(2) into a buffer, used through a helper whose parameter reaches openat.
int open_in_spool(int dir_fd, const char* name) { return openat(dir_fd, name, O_RDONLY); }

void serve_spool(int client_fd, int spool_fd) {
  char buf[128] = {};
  read(client_fd, buf, sizeof buf - 1);
  const int fd = open_in_spool(spool_fd, buf);  // expect: CPP304(high)
  close(fd);
}

// Both paths of rename(2) from the same recv buffer.
void rename_client(int client_fd) {
  char req[512] = {};
  recv(client_fd, req, sizeof req - 1, 0);
  const std::string line(req);
  const std::size_t sep = line.find(' ');
  const std::string from = line.substr(0, sep);
  const std::string to = line.substr(sep + 1);
  std::rename(from.c_str(), to.c_str());  // expect: CPP304(high), CPP304(high)
}

// Crow (stand-in): the query string's "f".
crow::response crow_download(const crow::request& req) {
  const char* f = req.url_params.get("f");
  std::ifstream in(std::string("/srv/crow/") + f);  // expect: CPP304(high)
  crow::response res;
  res.body.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return res;
}

// Crow (stand-in): the URL itself.
crow::response crow_stat(const crow::request& req) {
  std::FILE* f = std::fopen(("/srv/crow" + req.url).c_str(), "r");  // expect: CPP304(high)
  if (f) std::fclose(f);
  return crow::response(200);
}

}  // namespace cgi_socket_paths
