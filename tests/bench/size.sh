#!/usr/bin/env bash
# First-load size of the release build: every file the first visit fetches,
# raw and gzip -9 (the first screen's: the split build's sections are
# chunks fetched when one of their pages opens, listed apart). Builds dist/
# first unless --no-build; SIZE_DIST=dir measures another build.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "${1:-}" != "--no-build" ]; then
  scripts/setup.sh >/dev/null
  export PATH="$PWD/target/split-bin:$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
  trunk build --release --offline >/dev/null 2>&1
fi
total_raw=0; total_gz=0
printf '%-48s %10s %10s\n' file raw gzip
d=${SIZE_DIST:-dist}
for f in "$d"/index.html "$d"/*.js "$d"/split-*/__wasm_split.js "$d"/*.wasm "$d"/*.css "$d"/*.svg; do
  [ -f "$f" ] || continue
  raw=$(wc -c <"$f"); gz=$(gzip -9c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-48s %10d %10d\n' "${f#"$d"/}" "$raw" "$gz"
done
printf '%-48s %10d %10d\n' "first load, all files" "$total_raw" "$total_gz"
chunks_raw=0; chunks_gz=0; n=0
for f in "$d"/split-*/*.wasm; do
  [ -f "$f" ] || continue
  chunks_raw=$((chunks_raw + $(wc -c <"$f"))); chunks_gz=$((chunks_gz + $(gzip -9c "$f" | wc -c))); n=$((n + 1))
done
printf '%-48s %10d %10d\n' "sections on demand, $n chunks (not first load)" "$chunks_raw" "$chunks_gz"
