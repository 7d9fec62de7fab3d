// CPP302 negatives: std::filesystem calls that give others no write permission, modes the
// analysis cannot know, and file_status::permissions() (reading the mode of a status object,
// not changing a file). None is reported.
#include <filesystem>
#include <system_error>

namespace storage {

namespace fs = std::filesystem;

constexpr fs::perms kPublicReadable = fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                      fs::perms::others_read | fs::perms::others_exec;  // 0755

// Owner read/write only.
void protect_credentials(const fs::path& file) {
  fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write);
}

// 0755 through a constexpr constant.
void publish_site(const fs::path& dir) {
  fs::permissions(dir, kPublicReadable);
}

// The error_code overload with owner_all.
bool lock_workspace(const fs::path& dir) {
  std::error_code ec;
  fs::permissions(dir, fs::perms::owner_all, ec);
  return !ec;
}

// Adding read permission for others: they still cannot write.
void make_readable(const fs::path& file) {
  fs::permissions(file, fs::perms::others_read, fs::perm_options::add);
}

// The permissions come from the caller: unknown here.
void apply(const fs::path& file, fs::perms wanted) {
  fs::permissions(file, wanted);
}

// Creating directories with the default mode (0777 filtered by the umask) is not a mode the code chose.
void ensure_layout(const fs::path& root) {
  fs::create_directories(root / "uploads" / "thumbnails");
}

// file_status::permissions() reads the mode of a status object; checking for others_write is the fix.
bool others_can_write(const fs::path& file) {
  const fs::file_status st = fs::status(file);
  return (st.permissions() & fs::perms::others_write) != fs::perms::none;
}

}  // namespace storage
