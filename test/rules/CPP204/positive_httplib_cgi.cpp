// CPP204 positives: request data from cpp-httplib handlers and CGI environment variables
// reaching system(), std::system(), popen(), wordexp() and execl("/bin/sh", "sh", "-c", ...).
// Values are followed through locals, +, +=, append, string streams, c_str(), helpers that
// return request data and calls the analyzer cannot see into.
#include <httplib.h>
#include <unistd.h>
#include <wordexp.h>

#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>

namespace admin_tools {

// Declared only (defined in another TU): its result is assumed to carry its argument.
std::string to_lower_ascii(const std::string& text);

// A helper returning request data: what its callers get is request data.
std::string host_param(const httplib::Request& req) { return req.get_param_value("host"); }

// A helper whose parameter is joined into a command. Its own system() is a command built from
// a non-constant part (medium); a caller passing request data is reported at the call (high).
void make_thumbnail(const std::string& file) {
  const std::string cmd = "convert /srv/uploads/" + file + " -resize 128x128 /srv/thumbs/" + file;
  std::system(cmd.c_str());  // expect: CPP204(medium)
}

void register_routes(httplib::Server& svr) {
  // A query parameter joined into a ping command: "?host=1.1.1.1;rm -rf /".
  svr.Get("/ping", [](const httplib::Request& req, httplib::Response& res) {
    std::string cmd = "ping -c 1 " + req.get_param_value("host");
    int rc = system(cmd.c_str());  // expect: CPP204(high)
    res.set_content(rc == 0 ? "up" : "down", "text/plain");
  });

  // A header appended with += and run by popen().
  svr.Get("/whois", [](const httplib::Request& req, httplib::Response& res) {
    std::string cmd = "whois ";
    cmd += req.get_header_value("X-Domain");
    FILE* pipe = popen(cmd.c_str(), "r");  // expect: CPP204(high)
    std::string out;
    char line[256];
    while (pipe != nullptr && fgets(line, sizeof line, pipe) != nullptr) out += line;
    if (pipe != nullptr) pclose(pipe);
    res.set_content(out, "text/plain");
  });

  // A path capture (req.matches) written into a string stream.
  svr.Get(R"(/logs/([a-z0-9_-]+))", [](const httplib::Request& req, httplib::Response& res) {
    std::ostringstream os;
    os << "tail -n 100 /var/log/app/" << req.matches[1] << ".log";
    const std::string tail_cmd = os.str();
    FILE* pipe = popen(tail_cmd.c_str(), "r");  // expect: CPP204(high)
    if (pipe != nullptr) pclose(pipe);
    res.set_content("sent", "text/plain");
  });

  // The request body appended piece by piece.
  svr.Post("/jobs", [](const httplib::Request& req, httplib::Response& res) {
    std::string cmd;
    cmd.append("at now + 1 minute <<< '").append(req.body).append("'");
    std::system(cmd.c_str());  // expect: CPP204(high)
    res.status = 202;
  });

  // Through a helper returning request data.
  svr.Get("/trace", [](const httplib::Request& req, httplib::Response& res) {
    const std::string host = host_param(req);
    const std::string cmd = "traceroute -m 10 " + host;
    system(cmd.c_str());  // expect: CPP204(high)
    res.set_content("started", "text/plain");
  });

  // Through a function of another TU: its result carries the request value.
  svr.Get("/dig", [](const httplib::Request& req, httplib::Response& res) {
    const std::string name = to_lower_ascii(req.get_param_value("name"));
    system(("dig +short " + name).c_str());  // expect: CPP204(high)
    res.set_content("ok", "text/plain");
  });

  // A helper whose parameter reaches system(): reported at the call, on the argument's line.
  svr.Post("/thumbnail", [](const httplib::Request& req, httplib::Response& res) {
    make_thumbnail(req.get_param_value("file"));  // expect: CPP204(high)
    res.status = 201;
  });

  // The client's file name of a multipart upload.
  svr.Post("/upload", [](const httplib::Request& req, httplib::Response& res) {
    const httplib::MultipartFormData image = req.get_file_value("image");
    const std::string cmd = "file --mime-type /tmp/uploads/" + image.filename;
    FILE* pipe = popen(cmd.c_str(), "r");  // expect: CPP204(high)
    if (pipe != nullptr) pclose(pipe);
    res.status = 201;
  });

  // The request path itself, with the argument on the line after the call.
  svr.Get(R"(/archive/.*)", [](const httplib::Request& req, httplib::Response& res) {
    std::system(
        ("tar czf /tmp/out.tgz /srv/www" + req.path).c_str());  // expect: CPP204(high)
    res.set_content("packed", "text/plain");
  });
}

// CGI: the query string joined into a command run by sh -c.
void cgi_search() {
  const char* qs = getenv("QUERY_STRING");
  const std::string cmd = std::string("grep -rl ") + qs + " /srv/docs";
  execl("/bin/sh", "sh", "-c", cmd.c_str(), static_cast<char*>(nullptr));  // expect: CPP204(high)
}

// CGI: PATH_INFO expanded by wordexp(), which runs $(...) and `...`.
int cgi_expand_path(wordexp_t* out) {
  const char* info = std::getenv("PATH_INFO");
  return wordexp(info, out, 0);  // expect: CPP204(high)
}

// CGI: the User-Agent header logged through the shell.
void cgi_log_agent() {
  std::string agent = std::getenv("HTTP_USER_AGENT");
  std::string cmd = "logger -t cgi 'agent: " + agent + "'";
  system(cmd.c_str());  // expect: CPP204(high)
}

}  // namespace admin_tools
