#!/usr/bin/env bash
# Sets Folio up and runs the whole test suite (unit, CLI and offscreen UI tests), ending with
# ctest's summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
ctest --test-dir build --output-on-failure -j 2
