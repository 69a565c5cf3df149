#!/usr/bin/env bash
# Load test of `bilat serve` on loopback with wrk (Debian), bounded in time: random entity JSON
# and entity pages of the large shared benchmark graph, and the who-met page of the busiest
# person. `.ci/run` runs it through .ci/browser/load_ci.sh (which makes the graph) with
# LOAD_CHECK=1: the issue's targets on this 2-core machine are then checked and a miss fails:
# >= 500 requests/s for GET /api/nodes/{id}, entity page p95 <= 50 ms, the busiest person's
# who-met page p95 <= 200 ms. By hand (figures in BENCHMARKS.md):
#   python3 ../shared/bench/gen_graph.py --scale large --out /tmp/bench-data/large
#   .build/release/bilat import --db /tmp/bench-large.sqlite --nodes /tmp/bench-data/large/nodes.csv \
#       --edges /tmp/bench-data/large/edges.csv
#   .ci/browser/load.sh /tmp/bench-large.sqlite
# The closing line is "load: N passed, M failed" (with LOAD_CHECK=1).
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
# Schema 5 keeps relationship types as ids (relationship_type).
BUSIEST=$(sql "WITH t AS (SELECT id FROM relationship_type WHERE name = 'MET_WITH'),
  e AS (SELECT start_id AS n FROM relationship WHERE type_id = (SELECT id FROM t)
  UNION ALL SELECT end_id FROM relationship WHERE type_id = (SELECT id FROM t))
  SELECT e.n, p.name, count(*) AS c FROM e JOIN node p ON p.id = e.n
  GROUP BY e.n ORDER BY c DESC LIMIT 1")
BUSIEST_ID=${BUSIEST%%$'\t'*}
echo "graph: node ids $FIRST..$LAST; busiest person: $BUSIEST"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

PASSED=0 FAILED=0
# check what value comparison target: with LOAD_CHECK=1, one target of the issue
check() {
  [[ "${LOAD_CHECK:-0}" == 1 ]] || return 0
  if python3 -c "import sys; v, t = float(sys.argv[1]), float(sys.argv[3]); sys.exit(0 if (v >= t if sys.argv[2] == '>=' else v <= t) else 1)" "$2" "$3" "$4"; then
    echo "PASS: $1 $2 (target $3 $4)"; PASSED=$((PASSED + 1))
  else
    echo "FAIL: $1 $2 (target $3 $4)"; FAILED=$((FAILED + 1))
  fi
}

run() { # name path-prefix connections; sets RPS and P95 (ms)
  echo "== $1 ($3 connections, ${SECONDS_PER_RUN} s)"
  local out
  out=$(BILAT_PATH_PREFIX=$2 BILAT_FIRST_ID=$FIRST BILAT_LAST_ID=$LAST \
    wrk -t 2 -c "$3" -d "${SECONDS_PER_RUN}s" --timeout 10s -s .ci/browser/random-path.lua "$BASE")
  grep -E 'Requests/sec|p50|Socket errors|Non-2xx' <<<"$out"
  RPS=$(sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' <<<"$out")
  P95=$(sed -n 's/.*p95 \([0-9.]*\) ms.*/\1/p' <<<"$out")
  ERRORS=$(sed -n 's/.* \([0-9]*\) errors (non-2xx \([0-9]*\)).*/\1 \2/p' <<<"$out")
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
}
# Warm the page cache and the server's caches the same way for both.
curl -sf -o /dev/null "$BASE/api/nodes/$FIRST"
run "GET /api/nodes/{id}, random ids" /api/nodes/ 16
check "GET /api/nodes/{id} requests/s" "$RPS" ">=" 500
check "GET /api/nodes/{id} errors + non-2xx" "$(( ${ERRORS% *} + ${ERRORS#* } ))" "<=" 0
run "GET /entity/{id} (page), random ids" /entity/ 16
check "entity page p95 ms" "$P95" "<=" 50
check "entity page errors + non-2xx" "$(( ${ERRORS% *} + ${ERRORS#* } ))" "<=" 0

sequential() { # what path count: times `count` requests one after another; sets P95 (ms)
  echo "== GET $2 ($1), $3 sequential requests"
  local out
  out=$(for _ in $(seq 1 "$3"); do curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$BASE$2"; done | python3 -c '
import sys
rows = [line.split() for line in sys.stdin]
bad = sum(1 for code, _ in rows if code != "200")
times = sorted(float(t) * 1000 for _, t in rows)
print(f"median {times[len(times)//2]:.1f} ms, p95 {times[max(0, int(len(times)*0.95)-1)]:.1f} ms, max {times[-1]:.1f} ms, {bad} not 200")')
  echo "$out"
  P95=$(sed -n 's/.*p95 \([0-9.]*\) ms.*/\1/p' <<<"$out")
}
sequential "the busiest person's who-met page" "/who-met?person=$BUSIEST_ID" 20
check "busiest person's who-met page p95 ms" "$P95" "<=" 200
sequential "the busiest person's entity page" "/entity/$BUSIEST_ID" 10
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ "${LOAD_CHECK:-0}" == 1 ]]; then
  echo "load: $PASSED passed, $FAILED failed"
  [[ "$FAILED" == 0 ]]
fi
