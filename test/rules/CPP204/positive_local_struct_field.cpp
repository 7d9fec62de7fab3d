// CPP204 through a field of a local struct: request data stored in ctx.user in one statement
// and read back in another. Also a field of `this` written and read in the same method.
#include <httplib.h>

#include <cstdlib>
#include <string>

struct JobContext {
  std::string user;
  std::string directory;
  int retries = 0;
};

void list_home(const httplib::Request &req) {
  JobContext ctx;
  ctx.user = req.get_param_value("user");
  ctx.retries = 3;
  std::string command = "ls /home/" + ctx.user;
  std::system(command.c_str());  // expect: CPP204(high)
}

void list_fixed(const httplib::Request &req) {
  JobContext ctx;
  ctx.user = req.get_param_value("user");
  ctx.directory = "/var/spool";
  std::string command = "ls " + ctx.directory;
  std::system(command.c_str());  // the field that reaches the shell holds a constant
}

class Archiver {
 public:
  void archive(const httplib::Request &req) {
    target_ = req.get_param_value("path");
    std::string command = "tar czf /tmp/out.tgz " + target_;
    std::system(command.c_str());  // expect: CPP204(high)
  }

 private:
  std::string target_;
};
