// CPP302 positives: POSIX calls that create or change a file, directory, FIFO or shared memory
// object with write permission for others (0002). chmod, fchmod, fchmodat and umask set the
// mode absolutely: high. open, openat, creat, mkdir, mkdirat, mkfifo and shm_open are still
// filtered by the process umask: medium. chmod/fchmod of a group-writable mode (0020 without
// 0002): medium.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <string>

namespace deploy {

constexpr mode_t kSharedSocketMode = 0666;
constexpr mode_t kUploadDirMode = S_IRWXU | S_IRWXG | S_IRWXO;

// The upload directory is opened to everyone so that the image worker can write to it: high.
int open_upload_dir(const std::string& dir) {
  return chmod(dir.c_str(), 0777);  // expect: CPP302(high)
}

// The same mode spelled with the S_I* macros: high.
int publish_report(const char* path) {
  return chmod(path, S_IRUSR | S_IWUSR | S_IRGRP | S_IWGRP | S_IROTH | S_IWOTH);  // expect: CPP302(high)
}

// A namespace-scope constexpr constant: high.
int expose_control_socket(const std::string& socket_path) {
  return chmod(socket_path.c_str(), kSharedSocketMode);  // expect: CPP302(high)
}

// A call spread over several lines is reported where it begins: high.
int relax_spool(const std::string& spool) {
  return chmod(  // expect: CPP302(high)
      spool.c_str(),
      kUploadDirMode);
}

// Group-writable only (0664, through a const local): medium.
int share_with_ops_group(const char* path) {
  const mode_t mode = 0664;
  return chmod(path, mode);  // expect: CPP302(medium)
}

// Group-writable directory (0775): medium.
int make_release_dir_shared(const char* path) {
  return chmod(path, 0775);  // expect: CPP302(medium)
}

// fchmod on an open descriptor, world-writable: high.
int reset_pid_file(int fd) {
  return fchmod(fd, 0666);  // expect: CPP302(high)
}

// fchmod, group-writable through a local assigned once: medium.
int share_log(int fd) {
  mode_t log_mode = S_IRUSR | S_IWUSR | S_IRGRP | S_IWGRP;
  return fchmod(fd, log_mode);  // expect: CPP302(medium)
}

// fchmodat relative to a directory descriptor: high.
int open_cache_entry(int dirfd, const char* name) {
  return fchmodat(dirfd, name, 0777, 0);  // expect: CPP302(high)
}

// umask(0): every file the daemon creates afterwards keeps the mode it asks for: high.
void daemonize_workdir() {
  umask(0);  // expect: CPP302(low)
  (void)chdir("/");
}

// A umask that only masks group write leaves files world-writable: high.
void set_worker_umask() {
  umask(S_IWGRP);  // expect: CPP302(low)
}

// open(2) creating a world-writable file: medium (the umask may still remove the bits).
int create_export(const std::string& path) {
  return open(path.c_str(), O_CREAT | O_WRONLY | O_TRUNC, 0666);  // expect: CPP302(low)
}

// The mode in a non-const local whose only value is a constant: medium.
int create_state_file(const char* path) {
  int mode = 0777;
  return open(path, O_CREAT | O_RDWR, mode);  // expect: CPP302(low)
}

// openat relative to a state directory: medium.
int create_journal(int state_dirfd, const char* name) {
  return openat(state_dirfd, name, O_CREAT | O_WRONLY | O_APPEND, 0666);  // expect: CPP302(low)
}

// creat(2): medium.
int create_dump(const char* path) {
  return creat(path, S_IRUSR | S_IWUSR | S_IROTH | S_IWOTH);  // expect: CPP302(low)
}

// mkdir with 0777 and with the S_IRWX* macros: medium.
int make_drop_dir(const char* path) {
  return mkdir(path, 0777);  // expect: CPP302(low)
}

int make_plugin_dir(const std::string& path) {
  return mkdir(path.c_str(), kUploadDirMode);  // expect: CPP302(low)
}

// mkdirat: medium.
int make_tenant_dir(int root_fd, const char* tenant) {
  return mkdirat(root_fd, tenant, 0777);  // expect: CPP302(low)
}

// A FIFO any local user can write commands into: medium.
int make_command_fifo(const char* path) {
  return mkfifo(path, 0666);  // expect: CPP302(low)
}

// POSIX shared memory any local user can write: medium.
int open_metrics_segment(const char* name) {
  return shm_open(name, O_CREAT | O_RDWR, 0666);  // expect: CPP302(low)
}

}  // namespace deploy
