// CPP304 positives with Boost.Beast: the request target (and header fields) name the file a
// file_body, a beast::file or a std::fstream opens. The handler of Beast's own HTTP server
// example, without its ".." test, is the classic case.
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <dirent.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace beast = boost::beast;
namespace http = beast::http;

namespace beast_paths {

// Joins the document root and the target (from Beast's example): its result carries both.
std::string path_cat(beast::string_view base, beast::string_view path) {
  if (base.empty()) return std::string(path);
  std::string result(base);
  constexpr char path_separator = '/';
  if (result.back() == path_separator) result.resize(result.size() - 1);
  result.append(path.data(), path.size());
  return result;
}

// A template handler as in the example: the target goes to file_body's open.
template <class Body, class Allocator>
http::response<http::file_body> handle_request(beast::string_view doc_root,
                                               http::request<Body, http::basic_fields<Allocator>>&& req) {
  std::string path = path_cat(doc_root, req.target());
  beast::error_code ec;
  http::file_body::value_type body;
  body.open(path.c_str(), beast::file_mode::scan, ec);  // expect: CPP304(high)
  http::response<http::file_body> res{std::piecewise_construct, std::make_tuple(std::move(body)),
                                      std::make_tuple(http::status::ok, req.version())};
  res.prepare_payload();
  return res;
}

template http::response<http::file_body> handle_request(beast::string_view,
                                                         http::request<http::string_body>&&);

// A non-template handler: the target copied into a std::string, joined with operator/.
http::response<http::file_body> serve(const http::request<http::string_body>& req) {
  const std::string target(req.target());
  const std::filesystem::path file = std::filesystem::path("/srv/www") / target.substr(1);
  http::file_body::value_type body;
  beast::error_code ec;
  body.open(file.string().c_str(), beast::file_mode::read, ec);  // expect: CPP304(high)
  http::response<http::file_body> res{http::status::ok, req.version()};
  res.body() = std::move(body);
  return res;
}

// A header field names the file; beast::file_stdio opens it for writing.
void store(const http::request<http::string_body>& req) {
  const std::string name(req["X-File-Name"]);
  beast::file_stdio out;
  beast::error_code ec;
  out.open(("/var/lib/app/incoming/" + name).c_str(), beast::file_mode::write, ec);  // expect: CPP304(high)
  out.write(req.body().data(), req.body().size(), ec);
}

// beast::file (file_posix on Linux) reads the path named by the target's query.
std::string read_report(const http::request<http::string_body>& req) {
  const beast::string_view target = req.target();
  const auto pos = target.find("report=");
  const std::string report = std::string(target.substr(pos + 7));
  beast::file f;
  beast::error_code ec;
  f.open(("/var/reports/" + report).c_str(), beast::file_mode::read, ec);  // expect: CPP304(high)
  std::string out(static_cast<std::size_t>(f.size(ec)), '\0');
  f.read(out.data(), out.size(), ec);
  return out;
}

// The request body holds the path; std::fstream opens it.
void append_journal(const http::request<http::string_body>& req) {
  std::fstream journal("/var/lib/app/journals/" + req.body(), std::ios::in | std::ios::out | std::ios::app);  // expect: CPP304(high)
  journal << "touched\n";
}

// opendir on a directory below the target.
int count_entries(const http::request<http::empty_body>& req) {
  const std::string dir = "/srv/shares" + std::string(req.target());
  DIR* d = opendir(dir.c_str());  // expect: CPP304(high)
  int n = 0;
  while (d != nullptr && readdir(d) != nullptr) ++n;
  if (d != nullptr) closedir(d);
  return n;
}

}  // namespace beast_paths
