// CPP304 negatives: paths that are not request data, or whose request part cannot climb out of
// the folder: only the last component (filename(), basename()), a sanitizer, a number parsed
// from the request, constants, configuration and argv, and request data that reaches no path
// argument.
#include <httplib.h>
#include <libgen.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <string>

namespace fs = std::filesystem;
namespace beast = boost::beast;
namespace http = beast::http;

namespace safe_paths {

const fs::path kUploads = "/var/lib/app/uploads";

// Declared only: a project sanitizer (its name contains "sanitize").
std::string sanitize_path(const std::string& p);

// Its parameter reaches ifstream; the callers below pass constants or configuration.
std::string read_template(const std::string& name) {
  std::ifstream in("/srv/templates/" + name + ".html");
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void routes(httplib::Server& svr) {
  // Only the client's file name's last component is kept.
  svr.Post("/upload", [](const httplib::Request& req, httplib::Response& res) {
    const httplib::MultipartFormData file = req.get_file_value("attachment");
    const fs::path dest = kUploads / fs::path(file.filename).filename();
    std::ofstream out(dest, std::ios::binary);
    out << file.content;
    res.status = 201;
  });

  // A project sanitizer.
  svr.Get("/files", [](const httplib::Request& req, httplib::Response& res) {
    const std::string clean = sanitize_path(req.get_param_value("name"));
    std::ifstream in("/srv/files/" + clean);
    res.status = in ? 200 : 404;
  });

  // A number parsed from the request: digits cannot hold "../".
  svr.Get("/reports", [](const httplib::Request& req, httplib::Response& res) {
    const int id = std::stoi(req.get_param_value("id"));
    std::ifstream in("/srv/reports/" + std::to_string(id) + ".csv");
    res.status = in ? 200 : 404;
  });

  // A cache file named by a hash of the URL, not by the URL.
  svr.Get("/proxy", [](const httplib::Request& req, httplib::Response& res) {
    const std::size_t key = std::hash<std::string>{}(req.get_param_value("url"));
    std::ofstream cache("/var/cache/app/" + std::to_string(key));
    cache << req.get_param_value("url");
    res.status = 202;
  });

  // Request data is written into a fixed file, not used as its name.
  svr.Post("/feedback", [](const httplib::Request& req, httplib::Response& res) {
    std::ofstream log("/var/log/app/feedback.log", std::ios::app);
    log << req.get_header_value("User-Agent") << ' ' << req.path << ' ' << req.body << '\n';
    res.status = 204;
  });

  // Request data joined into a path that only reaches the response and the console.
  svr.Get("/where", [](const httplib::Request& req, httplib::Response& res) {
    const fs::path p = kUploads / req.get_param_value("name");
    std::cout << "asked for " << p << '\n';
    res.set_content(p.string(), "text/plain");
  });

  // The helper's parameter reaches a sink, but the callers pass constants.
  svr.Get("/", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(read_template("index"), "text/html");
  });

  svr.Get("/about", [](const httplib::Request&, httplib::Response& res) {
    const std::string page = "about";
    res.set_content(read_template(page), "text/html");
  });

  // The body's size, not its contents, goes into the name.
  svr.Post("/blobs", [](const httplib::Request& req, httplib::Response& res) {
    std::ofstream out("/var/lib/app/blobs/size-" + std::to_string(req.body.size()));
    out << req.body;
    res.status = 201;
  });
}

// CGI: basename() of PATH_INFO keeps only the last component.
int cgi_view_main() {
  char buf[PATH_MAX] = {};
  std::strncpy(buf, std::getenv("PATH_INFO"), sizeof buf - 1);
  const std::string file = std::string("/srv/docs/") + basename(buf);
  std::FILE* f = std::fopen(file.c_str(), "r");
  if (f) std::fclose(f);
  return 0;
}

// CGI: a page number parsed with atoi.
int cgi_page_main() {
  const int page = std::atoi(std::getenv("QUERY_STRING"));
  std::FILE* f = std::fopen(("/srv/pages/" + std::to_string(page) + ".html").c_str(), "r");
  if (f) std::fclose(f);
  return 0;
}

// Configuration from the environment (not a request variable) and from argv.
int tool_main(int argc, char** argv) {
  const char* data_dir = std::getenv("APP_DATA_DIR");
  const fs::path db = fs::path(data_dir ? data_dir : "/var/lib/app") / "state.db";
  std::ifstream state(db);
  if (argc > 1) {
    std::ifstream cfg(argv[1]);
    fs::create_directories(fs::path(argv[1]).parent_path() / "backup");
  }
  return state ? 0 : 1;
}

// A socket server: the name received is reduced to its last component.
void serve_client(int client_fd) {
  char name[256] = {};
  recv(client_fd, name, sizeof name - 1, 0);
  const fs::path p = fs::path("/srv/blobs") / fs::path(name).filename();
  std::ifstream in(p);
}

// Beast: the target is echoed in a header, the file served is fixed.
http::response<http::file_body> serve_index(const http::request<http::string_body>& req) {
  http::file_body::value_type body;
  beast::error_code ec;
  body.open("/srv/www/index.html", beast::file_mode::scan, ec);
  http::response<http::file_body> res{http::status::ok, req.version()};
  res.set(http::field::content_location, req.target());
  res.body() = std::move(body);
  return res;
}

}  // namespace safe_paths

namespace terminal {

// A command-line client: the user at the terminal names a local file with their own rights.
void upload_prompt() {
  char cmd[128] = {0};
  if (read(0, cmd, sizeof cmd - 1) <= 0) return;
  char file_name[64] = {0};
  sscanf(cmd + 5, "%63s", file_name);
  int fd = open(file_name, O_RDONLY);
  if (fd >= 0) close(fd);
}

}  // namespace terminal
