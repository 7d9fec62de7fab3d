// CPP303 positives: files opened under a fixed or guessable path in a shared temporary
// directory (/tmp/, /var/tmp/, /usr/tmp/): fopen, freopen, open, creat, and the std::ofstream /
// std::fstream constructors and open(). Another local user can create the file or a symlink
// first. Medium confidence. The path may be a literal, a constant, or built from a literal
// through locals, + and append.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>

namespace batch {

constexpr const char* kLockFile = "/var/tmp/batch-runner.lock";

// fopen of a literal path in /tmp: medium.
FILE* open_debug_dump() {
  return std::fopen("/tmp/batch-debug.log", "a");  // expect: CPP303(medium)
}

// The path through a const local: medium.
FILE* open_stats() {
  const char* stats_path = "/usr/tmp/batch-stats.csv";
  return fopen(stats_path, "w");  // expect: CPP303(medium)
}

// A path built with + from a /tmp/ prefix: the literal part matches: medium.
FILE* open_job_output(int job_id) {
  const std::string path = "/tmp/job-" + std::to_string(job_id) + ".out";
  return fopen(path.c_str(), "w");  // expect: CPP303(medium)
}

// freopen redirecting stderr to a fixed /tmp file: medium.
void redirect_stderr() {
  std::freopen("/tmp/batch-runner.err", "a", stderr);  // expect: CPP303(medium)
}

// open(2) on a namespace-scope constexpr path: medium.
int take_lock() {
  return open(kLockFile, O_CREAT | O_RDWR, 0600);  // expect: CPP303(medium)
}

// creat(2): medium.
int create_marker(const std::string& run_id) {
  std::string marker = "/tmp/run-";
  marker.append(run_id);
  return creat(marker.c_str(), 0600);  // expect: CPP303(medium)
}

// std::ofstream constructed on a literal path: medium, on the declaration line.
void write_manifest(const std::string& manifest) {
  std::ofstream out("/tmp/manifest.json");  // expect: CPP303(medium)
  out << manifest;
}

// The constructor with open mode flags and a std::string built with +: medium.
void append_audit(const std::string& tenant, const std::string& line) {
  const std::string path = std::string("/var/tmp/audit-") + tenant + ".log";
  std::ofstream audit(path, std::ios::app);  // expect: CPP303(medium)
  audit << line << '\n';
}

// A declaration spread over two lines is reported where it begins: medium.
void write_heap_profile(const std::string& profile) {
  std::ofstream profile_out(  // expect: CPP303(medium)
      "/tmp/heap.prof", std::ios::binary | std::ios::trunc);
  profile_out << profile;
}

// std::ofstream::open: medium.
void export_csv(const std::string& rows) {
  std::ofstream csv;
  csv.open("/tmp/export.csv");  // expect: CPP303(medium)
  csv << rows;
}

// A path extended with += keeps its /tmp/ literal part: medium.
void write_session_dump(const std::string& session_id, const std::string& dump) {
  std::string path = "/tmp/session-";
  path += session_id;
  std::ofstream out;
  out.open(path, std::ios::trunc);  // expect: CPP303(medium)
  out << dump;
}

// std::fstream constructor: medium.
std::string roundtrip_state(const std::string& state) {
  std::fstream f("/tmp/state.bin", std::ios::in | std::ios::out | std::ios::trunc);  // expect: CPP303(medium)
  f << state;
  f.seekg(0);
  std::string back;
  f >> back;
  return back;
}

// std::fstream::open: medium.
void touch_queue_file() {
  std::fstream queue;
  queue.open("/var/tmp/queue.db", std::ios::out | std::ios::app);  // expect: CPP303(medium)
}

// A temporary ofstream object: medium.
void write_pid(pid_t pid) {
  std::ofstream("/tmp/batch-runner.pid") << pid;  // expect: CPP303(medium)
}

}  // namespace batch
