#!/usr/bin/env bash
# Sets everything up (idempotent), then builds and serves Servicebook at
# http://127.0.0.1:8080 (release build, rebuilt when a file changes).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/target/split-bin:$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
exec trunk serve --release --offline "$@"
