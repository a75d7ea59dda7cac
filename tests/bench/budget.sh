#!/usr/bin/env bash
# The performance budget (issues 6 and 16) in one run: builds the release
# (unless --no-build), serves a copy of it locally as a static host does
# (tests/bench/serve.mjs: gzip, cache headers; a second origin for the static
# comparison page) and runs tests/bench/budget.mjs in headless Chromium:
# first-load bytes (gzip -9 and as transferred), boot against a static page of
# the same screen (cold, repeat visit with the service worker in control, and
# both under 4× CPU throttling and a 4G-like network), import of a 5 MB file,
# memory, and the complaint log with 10,000 complaints. Prints figures beside
# their aims; not part of the tests' pass or fail.
# Usage: bash tests/bench/budget.sh [--no-build]   (BUDGET_*, BENCH_*: see the .mjs files;
#   BUDGET_BOOT_ONLY=1 measures only the first load and the boot)
set -euo pipefail
cd "$(dirname "$0")/../.."
scripts/setup.sh --test >/dev/null
export PATH="$PWD/target/split-bin:$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
if [ "${1:-}" != "--no-build" ]; then
  echo "building the release (trunk build --release) ..."
  trunk build --release --offline >/dev/null 2>&1
fi
[ -f dist/index.html ] || { echo "no build in dist/ (run without --no-build)" >&2; exit 1; }
# A copy, so that the static comparison page never lands in dist/.
rm -rf target/bench-dist && cp -r dist target/bench-dist
. tests/bench/serve.sh
serve_dist target/bench-dist
node tests/bench/budget.mjs "http://127.0.0.1:$PORT" target/bench-dist "http://127.0.0.1:$STATIC_PORT"
