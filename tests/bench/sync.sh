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
