// CPP204 positives: commands built from non-constant parts. With no request data seen they are
// reported at medium confidence (argv, configuration, non-request environment variables,
// numbers, quoted values); request data is high even after a check, since CPP204 ignores checks.
#include <httplib.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <sstream>
#include <string>

namespace maintenance {

struct Config {
  std::string backup_dir;
  std::string compressor;
};

// Declared only: quotes a string for /bin/sh (its name contains "quote", a sanitizer word).
std::string shell_quote(const std::string& text);

// argv joined into a command: nothing from a request, but built from non-constant parts.
int backup_main(int argc, char** argv) {
  if (argc < 2) return 2;
  const std::string cmd = std::string("rsync -a /srv/data/ ") + argv[1];
  return std::system(cmd.c_str());  // expect: CPP204(medium)
}

// Configuration values joined into a command.
void compress_logs(const Config& cfg) {
  std::ostringstream os;
  os << cfg.compressor << " " << cfg.backup_dir << "/*.log";
  std::system(os.str().c_str());  // expect: CPP204(medium)
}

// HOME is not request data in a CGI program (the server sets it), but the command is built.
void open_home_listing() {
  const char* home = std::getenv("HOME");
  FILE* p = popen((std::string("ls -la ") + home).c_str(), "r");  // expect: CPP204(medium)
  if (p != nullptr) pclose(p);
}

// A helper that joins its parameter: medium in the helper; its callers below pass constants
// (no finding at those calls) and request data (high at the call).
int restart_service(const std::string& unit) {
  return system(("systemctl restart " + unit).c_str());  // expect: CPP204(medium)
}

void register_admin(httplib::Server& svr) {
  // A number parsed from the request cannot carry shell syntax: not reported.
  svr.Post("/kill", [](const httplib::Request& req, httplib::Response& res) {
    const int pid = std::atoi(req.get_param_value("pid").c_str());
    const std::string cmd = "kill -TERM " + std::to_string(pid);
    std::system(cmd.c_str());
    res.status = 204;
  });

  // A quoted value: the only non-constant part went through a quoting function: not reported.
  svr.Get("/grep", [](const httplib::Request& req, httplib::Response& res) {
    const std::string pattern = shell_quote(req.get_param_value("q"));
    FILE* p = popen(("grep -n " + pattern + " /srv/notes.txt").c_str(), "r");
    if (p != nullptr) pclose(p);
    res.set_content("done", "text/plain");
  });

  // Constants to the helper: no finding at these calls.
  svr.Post("/restart/web", [](const httplib::Request&, httplib::Response& res) {
    restart_service("nginx");
    res.status = 204;
  });

  // Request data to the helper: reported at the call.
  svr.Post("/restart", [](const httplib::Request& req, httplib::Response& res) {
    const std::string unit = req.get_param_value("unit");
    restart_service(unit);  // expect: CPP204(high)
    res.status = 204;
  });

  // A character check does not make request data safe for a shell: CPP204 ignores checks.
  svr.Get("/disk", [](const httplib::Request& req, httplib::Response& res) {
    const std::string mount = req.get_param_value("mount");
    if (mount.find(';') != std::string::npos) {
      res.status = 400;
      return;
    }
    std::system(("df -h " + mount).c_str());  // expect: CPP204(high)
    res.status = 200;
  });

  // An allow-list lookup of another key does not cover the value that is run.
  svr.Get("/svc", [](const httplib::Request& req, httplib::Response& res) {
    static const std::map<std::string, std::string> kUnits = {{"web", "nginx"}, {"db", "postgresql"}};
    const std::string unit = req.get_param_value("unit");
    const std::string args = req.get_param_value("args");
    if (kUnits.count(unit) == 0) return;
    std::system(("systemctl status " + kUnits.at(unit) + " " + args).c_str());  // expect: CPP204(high)
    res.status = 200;
  });
}

}  // namespace maintenance
