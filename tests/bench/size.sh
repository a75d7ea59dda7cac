#!/usr/bin/env bash
# First-load size of the release build: every file the first visit fetches,
# raw and gzip -9. Builds dist/ first unless --no-build.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "${1:-}" != "--no-build" ]; then
  scripts/setup.sh >/dev/null
  export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
  trunk build --release --offline >/dev/null 2>&1
fi
total_raw=0; total_gz=0
printf '%-48s %10s %10s\n' file raw gzip
for f in dist/index.html dist/*.js dist/*.wasm dist/*.css dist/*.svg; do
  [ -f "$f" ] || continue
  raw=$(wc -c <"$f"); gz=$(gzip -9c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-48s %10d %10d\n' "${f#dist/}" "$raw" "$gz"
done
printf '%-48s %10d %10d\n' "first load, all files" "$total_raw" "$total_gz"
