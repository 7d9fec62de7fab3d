// CPP204 negatives: commands that are constants (literals, constexpr parts, a choice between
// literals), request data that only reaches non-sinks, and numbers used only in conditions.
#include <httplib.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

namespace housekeeping {

constexpr const char* kRotate = "/usr/sbin/logrotate /etc/logrotate.d/app";
constexpr const char* kScriptDir = "/opt/app/scripts";

// A literal command.
int sync_disks() { return std::system("sync"); }

// A constexpr command.
int rotate_logs() { return system(kRotate); }

// Joined from constexpr parts only.
int run_cleanup() {
  const std::string cmd = std::string(kScriptDir) + "/cleanup.sh --older-than 7d";
  return std::system(cmd.c_str());
}

// A wrapper that runs what it is given unchanged is not itself a built command; its callers
// below pass literals.
int run_shell(const char* command) { return std::system(command); }

void register_routes(httplib::Server& svr) {
  // The request only chooses between two literal commands.
  svr.Get("/uptime", [](const httplib::Request& req, httplib::Response& res) {
    const bool verbose = req.get_param_value("verbose") == "1";
    FILE* p = popen(verbose ? "uptime -p" : "uptime", "r");
    std::string out;
    char line[128];
    while (p != nullptr && fgets(line, sizeof line, p) != nullptr) out += line;
    if (p != nullptr) pclose(p);
    res.set_content(out, "text/plain");
  });

  // A number parsed from the request, used only to decide whether to run a constant command.
  svr.Post("/vacuum", [](const httplib::Request& req, httplib::Response& res) {
    const int level = std::atoi(req.get_param_value("level").c_str());
    if (level > 2) run_shell("vacuumdb --all --full");
    else run_shell("vacuumdb --all");
    res.status = 204;
  });

  // The request body is written to the standard input of a constant command, not to its command line.
  svr.Post("/mail", [](const httplib::Request& req, httplib::Response& res) {
    FILE* mail = popen("/usr/sbin/sendmail -t -oi", "w");
    if (mail == nullptr) {
      res.status = 500;
      return;
    }
    fputs(req.body.c_str(), mail);
    pclose(mail);
    res.status = 202;
  });

  // Request data that reaches only the response and a log.
  svr.Get("/echo", [](const httplib::Request& req, httplib::Response& res) {
    const std::string who = req.get_header_value("X-User");
    std::clog << "echo for " << who << '\n';
    res.set_content("hello " + who, "text/plain");
  });

  // A command held in a local that is only ever assigned literals.
  svr.Get("/status", [](const httplib::Request& req, httplib::Response& res) {
    std::string cmd = "systemctl is-active app";
    if (req.has_param("all")) cmd = "systemctl list-units --type=service --state=running";
    FILE* p = popen(cmd.c_str(), "r");
    if (p != nullptr) pclose(p);
    res.status = 200;
  });
}

// CGI: the query string is read and printed, never run.
int cgi_main() {
  const char* qs = std::getenv("QUERY_STRING");
  std::printf("Content-Type: text/plain\r\n\r\n%s\n", qs != nullptr ? qs : "");
  return std::system("/usr/bin/true");
}

}  // namespace housekeeping
