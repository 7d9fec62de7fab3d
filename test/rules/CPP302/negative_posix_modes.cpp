// CPP302 negatives: POSIX calls whose mode gives others no write permission (and, for chmod and
// fchmod, the group neither), umasks that remove world write, calls without a mode, and modes
// the analysis cannot know (parameters, configuration). None is reported.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <optional>
#include <string>

namespace config_store {

constexpr mode_t kPrivateFileMode = S_IRUSR | S_IWUSR;  // 0600
constexpr mode_t kPublicDirMode = 0755;

struct StorageConfig {
  std::optional<mode_t> file_mode;
};

// 0644, 0600 and 0755: nobody but the owner can write.
int publish_static_asset(const char* path) {
  return chmod(path, 0644);
}

int protect_key_file(const std::string& path) {
  return chmod(path.c_str(), kPrivateFileMode);
}

int make_site_dir_readable(const char* path) {
  return chmod(path, kPublicDirMode);
}

// The mode is the caller's: unknown here, not reported.
int apply_mode(const char* path, mode_t mode) {
  return chmod(path, mode);
}

// fchmod/fchmodat with owner-only or group-readable modes.
int lock_down(int fd) {
  return fchmod(fd, S_IRUSR | S_IWUSR);
}

int share_read_only(int dirfd, const char* name) {
  return fchmodat(dirfd, name, 0640, 0);
}

// umasks that remove world write: 022, 077, S_IWGRP|S_IWOTH, and 002 (group write allowed).
void harden_process() {
  umask(022);
}

void harden_key_service() {
  umask(077);
}

void harden_worker() {
  umask(S_IWGRP | S_IWOTH);
}

void allow_group_collaboration() {
  umask(002);
}

// open without O_CREAT takes no mode: nothing to check.
int read_config(const char* path) {
  return open(path, O_RDONLY | O_CLOEXEC);
}

// open/openat/creat with modes that leave others read-only or without access.
int write_cache(const char* path) {
  return open(path, O_CREAT | O_WRONLY | O_TRUNC, 0644);
}

int create_lock(const char* path) {
  return open(path, O_CREAT | O_EXCL | O_WRONLY, kPrivateFileMode);
}

int create_secret(int dirfd, const char* name) {
  return openat(dirfd, name, O_CREAT | O_WRONLY | O_EXCL, S_IRUSR | S_IWUSR);
}

int create_audit_log(const char* path) {
  return creat(path, 0640);
}

// mkdir 0775 is group-writable, but only world-writable modes are checked for mkdir (the
// umask applies): not reported. 0755 and 0700: others cannot write.
int make_team_dir(const char* path) {
  return mkdir(path, 0775);
}

int make_public_dir(const char* path) {
  return mkdir(path, 0755);
}

int make_private_dir(int root_fd, const char* name) {
  return mkdirat(root_fd, name, 0700);
}

// Owner-only FIFO and shared memory.
int make_private_fifo(const char* path) {
  return mkfifo(path, 0600);
}

int open_private_segment(const char* name) {
  return shm_open(name, O_CREAT | O_RDWR, 0600);
}

// A mode that may come from configuration: one of the values reaching the call is unknown,
// so the value is not known: not reported.
int create_data_file(const char* path, const StorageConfig& cfg) {
  mode_t mode = 0600;
  if (cfg.file_mode) mode = *cfg.file_mode;
  return open(path, O_CREAT | O_WRONLY, mode);
}

// Reading the mode is not changing it.
bool is_world_writable(const char* path) {
  struct stat st {};
  if (stat(path, &st) != 0) return false;
  return (st.st_mode & S_IWOTH) != 0;
}

}  // namespace config_store
