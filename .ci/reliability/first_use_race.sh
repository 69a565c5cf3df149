#!/usr/bin/env bash
# Concurrent first use (issue 14): N `bilat ingest` processes of different small article sets,
# released together through a FIFO, on a database file that does not exist yet; repeated for R
# rounds. Every run must exit 0 without "locked" on stderr, the article count must be the sum
# of the sets, `PRAGMA integrity_check` ok and the file in WAL mode.
#
#   .ci/reliability/first_use_race.sh [--bilat PATH] [--processes N] [--rounds R] [--keep]
#
# Defaults (CI): 6 processes, 5 rounds. Long run: --processes 12 --rounds 50.
# Needs the sqlite3 shell. The closing line is "N passed, M failed"; exit 1 on any failure.
set -uo pipefail
cd "$(dirname "$0")/../.."

BILAT="" PROCESSES=6 ROUNDS=5 KEEP=0
while [ $# -gt 0 ]; do
  case "$1" in
    --bilat) BILAT=$2; shift 2 ;;
    --processes) PROCESSES=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    *) echo "usage: $0 [--bilat PATH] [--processes N] [--rounds R] [--keep]" >&2; exit 2 ;;
  esac
done
. .ci/reliability/lib.sh
BILAT=$(bilat_or_build "$BILAT") || exit 2
WORK=$(mktemp -d /tmp/bilat-race.XXXXXX)
[ $KEEP = 1 ] || trap 'rm -rf "$WORK"' EXIT
PASSED=0 FAILED=0
pass() { PASSED=$((PASSED + 1)); }
fail() { FAILED=$((FAILED + 1)); echo "FAIL: $*"; }

# Two short articles per process, every text different (distinct content hashes).
write_set() { # DIR PROCESS ROUND
  mkdir -p "$1"
  for a in 0 1; do
    cat >"$1/brief-$a.md" <<TEXT
# Trade talks, round $3, delegation $2

Astana, $((1 + ($2 + $a + $3) % 27)) April 2025 -- Ministers of Kazakhstan and Uzbekistan met in Astana on freight.
They signed a memorandum on a rail corridor worth $((20 + $2 * 3 + $a)) million dollars (set $2, note $a).
TEXT
  done
}

for round in $(seq 1 "$ROUNDS"); do
  dir="$WORK/round-$round"
  db="$dir/graph.sqlite"
  mkdir -p "$dir"
  mkfifo "$dir/start"
  exec 9<>"$dir/start"   # read-write: neither this open nor the children's block
  pids=()
  for p in $(seq 1 "$PROCESSES"); do
    write_set "$dir/set-$p" "$p" "$round"
    ( read -r _ <"$dir/start"; exec "$BILAT" ingest --quiet --db "$db" "$dir/set-$p" ) \
      >"$dir/out-$p" 2>"$dir/err-$p" &
    pids+=($!)
  done
  sleep 0.3
  for p in $(seq 1 "$PROCESSES"); do echo go; done >&9
  for i in "${!pids[@]}"; do
    p=$((i + 1))
    if wait "${pids[$i]}" && ! grep -q locked "$dir/err-$p"; then pass
    else fail "round $round, process $p: $(head -c 300 "$dir/err-$p")"; fi
  done
  exec 9>&-
  articles=$(sqlite3 "$db" "SELECT count(*) FROM article" 2>&1)
  [ "$articles" = $((PROCESSES * 2)) ] && pass || fail "round $round: $articles articles, expected $((PROCESSES * 2))"
  ic=$(sqlite3 "$db" "PRAGMA integrity_check" 2>&1)
  [ "$ic" = ok ] && pass || fail "round $round: integrity_check: $ic"
  mode=$(sqlite3 "$db" "PRAGMA journal_mode" 2>&1)
  [ "$mode" = wal ] && pass || fail "round $round: journal mode $mode"
done
echo "first-use race ($PROCESSES processes x $ROUNDS rounds): $PASSED passed, $FAILED failed"
[ $FAILED = 0 ]
