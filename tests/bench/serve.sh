# Sourced by the benchmark scripts: serve_dist DIR serves that build (a
# directory relative to the repository) on the first free port from
# BENCH_PORT (4290), sets PORT, and stops the server when the script exits.
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
serve_dist() {
  PORT="${BENCH_PORT:-4290}"
  while ! port_free "$PORT"; do PORT=$((PORT + 1)); done
  node scripts/serve-dist.mjs "$PORT" / "$1" >/dev/null &
  SERVER=$!
  trap 'kill "$SERVER" 2>/dev/null || true' EXIT
  for _ in $(seq 100); do
    curl -sf -o /dev/null "http://127.0.0.1:$PORT/" && return 0
    kill -0 "$SERVER" 2>/dev/null || { echo "the server did not start" >&2; exit 1; }
    sleep 0.1
  done
  echo "the server did not answer" >&2
  exit 1
}
