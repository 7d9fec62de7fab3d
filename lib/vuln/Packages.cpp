#include "vuln/Packages.h"

#include <algorithm>
#include <vector>

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "zlib.h"

namespace cppsec {
namespace {

std::string readFile(const std::string &path) {
  auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/true);
  return buffer ? (*buffer)->getBuffer().str() : std::string();
}

std::string unquote(llvm::StringRef value) {
  value = value.trim();
  if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'')) value = value.drop_front().drop_back();
  return value.str();
}

// A .gz file's contents; empty when it cannot be read or is not gzip.
std::string readGzip(const std::string &path) {
  auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/false);
  if (!buffer) return {};
  z_stream stream{};
  if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) return {};  // 16: expect a gzip header
  llvm::StringRef input = (*buffer)->getBuffer();
  stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.data()));
  stream.avail_in = static_cast<uInt>(input.size());
  std::string output;
  char chunk[16384];
  int status = Z_OK;
  while (status == Z_OK) {
    stream.next_out = reinterpret_cast<Bytef *>(chunk);
    stream.avail_out = sizeof chunk;
    status = inflate(&stream, Z_NO_FLUSH);
    output.append(chunk, sizeof chunk - stream.avail_out);
  }
  inflateEnd(&stream);
  return status == Z_STREAM_END ? output : std::string();
}

bool namesId(llvm::StringRef text, llvm::StringRef id) {
  for (size_t at = text.find(id); at != llvm::StringRef::npos; at = text.find(id, at + 1)) {
    size_t end = at + id.size();
    if (end >= text.size() || !std::isdigit(static_cast<unsigned char>(text[end]))) return true;
  }
  return false;
}

}  // namespace

std::string SystemPackages::changelogFix(const SystemPackage &package, const std::string &cve) {
  auto [entries, added] = changelogs_.try_emplace(package.package);
  if (added) {
    llvm::SmallString<256> path(root_);
    llvm::sys::path::append(path, "usr/share/doc", package.package, "changelog.Debian.gz");
    std::string text = readGzip(std::string(path));
    llvm::SmallVector<llvm::StringRef, 256> lines;
    llvm::StringRef(text).split(lines, '\n');
    // An entry starts at column 0: "curl (7.88.1-10+deb12u4) bookworm-security; urgency=high".
    for (llvm::StringRef line : lines) {
      if (!line.empty() && !std::isspace(static_cast<unsigned char>(line.front())) && line.contains(" (")) {
        llvm::StringRef version = line.split(" (").second.split(')').first;
        entries->second.emplace_back(version.str(), std::string());
      } else if (!entries->second.empty()) {
        entries->second.back().second += line.str() + "\n";
      }
    }
  }
  if (cve.empty()) return {};
  std::string oldest;
  for (const auto &[version, text] : entries->second)
    if (namesId(text, cve)) oldest = version;
  return oldest;
}

SystemPackages::SystemPackages(std::string root) : root_(std::move(root)) {
  if (root_.empty()) root_ = "/";
  while (root_.size() > 1 && root_.back() == '/') root_.pop_back();
}

void SystemPackages::load() {
  loaded_ = true;
  auto under = [&](llvm::StringRef path) {
    llvm::SmallString<256> full(root_);
    llvm::sys::path::append(full, path);
    return std::string(full);
  };
  std::string id, versionId;
  llvm::SmallVector<llvm::StringRef, 32> lines;
  std::string osRelease = readFile(under("etc/os-release"));
  llvm::StringRef(osRelease).split(lines, '\n');
  for (llvm::StringRef line : lines) {
    if (line.starts_with("ID=")) id = unquote(line.drop_front(3));
    if (line.starts_with("VERSION_ID=")) versionId = unquote(line.drop_front(11));
  }
  // OSV names Debian releases by major version; other dpkg systems get no ecosystem.
  if (id == "debian" && !versionId.empty()) {
    std::string major = versionId.substr(0, versionId.find('.'));
    ecosystem_ = "Debian:" + major;
    distribution_ = "debian-" + major;
  }

  std::string status = readFile(under("var/lib/dpkg/status"));
  SystemPackage current;
  bool installed = false;
  auto flush = [&] {
    if (installed && !current.package.empty()) {
      if (current.source.empty()) current.source = current.package;
      current.ecosystem = ecosystem_;
      current.distribution = distribution_;
      installed_[current.package] = current;
    }
    current = SystemPackage{};
    installed = false;
  };
  lines.clear();
  llvm::StringRef(status).split(lines, '\n');
  for (llvm::StringRef line : lines) {
    if (line.trim().empty()) {
      flush();
      continue;
    }
    auto [key, value] = line.split(':');
    value = value.trim();
    if (key == "Package") current.package = value.str();
    if (key == "Version") current.version = value.str();
    if (key == "Status") installed = value.ends_with(" installed");
    // "Source: openssl" or "Source: postgresql-15 (15.5-0+deb12u1)"
    if (key == "Source") current.source = value.split(' ').first.str();
  }
  flush();

  std::error_code error;
  std::vector<std::string> lists;
  for (llvm::sys::fs::directory_iterator it(under("var/lib/dpkg/info"), error), end; it != end && !error;
       it.increment(error))
    if (llvm::sys::path::extension(it->path()) == ".list") lists.push_back(it->path());
  std::sort(lists.begin(), lists.end());
  for (const auto &list : lists) {
    std::string package = llvm::sys::path::stem(list).split(':').first.str();
    if (!installed_.count(package)) continue;
    std::string contents = readFile(list);
    lines.clear();
    llvm::StringRef(contents).split(lines, '\n');
    for (llvm::StringRef line : lines)
      if (line.starts_with("/usr/include/")) owners_.try_emplace(line.str(), package);
  }
}

std::optional<SystemPackage> SystemPackages::owner(const std::string &file) {
  if (!loaded_) load();
  // Files are listed as installed, relative to the root being read.
  std::string path = file;
  if (root_ != "/" && llvm::StringRef(path).starts_with(root_)) path = path.substr(root_.size());
  if (path.empty() || path.front() != '/') path.insert(path.begin(), '/');
  auto found = owners_.find(path);
  if (found == owners_.end()) return std::nullopt;
  return installed_.at(found->second);
}

}  // namespace cppsec
