// CPP110 negatives: allocations whose size does not come from the request - constants, sizeof,
// fixed-size reads, configuration, local files, environment variables other than CONTENT_LENGTH.
#include <sys/socket.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

namespace not_request {

constexpr std::size_t kChunk = 16 * 1024;

struct ServerConfig {
  std::size_t max_body_bytes = 0;
  std::size_t worker_threads = 0;
};

// A fixed-size receive buffer: the size is a constant, the peer only chooses what fills it.
std::size_t count_lines(int fd) {
  std::vector<char> buf(kChunk);
  std::size_t lines = 0;
  const ssize_t n = recv(fd, buf.data(), buf.size(), 0);
  for (ssize_t i = 0; i < n; ++i) lines += buf[static_cast<std::size_t>(i)] == '\n' ? 1 : 0;
  return lines;
}

// A fixed-size header struct read with recv; the allocation is sized by sizeof, not by a header field.
struct Hello {
  std::uint32_t version;
  std::uint32_t capabilities;
};

std::unique_ptr<Hello> read_hello(int fd) {
  auto hello = std::make_unique<Hello>();
  recv(fd, hello.get(), sizeof(Hello), MSG_WAITALL);
  auto* scratch = static_cast<char*>(std::malloc(sizeof(Hello) * 2));
  std::free(scratch);
  return hello;
}

// Sizes from the server's own configuration file.
ServerConfig load_config(const std::string& path) {
  std::ifstream in(path);
  ServerConfig cfg;
  std::string key;
  std::size_t value = 0;
  while (in >> key >> value) {
    if (key == "max_body_bytes") cfg.max_body_bytes = value;
    if (key == "worker_threads") cfg.worker_threads = value;
  }
  return cfg;
}

void start_workers(const ServerConfig& cfg, std::vector<std::string>& names, std::string& arena) {
  names.reserve(cfg.worker_threads);
  arena.resize(cfg.max_body_bytes);
}

// An environment variable that is not CONTENT_LENGTH: set by the operator, not by a client.
std::vector<char> make_cache() {
  const int mb = std::atoi(std::getenv("CACHE_SIZE_MB"));
  return std::vector<char>(static_cast<std::size_t>(mb) * 1024 * 1024);
}

// A local file's size, from the filesystem.
std::vector<char> load_template(const std::filesystem::path& path) {
  std::vector<char> data(std::filesystem::file_size(path));
  std::ifstream in(path, std::ios::binary);
  in.read(data.data(), static_cast<std::streamsize>(data.size()));
  return data;
}

// A length prefix read from a local index file with std::ifstream (not a socket or request).
std::string load_index_entry(const std::string& index_path) {
  std::ifstream in(index_path, std::ios::binary);
  std::uint32_t len = 0;
  in.read(reinterpret_cast<char*>(&len), sizeof len);
  std::string entry;
  entry.resize(len);
  in.read(entry.data(), static_cast<std::streamsize>(entry.size()));
  return entry;
}

// A slurp of a local file through std::ifstream.
std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace not_request
