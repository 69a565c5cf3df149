#!/usr/bin/env bash
# The reliability part of CI (issue 7), run by .ci/run after `swift test` (which runs the
# BilatReliabilityTests suites). About 6-8 minutes on 2 cores:
#   crash_test.sh  20 SIGKILLs of `bilat ingest` (200 synthetic articles), 20 of `bilat import`
#                  and 20 of the first open of a v1 database (backup and migration to the latest)
#   bad_files.sh   bad files, a 100 MB file (30 s limit), 2000 files, peak RSS
#   first_use_race.sh  6 `bilat ingest` processes released together on a missing file, 5 rounds
#   fuzz.sh 60     60 s of each fuzz target: query, extract, html (release, -sanitize=fuzzer)
# Long variants: see .ci/reliability/README.md. Every script ends with "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
swift build --product bilat >/dev/null || { echo "reliability: build of bilat failed"; exit 1; }
BILAT="$(swift build --show-bin-path)/bilat"
status=0
# The fuzzers (release build, then 60 s each on one core) run beside the crash and bad-file
# scripts (mostly one core each) to keep the wall time down; their output is shown at the end.
FUZZ_LOG=$(mktemp /tmp/bilat-ci-fuzz.XXXXXX)
.ci/reliability/fuzz.sh "${RELIABILITY_FUZZ_SECONDS:-60}" >"$FUZZ_LOG" 2>&1 &
fuzz_pid=$!
.ci/reliability/crash_test.sh --bilat "$BILAT" --kills "${RELIABILITY_KILLS:-20}" --articles 200 || status=1
.ci/reliability/bad_files.sh --bilat "$BILAT" --many 2000 --big-timeout 30 || status=1
.ci/reliability/first_use_race.sh --bilat "$BILAT" --processes 6 --rounds 5 || status=1
wait $fuzz_pid || status=1
cat "$FUZZ_LOG"
rm -f "$FUZZ_LOG"
if [ $status = 0 ]; then echo "reliability: all passed"; else echo "reliability: FAILED"; fi
exit $status
