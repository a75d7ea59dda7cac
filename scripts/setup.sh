#!/usr/bin/env bash
# Installs everything Servicebook needs to build, serve and test, on a Debian
# machine with rustup. Idempotent: what is already installed is skipped.
#   scripts/setup.sh          build tools (Rust toolchain, trunk, wasm-bindgen, wasm-opt)
#   scripts/setup.sh --test   also leptosfmt, Debian's Chromium and ChromeDriver for the tests
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.22.1
WASM_BINDGEN_VERSION=0.2.130
LEPTOSFMT_VERSION=0.1.33
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "need root to run: $*" >&2; exit 1; fi
}

apt_updated=""
apt_install() {
  [ -n "$apt_updated" ] || { as_root apt-get update -qq; apt_updated=1; }
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

export PATH="$HOME/.cargo/bin:$PATH"
command -v rustup >/dev/null || { echo "rustup is required (https://rustup.rs)" >&2; exit 1; }

# The toolchain rust-toolchain.toml names (machines here never auto-install one).
say "Rust toolchain (rust-toolchain.toml)"
rustup toolchain install 2>&1 | grep -v '^info: syncing' | tail -n 2 || true

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "Installing trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes)"
  # --locked fails: its lock names a crate version the registry lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# Trunk cannot split the wasm (trunk-rs/trunk#1022): tools/split stands in
# for wasm-bindgen on the build's PATH (target/split-bin), cuts the wasm into
# the first download and the sections' chunks, then calls the real one.
if [ ! -x target/split-tool/release/servicebook-split ] \
  || [ -n "$(find tools/split -newer target/split-tool/release/servicebook-split -type f 2>/dev/null)" ]; then
  say "Building the wasm splitter (tools/split, about 1 minute)"
  cargo build --release --locked --offline --quiet --manifest-path tools/split/Cargo.toml --target-dir target/split-tool \
    || cargo build --release --locked --quiet --manifest-path tools/split/Cargo.toml --target-dir target/split-tool
fi
mkdir -p target/split-bin
ln -sfn ../split-tool/release/servicebook-split target/split-bin/wasm-bindgen

if ! command -v npm >/dev/null; then
  say "Installing Node.js and npm (Debian)"
  apt_install nodejs npm
fi
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm packages: wasm-opt (binaryen), Playwright, axe-core, the CouchDB-compatible test server (express-pouchdb)"
  # Playwright must not download a browser: the tests use Debian's Chromium.
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi

if [ "${1:-}" = "--test" ]; then
  if [ "$(leptosfmt --version 2>/dev/null)" != "leptosfmt $LEPTOSFMT_VERSION" ]; then
    say "Installing leptosfmt $LEPTOSFMT_VERSION, the view! formatter (about 3 minutes)"
    cargo install --locked leptosfmt --version "$LEPTOSFMT_VERSION"
  fi
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    say "Installing Debian's Chromium and ChromeDriver"
    apt_install chromium chromium-driver
  fi
fi
say "Set-up done"
