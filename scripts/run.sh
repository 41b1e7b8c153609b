#!/usr/bin/env bash
# Sets Folio up and starts it on the sample articles. With no display, does the headless job:
# imports the samples into the default database and prints the cleaned articles.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh folio folio-cli

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec build/ui/folio "$@" resources/samples
fi

cli=build/app/cli/folio-cli
echo "No display found, so Folio does the headless job: import the samples and print them."
status=0
"$cli" "$@" import resources/samples || status=$?
for id in $("$cli" "$@" list | cut -f1); do
    echo
    "$cli" "$@" show "$id"
done
db=$("$cli" "$@" --json check | sed -n 's/^ *"database": "\(.*\)",*$/\1/p')
echo
echo "The articles are in the database ${db:-at the path given with --db}."
echo "Read them again with: $cli show ID   (or $cli --help)"
exit $status
