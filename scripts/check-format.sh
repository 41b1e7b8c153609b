#!/usr/bin/env bash
# Fails when a C++ file is not formatted as .clang-format says.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v clang-format >/dev/null; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq clang-format >/dev/null
fi
# find, not git ls-files: a machine that only got a copy of the sources has no git.
find app ui tests -name '*.cpp' -o -name '*.h' | sort | xargs clang-format --dry-run --Werror
echo "clang-format: all files formatted."
