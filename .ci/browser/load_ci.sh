#!/usr/bin/env bash
# CI part of the load test (issue 12): builds the release binary, makes the large shared benchmark
# graph (200k nodes, 1M relationships, seeded), imports it and runs .ci/browser/load.sh with the
# targets checked (LOAD_CHECK=1). Needs ../shared/bench beside the checkout (BENCH_DIR to point
# elsewhere); without it, says it is skipped.
set -euo pipefail
cd "$(dirname "$0")/../.."
BENCH=${BENCH_DIR:-../shared/bench}
if [[ ! -f "$BENCH/gen_graph.py" ]]; then
  echo "load: SKIPPED, no $BENCH/gen_graph.py (the shared benchmark generator)"
  exit 0
fi
echo "== building bilat (release)"
swift build -c release -j 2 --product bilat >/tmp/bilat-load-build.log 2>&1 || { tail -20 /tmp/bilat-load-build.log; exit 1; }
DATA=$(mktemp -d)
trap 'rm -rf "$DATA"' EXIT
echo "== generating the large graph"
python3 "$BENCH/gen_graph.py" --scale large --out "$DATA/large" >/dev/null
.build/release/bilat import --db "$DATA/large.sqlite" --nodes "$DATA/large/nodes.csv" --edges "$DATA/large/edges.csv"
BILAT=.build/release/bilat LOAD_CHECK=1 .ci/browser/load.sh "$DATA/large.sqlite" "${LOAD_SECONDS:-10}"
