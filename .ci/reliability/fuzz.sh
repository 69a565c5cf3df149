#!/usr/bin/env bash
# Fuzzing: builds the libFuzzer drivers and runs each target for SECONDS over its seed corpus:
# query (Cypher), extract (articles as text) and html (articles as saved web pages, read by the
# HTML reader; the extract driver with BILAT_FUZZ_READER=html).
#
#   .ci/reliability/fuzz.sh SECONDS [query|extract|html]...
#
# CI runs `.ci/reliability/fuzz.sh 60`. Long run (README, "Reliability"): e.g.
#   FUZZ_JOBS=2 .ci/reliability/fuzz.sh 3600
# Campaign of a fixed size: FUZZ_RUNS stops each target after that many executions instead of
# SECONDS (0 = no time limit), e.g. 10 million each with the corpus kept between runs:
#   FUZZ_RUNS=10000000 FUZZ_WORK=/var/tmp/bilat-fuzz FUZZ_TIMEOUT=120 .ci/reliability/fuzz.sh 0
# FUZZ_KEEP=BYTES: after each target's run, fold the inputs of $FUZZ_WORK/corpus-NAME of at most
# BYTES that reach code edges the repository's seeds do not (libFuzzer -merge=1 with
# -use_counters=0: edges, not hit counts, so that a few hundred inputs are kept, not thousands) into
# Tests/BilatReliabilityTests/Fixtures/corpus-NAME, which FuzzRegressionTests replays: the kept
# corpus of a long campaign, small inputs only, e.g.
#   FUZZ_KEEP=512 FUZZ_WORK=/var/tmp/bilat-fuzz .ci/reliability/fuzz.sh 1
# FUZZ_TIMEOUT (seconds, default 10) is when one input counts as a hang; raise it when the
# machine is shared, and replay any timeout artifact alone before believing it.
# New inputs that increase coverage go to $FUZZ_WORK/corpus-NAME (not into the repo); crashes,
# timeouts and out-of-memory inputs are written to $FUZZ_WORK/artifacts-NAME/ and make the script
# fail. Turn each into a regression test: copy it to Tests/BilatReliabilityTests/Fixtures/crashes-NAME/
# (FuzzRegressionTests replays every file there), then fix the bug.
# The closing line is "N passed, M failed" (one check per fuzz target); the statistics of each run
# (executions, coverage) are printed from libFuzzer's final report.
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
SECONDS_EACH=${1:-60}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(query extract html)
# The html target is the extract driver reading every input as a saved web page.
driver() { case "$1" in html) echo extract ;; *) echo "$1" ;; esac; }
reader() { case "$1" in html) echo html ;; *) echo text ;; esac; }
FUZZ_WORK=${FUZZ_WORK:-/tmp/bilat-fuzz}
FUZZ_JOBS=${FUZZ_JOBS:-1}
FUZZ_TIMEOUT=${FUZZ_TIMEOUT:-10}
# -runs=N stops after N executions; -1 (libFuzzer's default) means no limit.
FUZZ_RUNS=${FUZZ_RUNS:--1}
mkdir -p "$FUZZ_WORK"
PASSED=0 FAILED=0
# Longest input per target (queries longer than 4 KB add little but parse time).
max_len() { case "$1" in query) echo "${FUZZ_QUERY_MAX_LEN:-4096}" ;; *) echo "${FUZZ_EXTRACT_MAX_LEN:-8192}" ;; esac; }

FLAGS=(-c release -Xswiftc -DFUZZING -Xswiftc -sanitize=fuzzer -Xswiftc -use-ld=lld
  --scratch-path "$ROOT/.build/fuzz")
for product in $(for t in "${TARGETS[@]}"; do driver "$t"; done | sort -u); do
  echo "== building bilat-fuzz-$product (release, -sanitize=fuzzer)"
  if ! swift build "${FLAGS[@]}" --product "bilat-fuzz-$product" >"$FUZZ_WORK/build-$product.log" 2>&1; then
    tail -20 "$FUZZ_WORK/build-$product.log"
    echo "FAIL: build of bilat-fuzz-$product"
    FAILED=$((FAILED + 1))
    continue
  fi
done
BIN=$(swift build "${FLAGS[@]}" --show-bin-path)

for target in "${TARGETS[@]}"; do
  exe=$BIN/bilat-fuzz-$(driver "$target")
  [ -x "$exe" ] || continue
  corpus=$FUZZ_WORK/corpus-$target
  artifacts=$FUZZ_WORK/artifacts-$target
  mkdir -p "$corpus" "$artifacts"
  seeds=$ROOT/Tests/BilatReliabilityTests/Fixtures/corpus-$target
  crashes=$ROOT/Tests/BilatReliabilityTests/Fixtures/crashes-$target
  dirs=("$corpus" "$seeds")
  [ -d "$crashes" ] && dirs+=("$crashes")
  dict=()
  [ -f "$ROOT/.ci/reliability/$target.dict" ] && dict=(-dict="$ROOT/.ci/reliability/$target.dict")
  echo "== fuzzing bilat-fuzz-$target for ${SECONDS_EACH}s (0 = unlimited), $FUZZ_RUNS runs (-1 = unlimited); seeds: $(ls "$seeds" | wc -l) files"
  before=$(ls "$artifacts" | wc -l)
  # -timeout: one input running longer is a hang; -rss_limit_mb: memory is bounded.
  jobs=()
  [ "$FUZZ_JOBS" -gt 1 ] && jobs=(-jobs="$FUZZ_JOBS" -workers="$FUZZ_JOBS")
  # Run from $FUZZ_WORK: with -jobs, libFuzzer writes fuzz-N.log files into the working folder.
  # SWIFT_BACKTRACE=enable=no: the Swift runtime's backtracer would take the crash signal before
  # libFuzzer, which then writes no artifact of the crashing input.
  (cd "$FUZZ_WORK" && SWIFT_BACKTRACE=enable=no BILAT_FUZZ_READER=$(reader "$target") "$exe" "${dirs[@]}" "${dict[@]}" "${jobs[@]}" -max_total_time="$SECONDS_EACH" -runs="$FUZZ_RUNS" -timeout="$FUZZ_TIMEOUT" \
    -rss_limit_mb=2048 -max_len="$(max_len "$target")" -print_final_stats=1 -artifact_prefix="$artifacts/" \
    >"$FUZZ_WORK/run-$target.log" 2>&1)
  status=$?
  [ "$FUZZ_JOBS" -gt 1 ] && cat "$FUZZ_WORK"/fuzz-*.log >>"$FUZZ_WORK/run-$target.log" 2>/dev/null && rm -f "$FUZZ_WORK"/fuzz-*.log
  grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|stat::new_units_added)|Done [0-9]+ runs|cov: [0-9]+" \
    "$FUZZ_WORK/run-$target.log" | tail -4 | sed 's/^/   /'
  if [ "${FUZZ_KEEP:-0}" -gt 0 ]; then
    small=$(mktemp -d)
    find "$corpus" -type f -size -"$((FUZZ_KEEP + 1))"c -exec cp -t "$small" {} +
    kept=$(ls "$seeds" | wc -l)
    (cd "$FUZZ_WORK" && SWIFT_BACKTRACE=enable=no BILAT_FUZZ_READER=$(reader "$target") "$exe" -merge=1 "$seeds" "$small" \
      -use_counters=0 -timeout="$FUZZ_TIMEOUT" -rss_limit_mb=2048 -max_len="$FUZZ_KEEP" >"$FUZZ_WORK/keep-$target.log" 2>&1) ||
      { echo "FAIL: merging $corpus into the seeds (see $FUZZ_WORK/keep-$target.log)"; FAILED=$((FAILED + 1)); }
    echo "   kept: $(($(ls "$seeds" | wc -l) - kept)) of $(ls "$small" | wc -l) inputs of at most $FUZZ_KEEP bytes added to $seeds"
    rm -rf "$small"
  fi
  after=$(ls "$artifacts" | wc -l)
  if [ "$status" = 0 ] && [ "$after" = "$before" ]; then
    PASSED=$((PASSED + 1))
  else
    FAILED=$((FAILED + 1))
    echo "FAIL: bilat-fuzz-$target exit $status; new artifacts in $artifacts:"
    ls -t "$artifacts" | head -5 | sed 's/^/   /'
    grep -E "ERROR|Fatal error|Precondition|SUMMARY" "$FUZZ_WORK/run-$target.log" | head -5 | sed 's/^/   /'
  fi
done
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
