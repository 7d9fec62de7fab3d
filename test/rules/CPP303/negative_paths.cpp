// CPP303 negatives: files opened outside a shared temporary directory, paths that only look
// like one (a "tmp" folder inside the application's own directory, /tmpfs-data, a relative
// tmp/), paths the analysis cannot know, and std::ifstream (reading creates nothing).
// None is reported.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>

namespace reports {

constexpr const char* kConfigPath = "/etc/reports/reports.conf";

// Application-owned directories.
FILE* open_config() {
  return std::fopen(kConfigPath, "r");
}

FILE* open_access_log() {
  return fopen("/var/log/reports/access.log", "a");
}

// A tmp folder inside the service's own state directory: the regex is anchored at the start.
FILE* open_state_scratch() {
  return fopen("/var/lib/reports/tmp/scratch.dat", "w");
}

// Near misses: /tmpfs-data is not /tmp/, and tmp/ is relative to the working directory.
int open_ramdisk_index() {
  return open("/tmpfs-data/index.bin", O_CREAT | O_RDWR, 0600);
}

int create_relative(const std::string& name) {
  const std::string path = "tmp/" + name;
  return creat(path.c_str(), 0600);
}

// The directory comes from the caller (a private, already-created work directory).
void write_into(const std::string& work_dir, const std::string& body) {
  std::ofstream out(work_dir + "/result.json");
  out << body;
}

// std::ofstream and std::fstream on application paths.
void save_snapshot(const std::string& body) {
  std::ofstream out("/var/lib/reports/snapshot.json", std::ios::trunc);
  out << body;
}

void append_history(const std::string& line) {
  std::fstream history;
  history.open("/var/lib/reports/history.log", std::ios::out | std::ios::app);
  history << line << '\n';
}

// std::ifstream opens an existing file for reading and creates nothing: not one of the
// checked functions, even in /tmp/.
std::string read_pid() {
  std::ifstream in("/tmp/reports.pid");
  std::string pid;
  in >> pid;
  return pid;
}

// freopen of a path from the command line.
void redirect_stdout(const char* path_from_argv) {
  std::freopen(path_from_argv, "w", stdout);
}

}  // namespace reports
