#!/usr/bin/env bash
# Fuzzes the JSON API against docs/openapi.yaml with schemathesis (PyPI, in a venv this script
# makes) on loopback, bounded in examples and time. Not part of CI (it needs PyPI); run by hand:
#   .ci/browser/fuzz.sh [max examples per operation, default 100]
set -euo pipefail
cd "$(dirname "$0")/../.."

EXAMPLES=${1:-100}
BILAT=${BILAT:-.build/debug/bilat}
VENV=${BILAT_FUZZ_VENV:-/tmp/bilat-fuzz-venv}
[[ -x "$VENV/bin/schemathesis" ]] || { python3 -m venv "$VENV" && "$VENV/bin/pip" install -q schemathesis; }
[[ -x "$BILAT" ]] || swift build -j 2 --product bilat
source .ci/browser/serve-lib.sh

"$BILAT" ingest --db "$WORK/bilat.sqlite" Data/articles/dev >/dev/null 2>&1
start_server "$WORK/bilat.sqlite" --timeout 2

# All checks: no 5xx, responses match the documented schemas, status codes and content types.
timeout 900 "$VENV/bin/schemathesis" run docs/openapi.yaml --url "$BASE" --checks all \
  --max-examples "$EXAMPLES" --request-timeout 20 --no-color 2>&1 | tee "$WORK/fuzz.log"
status=${PIPESTATUS[0]}
kill -0 "$SERVER_PID" 2>/dev/null || { echo "fuzz: the server died" >&2; exit 1; }
exit "$status"
