# Sourced by the benchmark scripts: serve_dist DIR serves that build (a
# directory relative to the repository) with tests/bench/serve.mjs, as a
# static host does (gzip, cache headers), on the first free port
# from BENCH_PORT (4290), and on a second free port above it, a second origin
# for pages that must stay out of the app's service worker's reach; sets PORT
# and STATIC_PORT, and stops the server when the script exits.
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
serve_dist() {
  PORT="${BENCH_PORT:-4290}"
  while ! port_free "$PORT"; do PORT=$((PORT + 1)); done
  STATIC_PORT=$((PORT + 1))
  while ! port_free "$STATIC_PORT"; do STATIC_PORT=$((STATIC_PORT + 1)); done
  node tests/bench/serve.mjs "$1" "$PORT" "$STATIC_PORT" >/dev/null &
  SERVER=$!
  trap 'kill "$SERVER" 2>/dev/null || true' EXIT
  for _ in $(seq 300); do
    curl -sf -o /dev/null "http://127.0.0.1:$PORT/" && curl -sf -o /dev/null "http://127.0.0.1:$STATIC_PORT/" && return 0
    kill -0 "$SERVER" 2>/dev/null || { echo "the server did not start" >&2; exit 1; }
    sleep 0.1
  done
  echo "the server did not answer" >&2
  exit 1
}
