// CPP304 positives that only look checked: a command word dispatch, a path parsed out of the
// request with sscanf, and a sink whose own call is the condition of an if.
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <string>

namespace dispatch {

// "remove <name>" over a socket: strncmp picks the command, nothing checks the name.
void handle_command(int client) {
  char command[512] = {0};
  if (recv(client, command, sizeof command - 1, 0) <= 0) return;
  char file_name[256];
  if (strncmp(command, "remove ", 7) == 0) {
    sscanf(command + 7, "%255s", file_name);
    unlink(file_name);  // expect: CPP304
  }
  if (command[0] == 'g') {
    sscanf(command + 4, "%255s", file_name);
    FILE *in = std::fopen(file_name, "rb");  // expect: CPP304
    if (in != nullptr) std::fclose(in);
  }
}

// The rename is the if's condition: its failure is tested, not the paths.
bool move_upload(int client, const std::string &base) {
  char names[512] = {0};
  if (recv(client, names, sizeof names - 1, 0) <= 0) return false;
  std::string line(names);
  std::string from = line.substr(0, line.find(' '));
  std::string to = line.substr(line.find(' ') + 1);
  if (std::rename((base + from).c_str(),  // expect: CPP304
                  (base + to).c_str()) != 0) {  // expect: CPP304
    return false;
  }
  return true;
}

}  // namespace dispatch

namespace across {

// The command is received by the caller; the helper parses the name out of it and removes
// the file (Private-network-disk's server).
void do_remove(const char *command) {
  char file_name[128];
  sscanf(command + 7, "%127s", file_name);
  unlink(file_name);
}

void serve(int client) {
  char command[256] = {0};
  if (recv(client, command, sizeof command - 1, 0) <= 0) return;
  if (strncmp(command, "remove ", 7) == 0) do_remove(command);  // expect: CPP304
}

}  // namespace across
