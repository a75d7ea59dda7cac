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
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT="${BENCH_PORT:-4290}"
while ! port_free "$PORT"; do PORT=$((PORT + 1)); done
node scripts/serve-dist.mjs "$PORT" / "$DIST" >/dev/null &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/" && break
  kill -0 "$SERVER" 2>/dev/null || { echo "the server did not start" >&2; exit 1; }
  sleep 0.1
done
echo "build: $DIST"
node tests/bench/ui.mjs "http://127.0.0.1:$PORT"
