// CPP110 positives through the places a size can hide in on its way to the allocation: a pointer
// to the variable, a union, a function pointer, and a container. Each has a bounded twin.
#include <arpa/inet.h>
#include <sys/socket.h>

#include <cstdint>
#include <cstdlib>
#include <deque>
#include <list>
#include <vector>

namespace hiding {

constexpr std::size_t kMaxRecord = 1 << 20;

std::uint32_t read_prefix(int fd) {
  std::uint32_t wire = 0;
  if (recv(fd, &wire, sizeof wire, MSG_WAITALL) != sizeof wire) return 0;
  return ntohl(wire);
}

// Written through a pointer to `length`, read through another.
char* record_through_pointers(int fd) {
  std::size_t length = 0;
  std::size_t* writer = &length;
  const std::size_t* reader = &length;
  *writer = read_prefix(fd);
  return static_cast<char*>(std::malloc(*reader));  // expect: CPP110(high)
}

char* bounded_record_through_pointers(int fd) {
  std::size_t length = 0;
  std::size_t* writer = &length;
  *writer = read_prefix(fd);
  if (length > kMaxRecord) return nullptr;
  return static_cast<char*>(std::malloc(length));
}

// The members of a union share their storage.
union WireWord {
  std::uint32_t raw;
  std::uint32_t length;
};

char* record_through_union(int fd) {
  WireWord word;
  word.raw = read_prefix(fd);
  return new char[word.length];  // expect: CPP110(high)
}

char* record_of_constant_union() {
  WireWord word;
  word.raw = 4096;
  return new char[word.length];
}

// A helper called through a function pointer.
char* make_record(std::size_t length) {
  return new char[length];  // expect: CPP110(high)
}

char* record_through_function_pointer(int fd) {
  char* (*allocate)(std::size_t) = &make_record;
  return allocate(read_prefix(fd));
}

char* bounded_record_through_function_pointer(int fd) {
  char* (*allocate)(std::size_t) = make_record;
  std::size_t length = read_prefix(fd);
  if (length > kMaxRecord) return nullptr;
  return allocate(length);
}

// Sizes queued in a container and taken out again.
std::vector<char> record_from_queue(int fd) {
  std::deque<std::size_t> pending;
  pending.push_back(read_prefix(fd));
  std::size_t next = pending.front();
  return std::vector<char>(next);  // expect: CPP110(high)
}

std::vector<char> record_from_list(int fd) {
  std::list<std::size_t> lengths;
  lengths.push_back(16);
  lengths.push_back(read_prefix(fd));
  return std::vector<char>(lengths.back());  // expect: CPP110(high)
}

std::vector<char> record_from_constant_list() {
  std::list<std::size_t> lengths;
  lengths.push_back(16);
  lengths.push_back(4096);
  return std::vector<char>(lengths.back());
}

std::vector<char> record_from_checked_vector(int fd) {
  std::vector<std::size_t> lengths;
  lengths.insert(lengths.end(), 1, read_prefix(fd));
  if (lengths[0] > kMaxRecord) return {};
  return std::vector<char>(lengths[0]);
}

}  // namespace hiding
