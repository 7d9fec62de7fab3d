// CPP302 positives: std::filesystem::permissions granting others write permission
// (perms::others_write, perms::others_all or perms::all). The mode is absolute (or added with
// perm_options::add): high.
#include <filesystem>
#include <system_error>

namespace storage {

namespace fs = std::filesystem;

constexpr fs::perms kDropboxPerms = fs::perms::owner_all | fs::perms::others_write;

// perms::all is 0777: high.
void open_shared_folder(const fs::path& dir) {
  fs::permissions(dir, fs::perms::all);  // expect: CPP302(high)
}

// Adding others_write to whatever the file had: high.
void allow_everyone_to_append(const fs::path& log) {
  fs::permissions(log, fs::perms::others_write, fs::perm_options::add);  // expect: CPP302(high)
}

// An explicit 0777 built with operator|: high.
void prepare_render_cache(const fs::path& cache_dir) {
  std::filesystem::permissions(cache_dir, fs::perms::owner_all | fs::perms::group_all | fs::perms::others_all);  // expect: CPP302(high)
}

// The error_code overload: high.
bool open_inbox(const fs::path& inbox) {
  std::error_code ec;
  fs::permissions(inbox, fs::perms::others_all, ec);  // expect: CPP302(high)
  return !ec;
}

// A namespace-scope constexpr fs::perms: high.
void make_dropbox(const fs::path& dir) {
  fs::permissions(dir, kDropboxPerms);  // expect: CPP302(high)
}

// A const local: 0666 spelled with perms: high.
void publish_snapshot(const fs::path& snapshot) {
  const auto perms = fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                     fs::perms::group_write | fs::perms::others_read | fs::perms::others_write;
  fs::permissions(snapshot, perms);  // expect: CPP302(high)
}

// The four-argument overload with perm_options::replace and an error_code: high.
bool reset_tmp_area(const fs::path& area) {
  std::error_code ec;
  fs::permissions(area, fs::perms::all, fs::perm_options::replace, ec);  // expect: CPP302(high)
  return !ec;
}

}  // namespace storage
