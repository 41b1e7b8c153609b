#!/usr/bin/env bash
# Runs Mozilla's Readability.js (with jsdom) over a folder of test pages, for bench_readability to
# compare against in the same run. A benchmark tool only, never part of Folio: the npm packages go
# into a cache folder outside the source tree, installed on the first run.
#   run.sh CORPUS_DIR OUT_JSON
# Writes OUT_JSON: {"seconds": <wall time to parse+extract all pages>, "cpuSeconds": <CPU time>,
#                   "pages": N,
#                   "results": {"<page>": {"title", "byline", "publishedTime", "text"}}}
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cache="${FOLIO_READABILITY_JS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/folio/readability-js}"
if [ ! -d "$cache/node_modules/@mozilla/readability" ] || [ ! -d "$cache/node_modules/jsdom" ]; then
    mkdir -p "$cache"
    (cd "$cache" && [ -f package.json ] || echo '{"private": true}' >"$cache/package.json")
    npm install --prefix "$cache" --no-audit --no-fund --silent @mozilla/readability jsdom >&2
fi
NODE_PATH="$cache/node_modules" exec node "$here/extract.js" "$1" "$2"
