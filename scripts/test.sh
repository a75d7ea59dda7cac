#!/usr/bin/env bash
# Sets up (idempotent) and runs every test layer: format, lints, native unit
# tests of the domain, storage tests in headless Chromium (wasm-bindgen-test),
# then Playwright end-to-end tests against the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export PATH="$PWD/target/split-bin:$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
logs=target/test-logs
mkdir -p "$logs"
step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "Format (rustfmt, and leptosfmt for view! macros)"
cargo fmt --check
cargo fmt --check --manifest-path tools/split/Cargo.toml
leptosfmt --check src

step "Lints (native and wasm)"
cargo clippy --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
cargo clippy --release --locked --offline --manifest-path tools/split/Cargo.toml --target-dir target/split-tool -- -D warnings

step "Unit tests of the domain (native)"
# --show-output: the storage fault injection prints the cases it tried.
cargo test -- --show-output 2>&1 | tee "$logs/unit.txt"

step "The CouchDB-protocol test server answers every call sync makes (tests/sync/probe.mjs)"
node tests/sync/probe.mjs 2>&1 | tee "$logs/sync-probe.txt"

step "Storage and formatting tests in headless Chromium (wasm-bindgen-test)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
CHROMEDRIVER=/usr/bin/chromedriver \
  cargo test --target wasm32-unknown-unknown --test web_storage --test web_format 2>&1 | tee "$logs/browser.txt"

step "Build scripts (node --test)"
node --test scripts/sync-origin.test.mjs

step "Release build (at the root, and under the sub-path /servicebook/)"
# The sync e2e test's CouchDB-compatible server listens on this origin; the
# policy must let the app reach it (a real deploy names its own server).
export SERVICEBOOK_SYNC_ORIGIN="${SERVICEBOOK_SYNC_ORIGIN:-http://127.0.0.1:5991}"
trunk build --release --offline
trunk build --release --offline --public-url /servicebook/ --dist target/dist-sub

step "End-to-end tests (Playwright, Debian's Chromium)"
npx playwright test -c tests/e2e/playwright.config.mjs 2>&1 | tee "$logs/e2e.txt"

passed() { grep -hoE 'test result: ok\. [0-9]+ passed' "$1" | awk '{s += $4} END {print s + 0}'; }
unit=$(passed "$logs/unit.txt")
browser=$(passed "$logs/browser.txt")
e2e=$(grep -hoE '^ +[0-9]+ passed' "$logs/e2e.txt" | grep -oE '[0-9]+' | tail -n 1)
grep -hE '^(fault injection|two writers|laggy two writers|one-character)' "$logs/unit.txt" || true
printf '\nTests by layer: unit %s, browser storage %s, end-to-end %s\n' "$unit" "$browser" "${e2e:-0}"
echo "all layers: $((unit + browser + ${e2e:-0})) passed, 0 failed"
