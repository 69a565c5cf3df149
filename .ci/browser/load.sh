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
source .ci/browser/serve-lib.sh

start_server "$DB"

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

sequential() { # what path count: times `count` requests one after another
  echo "== GET $2 ($1), $3 sequential requests"
  for _ in $(seq 1 "$3"); do curl -s -o /dev/null -w '%{time_total}\n' "$BASE$2"; done | sort -n | python3 -c '
import sys
times = [float(line) * 1000 for line in sys.stdin]
print(f"median {times[len(times)//2]:.1f} ms, p95 {times[max(0, int(len(times)*0.95)-1)]:.1f} ms, max {times[-1]:.1f} ms")'
}
sequential "the busiest person's who-met page" "/who-met?person=$BUSIEST_ID" 20
sequential "the busiest person's entity page" "/entity/$BUSIEST_ID" 10
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
