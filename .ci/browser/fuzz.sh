#!/usr/bin/env bash
# Fuzzes the JSON API against docs/openapi.yaml with schemathesis (PyPI, pinned, in a venv this
# script makes) on loopback, bounded in examples and time. `.ci/run` runs it with a fixed seed
# (BILAT_FUZZ_SEED) so that CI is repeatable; by hand, leave the seed out to explore new cases:
#   .ci/browser/fuzz.sh [max examples per operation, default 100]
# Settings (what is no finding, and why) are in .ci/browser/schemathesis.toml. The closing line
# is "fuzz: N test cases, M failures".
set -euo pipefail
cd "$(dirname "$0")/../.."

EXAMPLES=${1:-100}
BILAT=${BILAT:-.build/debug/bilat}
VENV=${BILAT_FUZZ_VENV:-/tmp/bilat-fuzz-venv}
SCHEMATHESIS_VERSION=4.32.5
if ! "$VENV/bin/schemathesis" --version 2>/dev/null | grep -q "$SCHEMATHESIS_VERSION"; then
  python3 -m venv "$VENV" && "$VENV/bin/pip" install -q "schemathesis==$SCHEMATHESIS_VERSION" \
    || { echo "fuzz: cannot install schemathesis $SCHEMATHESIS_VERSION from PyPI" >&2; exit 1; }
fi
SEED=()
[[ -n "${BILAT_FUZZ_SEED:-}" ]] && SEED=(--seed "$BILAT_FUZZ_SEED")
[[ -x "$BILAT" ]] || swift build -j 2 --product bilat
source .ci/browser/serve-lib.sh

"$BILAT" ingest --db "$WORK/bilat.sqlite" Data/articles/dev >/dev/null 2>&1
start_server "$WORK/bilat.sqlite" --timeout 2

# All checks: no 5xx, responses match the documented schemas, status codes and content types.
timeout 900 "$VENV/bin/schemathesis" --config-file .ci/browser/schemathesis.toml run docs/openapi.yaml \
  --url "$BASE" "${SEED[@]}" --max-examples "$EXAMPLES" --request-timeout 20 --no-color 2>&1 \
  | tee "$WORK/fuzz.log" | grep -vE '^\s*$' | tail -40
status=${PIPESTATUS[0]}
kill -0 "$SERVER_PID" 2>/dev/null || { echo "fuzz: the server died" >&2; exit 1; }
cases=$(sed -n 's/^ *\([0-9]*\) generated.*/\1/p' "$WORK/fuzz.log" | tail -1)
failures=$(grep -cE '^_+ [A-Z]+ /' "$WORK/fuzz.log" || true)
echo "fuzz: ${cases:-0} test cases, $failures failures (schemathesis exit $status)"
exit "$status"
