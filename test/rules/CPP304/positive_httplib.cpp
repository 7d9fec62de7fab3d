// CPP304 positives with cpp-httplib: a file name or path from the request (query parameter,
// header, regex capture, request path, multipart file name) reaches a function that opens,
// creates, lists, renames or removes a file, with no check of the value in the handler.
// Flows: directly, through locals, +, append, +=, string streams, c_str(), std::filesystem::path
// operator/, a helper returning request data, and helpers whose parameter reaches the sink.
#include <fcntl.h>
#include <httplib.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

namespace httplib_paths {

const fs::path kDocRoot = "/srv/www";
const fs::path kUploadDir = "/var/lib/app/uploads";

// Returns request data: its callers' values are request data.
std::string requested_file(const httplib::Request& req) { return req.get_param_value("file"); }

// The parameter reaches ifstream: a caller passing request data is reported at the argument.
std::string load_template(const std::string& name) {
  std::ifstream in("/srv/templates/" + name + ".html");  // no request data seen here: quiet
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Declared only (another TU): its result is assumed to carry its arguments.
std::string join_path(const std::string& dir, const std::string& name);

// The parameter reaches std::filesystem::remove through operator/.
void drop_upload(const std::string& name) {
  fs::remove(kUploadDir / name);  // quiet here, reported at the callers
}

void routes(httplib::Server& svr) {
  // Query parameter concatenated into fopen's path: "?name=../../etc/passwd".
  svr.Get("/download", [](const httplib::Request& req, httplib::Response& res) {
    std::FILE* f = std::fopen(("/srv/files/" + req.get_param_value("name")).c_str(), "rb");  // expect: CPP304(high)
    if (f == nullptr) {
      res.status = 404;
      return;
    }
    std::fclose(f);
  });

  // Regex capture joined with std::filesystem::path operator/, opened with ifstream.
  svr.Get(R"(/static/(.+))", [](const httplib::Request& req, httplib::Response& res) {
    const fs::path p = kDocRoot / req.matches[1].str();
    std::ifstream in(p, std::ios::binary);  // expect: CPP304(high)
    std::ostringstream body;
    body << in.rdbuf();
    res.set_content(body.str(), "application/octet-stream");
  });

  // Multipart upload: the client's file name decides where ofstream writes.
  svr.Post("/upload", [](const httplib::Request& req, httplib::Response& res) {
    const httplib::MultipartFormData file = req.get_file_value("attachment");
    std::ofstream out("/var/lib/app/uploads/" + file.filename, std::ios::binary);  // expect: CPP304(high)
    out << file.content;
    res.status = 201;
  });

  // A path built with append and +=, then open(2) on its c_str().
  svr.Get("/logs", [](const httplib::Request& req, httplib::Response& res) {
    std::string path = "/var/log/app/";
    path.append(req.get_param_value("day"));
    path += ".log";
    const int fd = open(path.c_str(), O_RDONLY);  // expect: CPP304(high)
    res.status = fd >= 0 ? 200 : 404;
    close(fd);
  });

  // A string stream builds the path from a header.
  svr.Get("/avatar", [](const httplib::Request& req, httplib::Response& res) {
    std::ostringstream os;
    os << "/var/lib/app/avatars/" << req.get_header_value("X-User") << ".png";
    const std::string avatar = os.str();
    std::FILE* f = std::fopen(avatar.c_str(), "rb");  // expect: CPP304(high)
    res.status = f ? 200 : 404;
  });

  // The request path itself names the file to serve.
  svr.Get(R"(/raw/.*)", [](const httplib::Request& req, httplib::Response& res) {
    std::ifstream in;
    in.open("/srv/raw" + req.path);  // expect: CPP304(high)
    res.status = in ? 200 : 404;
  });

  // A helper returns the query parameter; the caller opens it for writing.
  svr.Put("/notes", [](const httplib::Request& req, httplib::Response& res) {
    const std::string note = requested_file(req);
    std::ofstream out;
    out.open(kDocRoot / "notes" / note);  // expect: CPP304(high)
    out << req.body;
    res.status = 204;
  });

  // Only emptiness is tested: that is no check of the path (still reported).
  svr.Get("/page", [](const httplib::Request& req, httplib::Response& res) {
    std::string page = req.get_param_value("p");
    if (page.empty()) page = "index";
    res.set_content(load_template(page), "text/html");  // expect: CPP304(high)
  });

  // A length limit is no check either.
  svr.Delete(R"(/uploads/(\w+))", [](const httplib::Request& req, httplib::Response& res) {
    const std::string name = req.matches[1];
    if (name.size() > 64) {
      res.status = 414;
      return;
    }
    drop_upload(name);  // expect: CPP304(high)
    res.status = 204;
  });

  // A helper call spread over lines: reported on the argument's line.
  svr.Get("/render", [](const httplib::Request& req, httplib::Response& res) {
    res.set_content(
        load_template(
            req.get_param_value("tpl")),  // expect: CPP304(high)
        "text/html");
  });

  // Both arguments of rename come from the request: one finding per argument.
  svr.Post("/rename", [](const httplib::Request& req, httplib::Response& res) {
    const fs::path from = kUploadDir / req.get_param_value("from");
    const fs::path to = kUploadDir / req.get_param_value("to");
    fs::rename(from, to);  // expect: CPP304(high), CPP304(high)
    res.status = 204;
  });

  // copy_file: only the destination is request data.
  svr.Post("/publish", [](const httplib::Request& req, httplib::Response& res) {
    const std::string dest = "/srv/www/published/" + req.get_header_value("X-Publish-As");
    fs::copy_file("/var/lib/app/draft.html", dest, fs::copy_options::overwrite_existing);  // expect: CPP304(high)
    res.status = 204;
  });

  // Directory listing and creation from a parameter.
  svr.Get("/ls", [](const httplib::Request& req, httplib::Response& res) {
    std::string listing;
    for (const auto& entry : fs::directory_iterator(kDocRoot / req.get_param_value("dir")))  // expect: CPP304(high)
      listing += entry.path().filename().string() + "\n";
    res.set_content(listing, "text/plain");
  });

  svr.Post("/tenants", [](const httplib::Request& req, httplib::Response& res) {
    fs::create_directories(fs::path("/var/lib/app/tenants") / req.get_header_value("X-Tenant") / "data");  // expect: CPP304(high)
    res.status = 201;
  });

  // unlink and truncate on a path from the request body.
  svr.Post("/cache/evict", [](const httplib::Request& req, httplib::Response& res) {
    const std::string victim = "/var/cache/app/" + req.body;
    unlink(victim.c_str());  // expect: CPP304(high)
    res.status = 204;
  });

  svr.Post("/cache/reset", [](const httplib::Request& req, httplib::Response& res) {
    const fs::path entry = fs::path("/var/cache/app") / req.get_param_value("key");
    truncate(entry.c_str(), 0);  // expect: CPP304(high)
    fs::resize_file(entry, 0);  // expect: CPP304(high)
    res.status = 204;
  });

  // A function of another TU joins the parts: the result still carries the parameter.
  svr.Get("/attachments", [](const httplib::Request& req, httplib::Response& res) {
    const std::string p = join_path("/var/lib/app/attachments", req.get_param_value("a"));
    std::ifstream in(p, std::ios::binary);  // expect: CPP304(high)
    res.status = in ? 200 : 404;
  });

  // A loop whose condition tests only the length is no check.
  svr.Get("/trim", [](const httplib::Request& req, httplib::Response& res) {
    std::string name = req.get_param_value("name");
    while (name.length() > 32) name.pop_back();
    std::ifstream in("/srv/short/" + name);  // expect: CPP304(high)
    res.status = in ? 200 : 404;
  });

  // remove_all of a directory chosen by the client.
  svr.Delete("/workspace", [](const httplib::Request& req, httplib::Response& res) {
    const auto removed = fs::remove_all(fs::path("/var/lib/app/ws") / req.get_param_value("id"));  // expect: CPP304(high)
    res.set_content(std::to_string(removed), "text/plain");
  });
}

}  // namespace httplib_paths
