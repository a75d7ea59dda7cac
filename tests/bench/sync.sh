#!/usr/bin/env bash
# Sync benchmark (issue 18). Prints figures, asserts only correctness.
# 1. The replication engine (release build) against the CouchDB-protocol
#    test server over the loopback: the first sync of a 10,000-complaint
#    workbook to an empty database and from it to a new device (time and
#    requests), and a round with nothing new.
# Aims: each first sync within 15 s.
set -euo pipefail
cd "$(dirname "$0")/../.."
scripts/setup.sh --test >/dev/null
export PATH="$PWD/target/split-bin:$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
echo "== engine over HTTP (native, release) =="
cargo test --release --test sync_server bench -- --ignored --nocapture 2>&1 \
  | grep -E '^(workbook|first sync|a round)'
# 2. The release build in headless Chromium (tests/bench/sync-browser.mjs):
#    the same first syncs through the app, and the delay from an edit on one
#    device to its appearance on another (p50, p95). Aims: p95 within 2 s.
#    Needs a build whose SERVICEBOOK_SYNC_ORIGIN names the test server
#    (http://127.0.0.1:5991, as scripts/test.sh builds).
DIST="${1:-dist}"
if [ -f "$DIST/index.html" ] && grep -q "127.0.0.1:${SYNC_E2E_COUCH_PORT:-5991}" "$DIST/index.html"; then
  . tests/bench/serve.sh
  serve_dist "$(realpath --relative-to=. "$DIST")"
  echo "== the app in Chromium ($DIST) =="
  node tests/bench/sync-browser.mjs "http://127.0.0.1:$PORT"
  echo "== first load =="
  SIZE_DIST="$DIST" bash tests/bench/size.sh --no-build | tail -n 3
else
  echo "(no build in $DIST that may reach the test server: build with SERVICEBOOK_SYNC_ORIGIN=http://127.0.0.1:5991)"
fi
