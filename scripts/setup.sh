#!/usr/bin/env bash
# Installs every Debian package cppsec needs to build, test and scan its fixtures.
# Idempotent: when everything is present it only runs dpkg-query and returns.
set -euo pipefail

packages=(
  # toolchain and build
  cmake ninja-build ccache g++ clang-19 libclang-19-dev llvm-19-dev clang-format-19 clang-tidy-19
  # libraries cppsec links against
  nlohmann-json3-dev libcli11-dev libgtest-dev libgmock-dev zlib1g-dev libzstd-dev libedit-dev libxml2-dev
  # headers the rule fixtures and the example service compile against
  libsqlite3-dev libpq-dev libpqxx-dev libmariadb-dev libsoci-dev unixodbc-dev libfmt-dev libabsl-dev
  libmysqlcppconn-dev libsqlitecpp-dev libpoco-dev
  libssl-dev libcurl4-openssl-dev libsodium-dev libspdlog-dev libgoogle-glog-dev libcpp-httplib-dev libboost-dev liblog4cxx-dev qtbase5-dev
  # /usr/bin/time for the benchmark's memory figures; python3 for test and bench scripts
  time python3
)
# The SARIF validator runs on Node. Some images ship Node with its own npm, which
# conflicts with Debian's npm package, so only ask apt when npm is missing.
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)

missing=()
for pkg in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
