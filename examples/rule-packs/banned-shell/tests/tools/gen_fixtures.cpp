// A developer tool under tools/: exempt from ACME201 (paths-ignore), so no expectation here.
#include <cstdlib>

int main() {
  return std::system("python3 scripts/gen.py");
}
