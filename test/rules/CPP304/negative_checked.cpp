// CPP304 negatives: request data that is checked before it names a file. A condition of the
// same function that tests a local the path is made from (beyond its emptiness or length), or a
// call of a function whose name says it checks (validate, allowed, ensure, inside...), makes
// the path count as checked.
#include <fcntl.h>
#include <httplib.h>
#include <sys/socket.h>
#include <unistd.h>

#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <stdexcept>
#include <string>

namespace fs = std::filesystem;
namespace beast = boost::beast;
namespace http = beast::http;

namespace checked_paths {

const fs::path kRoot = "/srv/files";

// Project helpers whose names say they check (defined in another TU).
bool is_valid_name(const std::string& name);
void ensure_inside(const fs::path& root, const fs::path& p);  // throws when p escapes root

// A helper defined here that checks and throws.
void verify_within_root(const fs::path& p) {
  if (p.string().rfind(kRoot.string() + "/", 0) != 0) throw std::runtime_error("outside root");
}

// Helpers that check the path they open: not sinks for their callers.
std::string read_checked(const std::string& name) {
  const fs::path p = fs::weakly_canonical(kRoot / name);
  if (p.string().rfind(kRoot.string() + "/", 0) != 0) return {};
  std::ifstream in(p);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void delete_upload(const std::string& name) {
  const fs::path p = fs::weakly_canonical(kRoot / "uploads" / name);
  ensure_inside(kRoot / "uploads", p);
  fs::remove(p);
}

void routes(httplib::Server& svr) {
  // The helpers check what they open.
  svr.Get("/read", [](const httplib::Request& req, httplib::Response& res) {
    res.set_content(read_checked(req.get_param_value("name")), "text/plain");
  });

  svr.Delete(R"(/uploads/(.+))", [](const httplib::Request& req, httplib::Response& res) {
    delete_upload(req.matches[1]);
    res.status = 204;
  });

  // An allowlist loop: the name is compared with each allowed name.
  svr.Get("/legal", [](const httplib::Request& req, httplib::Response& res) {
    static const char* const kAllowed[] = {"terms.txt", "privacy.txt", "imprint.txt"};
    const std::string name = req.get_param_value("doc");
    for (const char* allowed : kAllowed) {
      if (name == allowed) {
        std::ifstream in(kRoot / "legal" / name);
        res.status = in ? 200 : 500;
        return;
      }
    }
    res.status = 404;
  });

  // Canonicalised and prefix-checked in an if: the recommended fix.
  svr.Get("/files", [](const httplib::Request& req, httplib::Response& res) {
    const fs::path root = fs::weakly_canonical(kRoot);
    const fs::path p = fs::weakly_canonical(root / req.get_param_value("name"));
    if (p.string().rfind(root.string() + "/", 0) != 0) {
      res.status = 403;
      return;
    }
    std::ifstream in(p, std::ios::binary);
    res.status = in ? 200 : 404;
  });

  // lexically_relative, then the first component tested: the path opened is built from it.
  svr.Get("/docs", [](const httplib::Request& req, httplib::Response& res) {
    const fs::path wanted = (kRoot / req.get_param_value("doc")).lexically_normal();
    const fs::path rel = wanted.lexically_relative(kRoot);
    if (rel.empty() || *rel.begin() == "..") {
      res.status = 400;
      return;
    }
    std::ifstream in(kRoot / rel);
    res.status = in ? 200 : 404;
  });

  // A validate-style helper in the condition.
  svr.Get("/download", [](const httplib::Request& req, httplib::Response& res) {
    const std::string name = req.get_param_value("name");
    if (!is_valid_name(name)) {
      res.status = 400;
      return;
    }
    std::FILE* f = std::fopen((kRoot / name).c_str(), "rb");
    res.status = f ? 200 : 404;
    if (f) std::fclose(f);
  });

  // An ensure_... helper that throws: the value was passed to a check.
  svr.Delete("/files", [](const httplib::Request& req, httplib::Response& res) {
    const fs::path p = fs::weakly_canonical(kRoot / req.get_param_value("name"));
    ensure_inside(kRoot, p);
    fs::remove(p);
    res.status = 204;
  });

  // The same with a helper of this file whose name says it checks.
  svr.Post("/move", [](const httplib::Request& req, httplib::Response& res) {
    const fs::path from = fs::weakly_canonical(kRoot / req.get_param_value("from"));
    const fs::path to = fs::weakly_canonical(kRoot / req.get_param_value("to"));
    verify_within_root(from);
    verify_within_root(to);
    fs::rename(from, to);
    res.status = 204;
  });

  // An allowlist lookup in a ?: condition.
  svr.Get("/theme", [](const httplib::Request& req, httplib::Response& res) {
    static const std::set<std::string> themes = {"light", "dark", "contrast"};
    const std::string wanted = req.get_param_value("theme");
    const std::string theme = themes.count(wanted) ? wanted : "light";
    std::ifstream css("/srv/themes/" + theme + ".css");
    res.status = css ? 200 : 404;
  });

  // Character checks with std::all_of and a regex.
  svr.Post("/notes", [](const httplib::Request& req, httplib::Response& res) {
    const std::string id = req.get_param_value("id");
    if (id.empty() || !std::all_of(id.begin(), id.end(), [](unsigned char c) { return std::isalnum(c); })) {
      res.status = 400;
      return;
    }
    std::ofstream out("/var/lib/app/notes/" + id + ".txt");
    out << req.body;
  });

  svr.Get(R"(/reports/(.+))", [](const httplib::Request& req, httplib::Response& res) {
    const std::string report = req.matches[1];
    if (!std::regex_match(report, std::regex("[a-z0-9_-]{1,64}"))) {
      res.status = 400;
      return;
    }
    const int fd = open(("/var/reports/" + report + ".pdf").c_str(), O_RDONLY);
    res.status = fd >= 0 ? 200 : 404;
    if (fd >= 0) close(fd);
  });
}

// Beast's example: the target is tested for "..", then joined to the document root.
http::response<http::file_body> serve(beast::string_view doc_root, const http::request<http::string_body>& req) {
  const std::string target(req.target());
  if (target.empty() || target[0] != '/' || target.find("..") != std::string::npos)
    return http::response<http::file_body>{http::status::bad_request, req.version()};
  std::string path(doc_root);
  path += target;
  http::file_body::value_type body;
  beast::error_code ec;
  body.open(path.c_str(), beast::file_mode::scan, ec);
  http::response<http::file_body> res{http::status::ok, req.version()};
  res.body() = std::move(body);
  return res;
}

// CGI: PATH_INFO rejected when it holds "..".
int cgi_main() {
  const char* info = std::getenv("PATH_INFO");
  if (info == nullptr || std::strstr(info, "..") != nullptr) return 1;
  std::FILE* f = std::fopen((std::string("/srv/docs") + info).c_str(), "r");
  if (f) std::fclose(f);
  return 0;
}

// A socket server that refuses names with a slash.
void serve_client(int client_fd) {
  char name[256] = {};
  recv(client_fd, name, sizeof name - 1, 0);
  if (std::strchr(name, '/') != nullptr || std::strcmp(name, "..") == 0) return;
  const int fd = open((std::string("/srv/blobs/") + name).c_str(), O_RDONLY);
  close(fd);
}

}  // namespace checked_paths
