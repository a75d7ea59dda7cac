#!/usr/bin/env bash
# Storage benchmark (issue 8): in headless Chromium against the real
# localStorage, release-optimised wasm. Prints characters stored and share of
# the quota, save time after one edit and load time for 1,000, 10,000 and
# 25,000 complaint-sized records. Aims: 10,000 use at most 35% of the quota
# and 25,000 fit; save after one edit <= 50 ms at 10,000; load <= 200 ms.
set -euo pipefail
cd "$(dirname "$0")/../.."
scripts/setup.sh --test >/dev/null
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
CHROMEDRIVER=/usr/bin/chromedriver \
  cargo test --profile bench-wasm --target wasm32-unknown-unknown --test bench_storage -- --nocapture 2>&1 \
  | grep -vE '^\s+(Compiling|Running)' 
