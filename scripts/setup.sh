#!/usr/bin/env bash
# Installs what Folio needs from Debian 12's packages (with sudo when not root) and builds it
# into build/. Safe to run again: installs only what is missing, rebuilds only what changed.
# Usage: setup.sh [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    build-essential cmake pkg-config ccache
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libgl-dev
    libuchardet-dev
    zlib1g-dev          # gzip-compressed datasets (.csv.gz, .jsonl.gz)
    libgumbo-dev        # the HTML5 parser that reads saved web pages
    libcld2-dev         # language detection of imported articles
    fonts-dejavu-core   # the offscreen platform and headless screenshots need a real font
    cmark               # the tests render exported Markdown through a real renderer
)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
done
if ((${#missing[@]})); then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    echo "Installing Debian packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
fi

launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
cmake -S . -B build -DCMAKE_BUILD_TYPE="${FOLIO_BUILD_TYPE:-RelWithDebInfo}" "${launcher[@]}" >/dev/null
# Targets to build may be named (run.sh needs only the programs); none: everything, tests too.
targets=()
if (($#)); then targets=(--target "$@"); fi
cmake --build build -j "$(nproc)" "${targets[@]}"
