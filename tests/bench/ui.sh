#!/usr/bin/env bash
# UI benchmark of the complaint log with 10,000 complaints (tests/bench/ui.mjs):
# first render of the list, keystroke-to-list p50/p95, save after one edit.
# Serves the given build (default dist/) on a free port from 4290 and runs the
# benchmark in headless Chromium; builds nothing.
# Usage: bash tests/bench/ui.sh [dist-dir]     (BENCH_* variables: see ui.mjs)
set -euo pipefail
cd "$(dirname "$0")/../.."
DIST="${1:-dist}"
[ -f "$DIST/index.html" ] || { echo "no build in $DIST (index.html missing)" >&2; exit 1; }
# serve-dist.mjs takes a directory relative to the repository.
DIST="$(realpath --relative-to=. "$DIST")"
. tests/bench/serve.sh
serve_dist "$DIST"
echo "build: $DIST"
node tests/bench/ui.mjs "http://127.0.0.1:$PORT"
