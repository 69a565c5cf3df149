#!/usr/bin/env bash
# Bad files: `bilat ingest` over a folder mixing good articles with binary, invalid UTF-8, empty,
# huge and special files, and over a folder with thousands of files. Each bad file must get its own
# "PATH: error: ..." line, every good one must be ingested, the exit status must be 1 when any
# failed, and peak memory (VmHWM, sampled from /proc) must stay bounded.
#
#   .ci/reliability/bad_files.sh [--bilat PATH] [--big-mb 100] [--many 3000] [--rss-mb 1024]
#
# Unreadable files: the tests run as root, for whom chmod 000 does not block reading, so the
# unreadable cases are a FIFO with no writer, a folder named *.txt, a dangling symlink, and a file
# deleted while the run is under way ("vanishes mid-run").
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
BILAT="" BIG_MB=100 MANY=3000 RSS_MB=1024 TIMEOUT=300 BIG_TIMEOUT=60
while [ $# -gt 0 ]; do
  case "$1" in
    --bilat) BILAT=$2; shift 2 ;;
    --big-mb) BIG_MB=$2; shift 2 ;;
    --many) MANY=$2; shift 2 ;;
    --rss-mb) RSS_MB=$2; shift 2 ;;
    --timeout) TIMEOUT=$2; shift 2 ;;
    --big-timeout) BIG_TIMEOUT=$2; shift 2 ;;
    *) echo "usage: $0 [--bilat PATH] [--big-mb N] [--many N] [--rss-mb N] [--timeout S]" >&2; exit 2 ;;
  esac
done
. .ci/reliability/lib.sh
BILAT=$(bilat_or_build "$BILAT") || exit 2
if "$BILAT" ingest --help 2>&1 | grep -q "not yet available"; then
  echo "SKIPPED: 'bilat ingest' is not available in this build"
  echo "0 passed, 0 failed"
  exit 0
fi
WORK=$(mktemp -d /tmp/bilat-badfiles.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
PASSED=0 FAILED=0 KNOWN=0
pass() { PASSED=$((PASSED + 1)); }
fail() { FAILED=$((FAILED + 1)); echo "FAIL: $*"; }
check() { if eval "$2"; then pass; else fail "$1"; fi; }
# A check that fails because of a bug already reported to its owner (not counted as a failure;
# reported as FIXED once it passes, so that the marker can be removed).
known() { if eval "$2"; then pass; echo "FIXED (was a known issue): $1"; else KNOWN=$((KNOWN + 1)); echo "KNOWN ISSUE: $1"; fi; }

# Runs bilat with a deadline, sampling its peak RSS (VmHWM in /proc/PID/status) every 0.2 s, so
# that the peak is known even when the deadline kills it; sets STATUS, RSS_KB, ELAPSED; output in
# $WORK/out and $WORK/err.
run_bilat() {
  local start end pid hwm deadline
  start=$(date +%s.%N)
  deadline=$(awk -v a="$start" -v t="$TIMEOUT" 'BEGIN { printf "%d", a + t }')
  "$BILAT" "$@" >"$WORK/out" 2>"$WORK/err" &
  pid=$!
  RSS_KB=0
  while kill -0 $pid 2>/dev/null; do
    hwm=$(awk '/^VmHWM/ { print $2 }' /proc/$pid/status 2>/dev/null)
    [ -n "$hwm" ] && [ "$hwm" -gt "$RSS_KB" ] && RSS_KB=$hwm
    if [ "$(date +%s)" -ge "$deadline" ]; then kill -9 $pid 2>/dev/null; break; fi
    sleep 0.2
  done
  wait $pid
  STATUS=$?
  end=$(date +%s.%N)
  ELAPSED=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
}

# --------------------------------------------------------------------------------------------
echo "== mixed folder: good articles and bad files"
mixed=$WORK/mixed
python3 "$ROOT/.ci/reliability/gen_articles.py" --count 12 --out "$mixed" --seed 3 >/dev/null
good=$(ls "$mixed" | wc -l)
first=$(ls "$mixed" | head -1)
head -c 65536 /dev/urandom >"$mixed/binary-random.txt"
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10' >"$mixed/picture-renamed.md"
{ head -c 2000 "$mixed/$first"; printf '\xff\xfe broken bytes \xc3\x28\n'; tail -c 500 "$mixed/$first"; } >"$mixed/invalid-utf8.txt"
printf 'Astana, 27 November \xe2\x80' >"$mixed/truncated-utf8.txt"
printf 'T\xfcrkiye and Kazakhstan signed an agreement in Ankara.\n' >"$mixed/latin1.txt"
: >"$mixed/empty.txt"
printf '   \n\n\t\n' >"$mixed/whitespace-only.txt"
printf '\xff\xfeK\0a\0z\0a\0k\0h\0s\0t\0a\0n\0\n\0' >"$mixed/utf16.txt"
printf '# Heading only\n\n[link](http://example.com)\n' >"$mixed/no-body.md"
mkfifo "$mixed/fifo.txt"
mkdir "$mixed/folder-named.txt"
ln -s "$mixed/does-not-exist.txt" "$mixed/dangling-link.txt"
# Bad files given by path, not through a folder (special files are reported, not skipped).
run_bilat ingest --quiet --db "$WORK/mixed.sqlite" "$mixed" "$mixed/fifo.txt" "$mixed/dangling-link.txt" "$WORK/missing.txt"
echo "   exit $STATUS in ${ELAPSED}s, peak RSS $((RSS_KB / 1024)) MiB"
sed 's/^/   stderr: /' "$WORK/err" | head -20
check "exit status is 1 when files failed (was $STATUS)" '[ "$STATUS" = 1 ]'
for bad in binary-random.txt picture-renamed.md invalid-utf8.txt truncated-utf8.txt latin1.txt empty.txt \
  whitespace-only.txt utf16.txt no-body.md; do
  check "no error line for $bad" 'grep -q "^$mixed/$bad: error: " "$WORK/err"'
done
check "no error line for the FIFO given by path" 'grep -q "^$mixed/fifo.txt: error: " "$WORK/err"'
check "no error line for the dangling link given by path" 'grep -q "^$mixed/dangling-link.txt: error: " "$WORK/err"'
check "no error line for the missing path" 'grep -q "^$WORK/missing.txt: error: " "$WORK/err"'
articles=$(sqlite3 "$WORK/mixed.sqlite" "SELECT count(*) FROM article" 2>/dev/null || echo 0)
check "good articles ingested: $articles of $good" '[ "$articles" = "$good" ]'
bad_in_db=$(sqlite3 "$WORK/mixed.sqlite" "SELECT count(*) FROM article WHERE source NOT LIKE '%-v00%'" 2>/dev/null)
check "bad files stored as articles: $bad_in_db" '[ "$bad_in_db" = 0 ]'
check "integrity" '[ "$(sqlite3 "$WORK/mixed.sqlite" "PRAGMA integrity_check")" = ok ]'
# A rerun changes nothing and reports the same failures.
run_bilat ingest --quiet --db "$WORK/mixed.sqlite" "$mixed"
check "rerun: exit 1 again (was $STATUS)" '[ "$STATUS" = 1 ]'
check "rerun: everything good unchanged" 'grep -q "0 new, $good unchanged" "$WORK/out"'

# --------------------------------------------------------------------------------------------
echo "== a ${BIG_MB} MB file beside a good one"
big=$WORK/big
mkdir -p "$big"
cp "$mixed/$first" "$big/"
python3 - "$mixed/$first" "$big/huge.txt" "$BIG_MB" <<'PY'
import sys
src, dst, mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
text = open(src, encoding="utf-8").read()
body = "\n\n".join(p for p in text.split("\n\n") if len(p) > 200) or text
with open(dst, "w", encoding="utf-8") as f:
    written = 0
    i = 0
    while written < mb * 1024 * 1024:
        chunk = body.replace("2023", str(1900 + i % 120)) + "\n\n"
        f.write(chunk)
        written += len(chunk.encode("utf-8"))
        i += 1
PY
ls -la "$big/huge.txt" | awk '{ printf "   huge.txt: %d bytes\n", $5 }'
SAVED_TIMEOUT=$TIMEOUT TIMEOUT=$BIG_TIMEOUT
run_bilat ingest --quiet --db "$WORK/big.sqlite" "$big"
TIMEOUT=$SAVED_TIMEOUT
echo "   exit $STATUS in ${ELAPSED}s, peak RSS $((RSS_KB / 1024)) MiB"
sed 's/^/   stderr: /' "$WORK/err" | head -5
# Known (reported to the extract stream): extraction time grows faster than linearly with the
# article's size (debug build: 1 MB 18 s, 4 MB 144 s) and there is no size cap, so a 100 MB file
# does not finish.
known "huge file: finished within ${BIG_TIMEOUT}s (exit $STATUS)" '[ "$STATUS" != 137 ]'
check "huge file: peak RSS $((RSS_KB / 1024)) MiB <= $RSS_MB MiB" '[ "$RSS_KB" -le $((RSS_MB * 1024)) ]'
check "huge file: the good article beside it is ingested" \
  '[ "$(sqlite3 "$WORK/big.sqlite" "SELECT count(*) FROM article WHERE source LIKE '"'%$first'"'" 2>/dev/null)" = 1 ]'
known "huge file: either refused with a per-file error or ingested" \
  'grep -q "^$big/huge.txt: error: " "$WORK/err" || [ "$(sqlite3 "$WORK/big.sqlite" "SELECT count(*) FROM article WHERE source LIKE '"'%huge.txt'"'")" = 1 ]'

# --------------------------------------------------------------------------------------------
echo "== a folder with $MANY files (one vanishes mid-run)"
many=$WORK/many
mkdir -p "$many"
python3 - "$ROOT/Data/articles/dev" "$many" "$MANY" <<'PY'
import os, sys, re
src, dst, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
paras = []
for name in sorted(os.listdir(src)):
    if name.endswith(".txt"):
        text = open(os.path.join(src, name), encoding="utf-8").read()
        paras += [p.strip() for p in text.split("\n\n") if len(p) > 250 and "©" not in p]
for i in range(n):
    p = paras[i % len(paras)]
    p = re.sub(r"\b(20[12]\d)\b", lambda m: str(int(m.group(1)) - 1 - i % 7), p)
    sub = os.path.join(dst, f"d{i // 500:02d}")
    os.makedirs(sub, exist_ok=True)
    with open(os.path.join(sub, f"{2000 + i % 24}-0{1 + i % 9}-1{i % 9}-brief-{i:05d}.txt"), "w", encoding="utf-8") as f:
        f.write(f"Brief {i}\n\nAstana, {1 + i % 28} March {2000 + i % 24}.\n\n{p}\n")
PY
last=$(find "$many" -name '*.txt' | sort | tail -1)
( sleep 1.5; rm -f "$last" ) &
vanisher=$!
run_bilat ingest --quiet --db "$WORK/many.sqlite" "$many"
wait $vanisher
echo "   exit $STATUS in ${ELAPSED}s, peak RSS $((RSS_KB / 1024)) MiB; $(tail -3 "$WORK/out" | tr '\n' ' ')"
sed 's/^/   stderr: /' "$WORK/err" | head -5
articles=$(sqlite3 "$WORK/many.sqlite" "SELECT count(*) FROM article" 2>/dev/null || echo 0)
errors=$(grep -c ": error: " "$WORK/err")
echo "   $articles articles ingested, $errors per-file errors"
check "many files: exit 1 when files failed (was $STATUS)" '[ "$errors" = 0 ] || [ "$STATUS" = 1 ]'
check "many files: every file ingested or reported ($articles + $errors of $MANY)" '[ $((articles + errors)) = "$MANY" ]'
if grep -q "^$last: error: " "$WORK/err"; then
  grep "^$last: error: " "$WORK/err" | sed 's/^/   vanished: /'
  pass
else
  echo "   (the last file was read before it vanished)"
fi
check "many files: peak RSS $((RSS_KB / 1024)) MiB <= $RSS_MB MiB" '[ "$RSS_KB" -le $((RSS_MB * 1024)) ]'

[ "$KNOWN" = 0 ] || echo "($KNOWN known issues, reported to their owners)"
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
