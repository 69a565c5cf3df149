# Sourced by check.sh, fuzz.sh and load.sh: starts `bilat serve` on a free loopback port and
# stops it on exit. After `start_server DB [serve options]`, BASE is its URL and WORK a
# scratch folder removed on exit.
WORK=$(mktemp -d)
SERVER_PID=""
cleanup() {
  if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

start_server() {
  local db=$1
  shift
  "$BILAT" serve --db "$db" --port 0 "$@" >"$WORK/serve.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 100); do
    grep -q '^bilat serve: http' "$WORK/serve.log" 2>/dev/null && break
    sleep 0.1
  done
  BASE=$(sed -n 's|^bilat serve: \(http://[^ ]*\)/ .*|\1|p' "$WORK/serve.log")
  if [[ -z "$BASE" ]]; then echo "bilat serve did not start:" >&2; cat "$WORK/serve.log" >&2; exit 1; fi
}
