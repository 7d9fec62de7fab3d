// Service code: any call to system or popen is a finding, whatever its argument.
#include <cstdio>
#include <cstdlib>

namespace service {

void rotate_logs() {
  std::system("logrotate /etc/logrotate.d/service");  // expect: ACME201
}

int disk_usage() {
  FILE *pipe = popen("df -h /", "r");  // expect: ACME201
  return pipe != nullptr ? pclose(pipe) : -1;
}

// Not a shell: a function with the same name in another namespace.
namespace jobs {
int system(const char *command);
}
int submit() {
  return jobs::system("rotate");
}

// What GoogleTest's TEST(Rotation, Runs) expands to: a test may start a shell (`unless`).
struct Rotation_Runs_Test {
  void TestBody() { std::system("logrotate --debug /etc/logrotate.d/service"); }
};

}  // namespace service
