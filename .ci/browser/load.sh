#!/usr/bin/env bash
# Load test of `bilat serve` on loopback with wrk (Debian), bounded in time: random entity JSON
# and entity pages of the large shared benchmark graph, and the who-met page of the busiest
# person. Not part of CI (it needs the large graph and minutes); run by hand, see BENCHMARKS.md:
#   python3 ../shared/bench/gen_graph.py --scale large --out /tmp/bench-data/large
#   .build/release/bilat import --db /tmp/bench-large.sqlite --nodes /tmp/bench-data/large/nodes.csv \
#       --edges /tmp/bench-data/large/edges.csv
#   .ci/browser/load.sh /tmp/bench-large.sqlite
set -euo pipefail
cd "$(dirname "$0")/../.."

DB=${1:?usage: load.sh DATABASE [seconds per run]}
SECONDS_PER_RUN=${2:-15}
BILAT=${BILAT:-.build/release/bilat}
WORK=$(mktemp -d)
SERVER_PID=""
cleanup() {
  if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

"$BILAT" serve --db "$DB" --port 0 >"$WORK/serve.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do grep -q '^bilat serve: http' "$WORK/serve.log" 2>/dev/null && break; sleep 0.1; done
BASE=$(sed -n 's|^bilat serve: \(http://[^ ]*\)/ .*|\1|p' "$WORK/serve.log")
[[ -n "$BASE" ]] || { cat "$WORK/serve.log" >&2; exit 1; }

# Ids and the busiest person straight from the file (read-only): the API's row limit is meant
# for users' queries, not for scanning a million relationships.
sql() { sqlite3 -readonly -separator $'\t' "$DB" "$1"; }
FIRST=$(sql 'SELECT min(id) FROM node')
LAST=$(sql 'SELECT max(id) FROM node')
BUSIEST=$(sql "WITH e AS (SELECT start_id AS n FROM relationship WHERE type = 'MET_WITH'
  UNION ALL SELECT end_id FROM relationship WHERE type = 'MET_WITH')
  SELECT e.n, p.value, count(*) AS c FROM e JOIN node_property p ON p.node_id = e.n AND p.key = 'name'
  GROUP BY e.n ORDER BY c DESC LIMIT 1")
BUSIEST_ID=${BUSIEST%%$'\t'*}
echo "graph: node ids $FIRST..$LAST; busiest person: $BUSIEST"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

run() { # name path-prefix connections
  echo "== $1 ($3 connections, ${SECONDS_PER_RUN} s)"
  BILAT_PATH_PREFIX=$2 BILAT_FIRST_ID=$FIRST BILAT_LAST_ID=$LAST \
    wrk -t 2 -c "$3" -d "${SECONDS_PER_RUN}s" --timeout 10s -s .ci/browser/random-path.lua "$BASE" \
    | grep -E 'Requests/sec|p50|Socket errors|Non-2xx'
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
}
# Warm the page cache and the server's caches the same way for both.
curl -sf -o /dev/null "$BASE/api/nodes/$FIRST"
run "GET /api/nodes/{id}, random ids" /api/nodes/ 16
run "GET /entity/{id} (page), random ids" /entity/ 16

echo "== GET /who-met?person=$BUSIEST_ID (the busiest person's page), 20 sequential requests"
for _ in $(seq 1 20); do
  curl -s -o /dev/null -w '%{time_total}\n' "$BASE/who-met?person=$BUSIEST_ID"
done | sort -n | python3 -c '
import sys
times = [float(line) * 1000 for line in sys.stdin]
print(f"median {times[len(times)//2]:.1f} ms, p95 {times[int(len(times)*0.95)-1]:.1f} ms, max {times[-1]:.1f} ms")'
echo "== GET /entity/$BUSIEST_ID (the busiest person's entity page), 10 sequential requests"
for _ in $(seq 1 10); do
  curl -s -o /dev/null -w '%{time_total}\n' "$BASE/entity/$BUSIEST_ID"
done | sort -n | python3 -c '
import sys
times = [float(line) * 1000 for line in sys.stdin]
print(f"median {times[len(times)//2]:.1f} ms, max {times[-1]:.1f} ms")'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
