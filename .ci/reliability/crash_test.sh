#!/usr/bin/env bash
# Crash safety: SIGKILL `bilat ingest` and `bilat import` at random moments, then check that the
# database is intact and that every article / import is wholly present or wholly absent, and that
# a rerun completes the set exactly as a clean run would (no duplicates).
#
#   .ci/reliability/crash_test.sh [--bilat PATH] [--kills N] [--articles N] [--nodes N --edges M]
#                                 [--only ingest|import|migrate] [--seed S] [--keep]
#
# Defaults (CI): 20 kills of ingest over 300 synthetic articles, 20 kills of import of a
# 3000-node / 15000-edge graph, 20 kills each of the first open of a v1, a v3, a v4, a v5, a v6 and a v7
# database (backup, migration and the VACUUM after it; MIG_NODES / MIG_EDGES set its size, 20000 / 100000). Long run (documented in README, "Reliability"):
#   .ci/reliability/crash_test.sh --kills 100 --articles 600 --nodes 20000 --edges 100000
# Without --bilat the script builds the debug `bilat` with `swift build --product bilat`.
# Needs python3 and the sqlite3 shell. The closing line is "N passed, M failed"; the exit status
# is 1 when any check failed.
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD

BILAT="" KILLS=20 ARTICLES=300 NODES=3000 EDGES=15000 ONLY="" SEED=42 KEEP=0
MIG_NODES=${MIG_NODES:-20000} MIG_EDGES=${MIG_EDGES:-100000}
while [ $# -gt 0 ]; do
  case "$1" in
    --bilat) BILAT=$2; shift 2 ;;
    --kills) KILLS=$2; shift 2 ;;
    --articles) ARTICLES=$2; shift 2 ;;
    --nodes) NODES=$2; shift 2 ;;
    --edges) EDGES=$2; shift 2 ;;
    --only) ONLY=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    *) echo "usage: $0 [--bilat PATH] [--kills N] [--articles N] [--nodes N] [--edges M] [--only ingest|import|migrate] [--seed S] [--keep]" >&2; exit 2 ;;
  esac
done
. .ci/reliability/lib.sh
BILAT=$(bilat_or_build "$BILAT") || exit 2
RANDOM=$SEED
# The shared workload generator (bench README); override with $GEN_GRAPH.
GEN_GRAPH=${GEN_GRAPH:-/work/shared/bench/gen_graph.py}
WORK=$(mktemp -d /tmp/bilat-crash.XXXXXX)
[ $KEEP = 1 ] || trap 'rm -rf "$WORK"' EXIT
PASSED=0 FAILED=0 KILLED=0 FINISHED=0 EARLY_KILLS=0 INGEST_EARLY_KILLS=0

pass() { PASSED=$((PASSED + 1)); }
fail() { FAILED=$((FAILED + 1)); echo "FAIL: $*"; }

# A random delay in seconds, uniform in [0, $1).
random_delay() { awk -v r=$RANDOM -v max="$1" 'BEGIN { printf "%.3f", r / 32768 * max }'; }

# Seconds since the epoch with milliseconds.
now() { date +%s.%N; }

rmdb() { rm -f "$1" "$1-wal" "$1-shm" "$1-journal"; }

# Canonical dump of the graph (everything but article.ingested_at) for exact comparisons, in
# schema 1's shape whatever the schema version (Storage v2's rows are read back as label and
# property rows), so that a database before and after the migration compare equal.
# The planner's statistics (sqlite_stat1, written by ANALYZE after imports and ingests) are
# hints, not content: a fresh database killed before its first import has none.
dump() {
  if [ -n "$(sqlite3 "$1" "SELECT 1 FROM sqlite_master WHERE name = 'node_property'")" ]; then
    sqlite3 "$1" <<'SQL'
SELECT 'node', id FROM node ORDER BY id;
SELECT 'label', node_id, label FROM node_label ORDER BY 2, 3;
SELECT 'np', node_id, key, quote(value), value_type FROM node_property ORDER BY 2, 3;
SELECT 'rel', id, type, start_id, end_id FROM relationship ORDER BY 2;
SELECT 'rp', relationship_id, key, quote(value), value_type FROM relationship_property ORDER BY 2, 3;
SQL
  else
    sqlite3 "$1" <<SQL
SELECT 'node', id FROM node ORDER BY id;
SELECT 'label', id, $(label_name "$1") FROM node WHERE $(label_name "$1") IS NOT NULL
  UNION ALL SELECT 'label', node_id, $(label_name "$1") FROM node_extra_label ORDER BY 2, 3;
SELECT 'np', id, 'name', quote(name), 'string' FROM node WHERE name IS NOT NULL
  UNION ALL SELECT 'np', id, 'country', quote(country), 'string' FROM node WHERE country IS NOT NULL
  UNION ALL SELECT 'np', n.id, j.key, quote(iif(j.type IN ('true', 'false'), j.type = 'true', j.value)),
    CASE j.type WHEN 'text' THEN 'string' WHEN 'real' THEN 'float' WHEN 'true' THEN 'boolean' WHEN 'false' THEN 'boolean'
      WHEN 'array' THEN 'list' WHEN 'object' THEN 'map' ELSE j.type END
  FROM node n, json_each(n.props) j ORDER BY 2, 3;
SELECT 'rel', id, $(type_name "$1"), start_id, end_id FROM relationship ORDER BY 2;
SELECT 'rp', id, 'date', quote(date), 'string' FROM relationship WHERE date IS NOT NULL
  UNION ALL SELECT 'rp', r.id, j.key, quote(iif(j.type IN ('true', 'false'), j.type = 'true', j.value)),
    CASE j.type WHEN 'text' THEN 'string' WHEN 'real' THEN 'float' WHEN 'true' THEN 'boolean' WHEN 'false' THEN 'boolean'
      WHEN 'array' THEN 'list' WHEN 'object' THEN 'map' ELSE j.type END
  FROM relationship r, json_each(r.props) j ORDER BY 2, 3;
SQL
  fi
  sqlite3 "$1" <<'SQL'
SELECT 'alias', node_id, surface, folded_key FROM alias ORDER BY 2, 3;
SELECT 'article', id, source, title, outlet, published, url, content_hash, length(text), node_id FROM article ORDER BY 2;
SELECT 'ev', id, article_id, node_id, relationship_id, sentence_index, start_offset, end_offset, rule, confidence FROM evidence ORDER BY 2;
SELECT 'fts', count(*) FROM article_fts WHERE article_fts MATCH 'Kazakhstan';
SQL
}

# A relationship's type name in the database $1: the `type` column up to schema 4, the name of
# `type_id` in `relationship_type` from schema 5 on.
type_name() {
  if [ -n "$(sqlite3 "$1" "SELECT 1 FROM sqlite_master WHERE name = 'relationship_type'")" ]; then
    echo "(SELECT name FROM relationship_type WHERE id = type_id)"
  else
    echo "type"
  fi
}

# A node's label name in the database $1 (in `node` and `node_extra_label`): the `label` column up
# to schema 5, the name of `label_id` in `label` from schema 6 on.
label_name() {
  if [ -n "$(sqlite3 "$1" "SELECT 1 FROM sqlite_master WHERE name = 'label'")" ]; then
    echo "(SELECT name FROM label WHERE id = label_id)"
  else
    echo "label"
  fi
}

# The schema objects (tables, indexes, triggers) by name, for checks within one version.
# With each object's SQL: schema 4 differs from 3 in index definitions (partial indexes) too.
schema() { sqlite3 "$1" "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' ORDER BY 1, 2"; }

# The dump and the schema, for comparisons within one schema version (ingest, import).
fulldump() { dump "$1"; schema "$1"; }

# Structural checks every database must pass after a kill.
check_intact() {
  local db=$1 what=$2
  local ic fk
  ic=$(sqlite3 "$db" "PRAGMA integrity_check" 2>&1)
  [ "$ic" = "ok" ] || { fail "$what: integrity_check: $ic"; return 1; }
  fk=$(sqlite3 "$db" "PRAGMA foreign_key_check" 2>&1)
  [ -z "$fk" ] || { fail "$what: foreign_key_check: $(echo "$fk" | head -3)"; return 1; }
  return 0
}

# ---------------------------------------------------------------------------------------------
# import: one transaction per import; a kill leaves the database before or after, never between.
# ---------------------------------------------------------------------------------------------
run_import_tests() {
  echo "== import: $KILLS kills ($NODES nodes, $EDGES edges per import)"
  python3 "$GEN_GRAPH" --nodes "$NODES" --edges "$EDGES" --seed 1 --out "$WORK/g1" >/dev/null || fail "gen_graph.py"
  python3 "$GEN_GRAPH" --nodes "$NODES" --edges "$EDGES" --seed 2 --out "$WORK/g2" >/dev/null || fail "gen_graph.py"
  local ref0=$WORK/imp-empty.sqlite ref1=$WORK/imp-1.sqlite ref2=$WORK/imp-12.sqlite
  # An empty graph (reading commands refuse a missing database, so import a header-only file).
  printf 'id,kind,name,country\n' >"$WORK/no-nodes.csv"
  "$BILAT" import --db "$ref0" --nodes "$WORK/no-nodes.csv" >/dev/null || fail "empty import"
  local t0 t1
  t0=$(now)
  "$BILAT" import --db "$ref1" --nodes "$WORK/g1/nodes.csv" --edges "$WORK/g1/edges.csv" >/dev/null || fail "clean import 1"
  t1=$(now)
  local duration
  duration=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) * 1.2 }')
  cp "$ref1" "$ref2"
  "$BILAT" import --db "$ref2" --nodes "$WORK/g2/nodes.jsonl" --edges "$WORK/g2/edges.jsonl" >/dev/null || fail "clean import 2"
  local d0 d1 d2
  d0=$(fulldump "$ref0" | md5sum) d1=$(fulldump "$ref1" | md5sum) d2=$(fulldump "$ref2" | md5sum)
  echo "   clean import takes about ${duration}s (x1.2); kills at uniform random moments within it"
  local i db=$WORK/imp-work.sqlite
  for i in $(seq 1 "$KILLS"); do
    rmdb "$db"
    local before after nodes edges
    if [ $((i % 2)) = 1 ]; then
      before=$d0 after=$d1 nodes=$WORK/g1/nodes.csv edges=$WORK/g1/edges.csv
    else
      # Second import into a graph that already holds the first one (JSON Lines this time).
      cp "$ref1" "$db"
      before=$d1 after=$d2 nodes=$WORK/g2/nodes.jsonl edges=$WORK/g2/edges.jsonl
    fi
    "$BILAT" import --db "$db" --nodes "$nodes" --edges "$edges" >/dev/null 2>&1 &
    local pid=$!
    sleep "$(random_delay "$duration")"
    if kill -9 $pid 2>/dev/null; then KILLED=$((KILLED + 1)); else FINISHED=$((FINISHED + 1)); fi
    wait $pid 2>/dev/null
    check_intact "$db" "import kill $i" || continue
    local state
    if [ $((i % 2)) = 1 ] && { [ ! -s "$db" ] || [ "$(sqlite3 "$db" "SELECT count(*) FROM sqlite_master")" = 0 ]; }; then
      # Killed before the new database's schema was committed: the file is missing or holds no
      # tables, which is the "before" state of an import into a fresh database.
      state=$before
      EARLY_KILLS=$((EARLY_KILLS + 1))
    else
      state=$(fulldump "$db" | md5sum)
    fi
    if [ "$state" = "$before" ]; then
      # Absent: rerunning the import must give exactly the clean result.
      "$BILAT" import --db "$db" --nodes "$nodes" --edges "$edges" >/dev/null 2>&1
      if [ "$(fulldump "$db" | md5sum)" = "$after" ]; then pass; else fail "import kill $i: rerun differs from a clean import"; fi
    elif [ "$state" = "$after" ]; then
      pass
    else
      fail "import kill $i: database is neither before nor after the import"
      [ $KEEP = 1 ] && cp "$db" "$WORK/imp-bad-$i.sqlite"
    fi
  done
  echo "   $EARLY_KILLS kill(s) came before a fresh database had its schema; the rerun completed each"
}

# ---------------------------------------------------------------------------------------------
# ingest: one transaction per article; a kill leaves each article wholly present or absent, and a
# rerun completes the set exactly as one clean ingest does.
# ---------------------------------------------------------------------------------------------
ingest_available() {
  "$BILAT" ingest --help 2>&1 | grep -q "not yet available" && return 1
  return 0
}

# Per-article fact counts: source, evidence rows, node evidence, relationship evidence,
# distinct nodes, distinct relationships.
article_counts() {
  sqlite3 -separator ' ' "$1" "
    SELECT a.source, count(e.id), count(e.node_id), count(e.relationship_id),
           count(DISTINCT e.node_id), count(DISTINCT e.relationship_id), length(a.text)
    FROM article a LEFT JOIN evidence e ON e.article_id = a.id GROUP BY a.id ORDER BY a.source"
}

# Facts no article supports (should not exist after an ingest-only history).
orphans() {
  sqlite3 "$1" "
    SELECT (SELECT count(*) FROM relationship r WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.relationship_id = r.id))
      || ' ' || (SELECT count(*) FROM node n WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.node_id = n.id)
                   AND NOT EXISTS (SELECT 1 FROM article a WHERE a.node_id = n.id)
                   AND NOT EXISTS (SELECT 1 FROM relationship r WHERE r.start_id = n.id OR r.end_id = n.id))"
}

run_ingest_tests() {
  if ! ingest_available; then
    echo "== ingest: SKIPPED ('bilat ingest' is not available in this build)"
    return
  fi
  echo "== ingest: $KILLS kills ($ARTICLES synthetic articles)"
  local arts=$WORK/articles
  python3 "$ROOT/.ci/reliability/gen_articles.py" --count "$ARTICLES" --out "$arts" --seed "$SEED" >/dev/null
  local ref=$WORK/ing-ref.sqlite
  local t0 t1 total
  t0=$(now)
  "$BILAT" ingest --quiet --db "$ref" "$arts" >"$WORK/ref.out" 2>&1 || echo "   note: clean ingest exit $? ($(tail -1 "$WORK/ref.out"))"
  t1=$(now)
  local duration
  duration=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
  total=$(sqlite3 "$ref" "SELECT count(*) FROM article")
  local refdump refcounts reforphans
  refdump=$(fulldump "$ref" | md5sum)
  article_counts "$ref" >"$WORK/ref.counts"
  reforphans=$(orphans "$ref")
  # A second run over the complete set must change nothing; its duration (reading and hashing
  # every file, finding each unchanged) is the start-up part of every kill window.
  t0=$(now)
  "$BILAT" ingest --quiet --db "$ref" "$arts" >/dev/null 2>&1
  t1=$(now)
  local startup
  startup=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
  if [ "$(fulldump "$ref" | md5sum)" = "$refdump" ]; then pass; else fail "a second ingest of the same files changed the database"; fi
  echo "   clean ingest: $total articles in ${duration}s (a rerun with nothing to do: ${startup}s); $(sqlite3 "$ref" "SELECT count(*) FROM node") nodes, $(sqlite3 "$ref" "SELECT count(*) FROM relationship") relationships, $(sqlite3 "$ref" "SELECT count(*) FROM evidence") evidence rows; orphans (rels nodes): $reforphans"
  local db=$WORK/ing-work.sqlite i present=0 cycles=0
  rmdb "$db"
  for i in $(seq 1 "$KILLS"); do
    # Aim the kill inside the remaining work (plus start-up time).
    local window
    window=$(awk -v d="$duration" -v s="$startup" -v p="$present" -v t="$total" 'BEGIN { f = (t - p) / t; if (f < 0.05) f = 0.05; printf "%.3f", s + d * f }')
    "$BILAT" ingest --quiet --db "$db" "$arts" >/dev/null 2>&1 &
    local pid=$!
    sleep "$(random_delay "$window")"
    if kill -9 $pid 2>/dev/null; then KILLED=$((KILLED + 1)); else FINISHED=$((FINISHED + 1)); fi
    wait $pid 2>/dev/null
    [ -f "$db" ] || { pass; continue; }   # killed before the database was created
    check_intact "$db" "ingest kill $i" || { rmdb "$db"; present=0; continue; }
    if [ ! -s "$db" ] || [ "$(sqlite3 "$db" "SELECT count(*) FROM sqlite_master")" = 0 ]; then
      # Killed before the new database's schema was committed: the file holds no tables, the state
      # before any ingest; the next run starts from it as from a missing file.
      INGEST_EARLY_KILLS=$((INGEST_EARLY_KILLS + 1))
      PRESENT_LIST="${PRESENT_LIST:-} 0"
      present=0
      pass
      continue
    fi
    # Every present article has exactly the facts a clean ingest gives it.
    article_counts "$db" >"$WORK/work.counts"
    local partial
    partial=$(comm -23 <(sort "$WORK/work.counts") <(sort "$WORK/ref.counts") | head -3)
    present=$(wc -l <"$WORK/work.counts")
    PRESENT_LIST="${PRESENT_LIST:-} $present"
    if [ -n "$partial" ]; then
      fail "ingest kill $i: article(s) not as in a clean ingest (source evidence nodeEv relEv nodes rels length): $partial"
      [ $KEEP = 1 ] && cp "$db" "$WORK/ing-bad-$i.sqlite"
      rmdb "$db"; present=0; continue
    fi
    if [ "$(orphans "$db")" != "$reforphans" ] && [ "$reforphans" = "0 0" ]; then
      fail "ingest kill $i: facts without evidence: $(orphans "$db")"
      rmdb "$db"; present=0; continue
    fi
    pass
    # Every few kills (and when the set is complete) finish the run and compare with the clean one.
    if [ "$present" -ge "$total" ] || [ $((i % 7)) = 0 ]; then
      "$BILAT" ingest --quiet --db "$db" "$arts" >/dev/null 2>&1
      cycles=$((cycles + 1))
      if [ "$(fulldump "$db" | md5sum)" = "$refdump" ]; then
        pass
      else
        fail "ingest kill $i: rerun to completion differs from a clean ingest ($(sqlite3 "$db" "SELECT count(*) FROM article") articles, $(sqlite3 "$db" "SELECT count(*) FROM node") nodes)"
        [ $KEEP = 1 ] && cp "$db" "$WORK/ing-bad-final-$i.sqlite"
      fi
      rmdb "$db"; present=0
    fi
  done
  if [ -f "$db" ]; then
    "$BILAT" ingest --quiet --db "$db" "$arts" >/dev/null 2>&1
    cycles=$((cycles + 1))
    if [ "$(fulldump "$db" | md5sum)" = "$refdump" ]; then pass; else fail "final rerun differs from a clean ingest"; fi
  fi
  echo "   articles present after each kill:${PRESENT_LIST:-}"
  echo "   $INGEST_EARLY_KILLS kill(s) came before a fresh database had its schema; the next run completed it"
  echo "   $cycles reruns to completion compared with the clean ingest"
}

# ---------------------------------------------------------------------------------------------
# migrate: the first open of an older database backs it up (SQLite's online backup, to
# PATH.backup-vN through a .partial file) and migrates it in one transaction. A kill leaves the
# intact old database (perhaps with a complete backup, or a .partial one) or the complete new one;
# either way the next open gives exactly the export of a clean migration. The old database is
# made by copying a current database's rows into a fresh file with the old schema's tables: v1
# with Schema/001's (the schema-1 bilat's layout: one row per label and per property), v3 with
# Schema/001-003 (Storage v2 rows with version 3 indexes), v4 with 001-004 (text relationship types),
# v5 with 001-005 (text labels, alias keys), v6 with 001-006 (no endpoint-label summary), v7 with
# 001-007 (no degree store), in WAL
# mode as bilat keeps it. Schema 6 keeps no alias
# `key` (NameKey.normalized of the surface, which SQL cannot compute): the older files get the folded
# key in its place; no migration reads it, 006 drops it and the dump leaves it out.
# ---------------------------------------------------------------------------------------------
latest_version() { ls "$ROOT"/Schema/[0-9][0-9][0-9]_*.sql | wc -l; }

make_v1() { # current database $1 -> the same data at schema v1 in $2
  rmdb "$2"
  sqlite3 "$1" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
  { cat "$ROOT/Schema/001_graph.sql"; cat <<SQL
PRAGMA journal_mode = WAL;
ATTACH '$1' AS s;
BEGIN;
INSERT INTO node(id) SELECT id FROM s.node;
INSERT INTO node_label(node_id, label) SELECT id, (SELECT name FROM s.label WHERE id = label_id) FROM s.node
  WHERE label_id IS NOT NULL
  UNION ALL SELECT node_id, (SELECT name FROM s.label WHERE id = label_id) FROM s.node_extra_label;
INSERT INTO node_property(node_id, key, value, value_type)
  SELECT id, 'name', name, 'string' FROM s.node WHERE name IS NOT NULL
  UNION ALL SELECT id, 'country', country, 'string' FROM s.node WHERE country IS NOT NULL
  UNION ALL SELECT n.id, j.key, iif(j.type IN ('true', 'false'), j.type = 'true', j.value),
    CASE j.type WHEN 'text' THEN 'string' WHEN 'real' THEN 'float' WHEN 'true' THEN 'boolean' WHEN 'false' THEN 'boolean'
      WHEN 'array' THEN 'list' WHEN 'object' THEN 'map' ELSE j.type END
  FROM s.node n, json_each(n.props) j;
INSERT INTO relationship(id, type, start_id, end_id)
  SELECT id, (SELECT name FROM s.relationship_type WHERE id = type_id), start_id, end_id FROM s.relationship;
INSERT INTO relationship_property(relationship_id, key, value, value_type)
  SELECT id, 'date', date, 'string' FROM s.relationship WHERE date IS NOT NULL
  UNION ALL SELECT r.id, j.key, iif(j.type IN ('true', 'false'), j.type = 'true', j.value),
    CASE j.type WHEN 'text' THEN 'string' WHEN 'real' THEN 'float' WHEN 'true' THEN 'boolean' WHEN 'false' THEN 'boolean'
      WHEN 'array' THEN 'list' WHEN 'object' THEN 'map' ELSE j.type END
  FROM s.relationship r, json_each(r.props) j;
INSERT INTO alias(node_id, surface, key, folded_key) SELECT node_id, surface, folded_key, folded_key FROM s.alias;
INSERT INTO article(id, source, title, outlet, published, url, content_hash, text, node_id, ingested_at)
  SELECT id, source, title, outlet, published, url, content_hash, text, node_id, ingested_at FROM s.article;
INSERT INTO evidence SELECT * FROM s.evidence;
COMMIT;
DETACH s;
ANALYZE;
PRAGMA user_version = 1;
SQL
  } | sqlite3 "$2" >/dev/null
}

make_v3() { make_storage_v2 3 "$1" "$2"; }
make_v4() { make_storage_v2 4 "$1" "$2"; }
make_v5() { make_storage_v2 5 "$1" "$2"; }

make_storage_v2() { # version $1 (3, 4 or 5), current database $2 -> the same data at schema v$1 in $3
  local version=$1
  shift
  rmdb "$2"
  sqlite3 "$1" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
  local relationships="INSERT INTO relationship(id, type, start_id, end_id, date, props)
  SELECT id, (SELECT name FROM s.relationship_type WHERE id = type_id), start_id, end_id, date, props FROM s.relationship;"
  [ "$version" -ge 5 ] && relationships="INSERT INTO relationship_type SELECT * FROM s.relationship_type;
INSERT INTO relationship SELECT * FROM s.relationship;"
  { for file in "$ROOT"/Schema/00[1-$version]_*.sql; do cat "$file"; done; cat <<SQL
PRAGMA journal_mode = WAL;
ATTACH '$1' AS s;
BEGIN;
INSERT INTO node(id, label, name, country, props)
  SELECT id, (SELECT name FROM s.label WHERE id = label_id), name, country, props FROM s.node;
INSERT INTO node_extra_label(node_id, label) SELECT node_id, (SELECT name FROM s.label WHERE id = label_id) FROM s.node_extra_label;
$relationships
INSERT INTO alias(node_id, surface, key, folded_key) SELECT node_id, surface, folded_key, folded_key FROM s.alias;
INSERT INTO article SELECT * FROM s.article;
INSERT INTO evidence SELECT * FROM s.evidence;
COMMIT;
DETACH s;
ANALYZE;
PRAGMA user_version = $version;
SQL
  } | sqlite3 "$2" >/dev/null
}

make_v6() { # current database $1 -> the same data at schema v6 (no endpoint-label summary) in $2
  rmdb "$2"
  sqlite3 "$1" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
  { for file in "$ROOT"/Schema/00[1-6]_*.sql; do cat "$file"; done; cat <<SQL
PRAGMA journal_mode = WAL;
ATTACH '$1' AS s;
BEGIN;
INSERT INTO label SELECT * FROM s.label;
INSERT INTO node SELECT * FROM s.node;
INSERT INTO node_extra_label SELECT * FROM s.node_extra_label;
INSERT INTO relationship_type SELECT * FROM s.relationship_type;
INSERT INTO relationship SELECT * FROM s.relationship;
INSERT INTO alias SELECT * FROM s.alias;
INSERT INTO article SELECT * FROM s.article;
INSERT INTO evidence SELECT * FROM s.evidence;
COMMIT;
DETACH s;
ANALYZE;
PRAGMA user_version = 6;
SQL
  } | sqlite3 "$2" >/dev/null
}

make_v7() { # current database $1 -> the same data at schema v7 (no degree store) in $2
  rmdb "$2"
  sqlite3 "$1" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
  # Schema 007's triggers fill the endpoint-label summary as the relationships are copied.
  { for file in "$ROOT"/Schema/00[1-7]_*.sql; do cat "$file"; done; cat <<SQL
PRAGMA journal_mode = WAL;
ATTACH '$1' AS s;
BEGIN;
INSERT INTO label SELECT * FROM s.label;
INSERT INTO node SELECT * FROM s.node;
INSERT INTO node_extra_label SELECT * FROM s.node_extra_label;
INSERT INTO relationship_type SELECT * FROM s.relationship_type;
INSERT INTO relationship SELECT * FROM s.relationship;
INSERT INTO alias SELECT * FROM s.alias;
INSERT INTO article SELECT * FROM s.article;
INSERT INTO evidence SELECT * FROM s.evidence;
COMMIT;
DETACH s;
ANALYZE;
PRAGMA user_version = 7;
SQL
  } | sqlite3 "$2" >/dev/null
}

run_migrate_tests() { # $1: the old schema version (1, 3, 4, 5, 6 or 7; make_v$1 makes it)
  local from=$1 latest
  latest=$(latest_version)
  echo "== migrate: $KILLS kills of the v$from -> v$latest migration ($MIG_NODES nodes, $MIG_EDGES edges, 40 articles)"
  python3 "$GEN_GRAPH" --nodes "$MIG_NODES" --edges "$MIG_EDGES" --seed 3 --out "$WORK/g3" >/dev/null || fail "gen_graph.py"
  python3 "$ROOT/.ci/reliability/gen_articles.py" --count 40 --out "$WORK/mig-articles" --seed "$SEED" >/dev/null
  local current=$WORK/mig-current.sqlite old=$WORK/mig-v$from.sqlite ref=$WORK/mig-ref.sqlite db=$WORK/mig-work.sqlite
  rmdb "$current"; rmdb "$ref"; rm -f "$ref".backup-v*
  "$BILAT" import --db "$current" --nodes "$WORK/g3/nodes.csv" --edges "$WORK/g3/edges.csv" >/dev/null || fail "import"
  "$BILAT" ingest --quiet --db "$current" "$WORK/mig-articles" >/dev/null 2>&1
  "make_v$from" "$current" "$old"
  [ "$(sqlite3 "$old" "PRAGMA user_version")" = "$from" ] && [ "$(schema "$old")" != "$(schema "$current")" ] \
    || fail "the v$from fixture is not a schema-$from database"
  local oldschema
  oldschema=$(schema "$old")
  local olddump
  olddump=$(dump "$old" | md5sum)
  # A clean migration: the reference export, and its duration (the kill window).
  rmdb "$ref"; cp "$old" "$ref"
  local t0 t1 duration
  t0=$(now)
  "$BILAT" stats --db "$ref" >/dev/null || fail "clean migration"
  t1=$(now)
  duration=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) * 1.2 }')
  [ "$(sqlite3 "$ref" "PRAGMA user_version")" = "$latest" ] || fail "clean migration did not reach v$latest"
  [ "$(sqlite3 "$ref.backup-v$from" "PRAGMA user_version")" = "$from" ] || fail "clean migration left no v$from backup"
  "$BILAT" export json --db "$ref" >"$WORK/mig-ref.json" || fail "export after a clean migration"
  echo "   a clean migration leaves $(sqlite3 "$ref" "PRAGMA freelist_count") free pages of $(sqlite3 "$ref" "PRAGMA page_count")"
  echo "   opening with the migration takes about ${duration}s (x1.2); kills at uniform random moments within it"
  local i intact=0 old_backup=0 old_partial=0 new=0 uncompacted=0
  for i in $(seq 1 "$KILLS"); do
    rmdb "$db"; rm -f "$db".backup-v*
    cp "$old" "$db"
    "$BILAT" stats --db "$db" >/dev/null 2>&1 &
    local pid=$!
    sleep "$(random_delay "$duration")"
    if kill -9 $pid 2>/dev/null; then KILLED=$((KILLED + 1)); else FINISHED=$((FINISHED + 1)); fi
    wait $pid 2>/dev/null
    check_intact "$db" "migrate kill $i" || continue
    local version
    version=$(sqlite3 "$db" "PRAGMA user_version")
    if [ "$(dump "$db" | md5sum)" != "$olddump" ]; then
      fail "migrate kill $i: the data differ from the v$from database's (schema v$version)"; continue
    fi
    if [ "$version" = "$from" ]; then
      if [ "$(schema "$db")" != "$oldschema" ]; then
        fail "migrate kill $i: v$from database with part of a newer schema"; continue
      fi
      intact=$((intact + 1))
    elif [ "$version" = "$latest" ]; then
      if [ "$(schema "$db")" != "$(schema "$ref")" ]; then
        fail "migrate kill $i: v$latest database with another schema than a clean migration's"; continue
      fi
      new=$((new + 1))
      # Killed during the VACUUM after the committed migration: the migrated file, not yet compacted.
      [ "$(sqlite3 "$db" "SELECT (SELECT freelist_count FROM pragma_freelist_count) * 10 > (SELECT page_count FROM pragma_page_count)")" = 1 ] \
        && uncompacted=$((uncompacted + 1))
    else
      fail "migrate kill $i: schema v$version"; continue
    fi
    # A backup under its final name is complete (written as .partial, then renamed).
    [ -f "$db.backup-v$from.partial" ] && old_partial=$((old_partial + 1))
    if [ -f "$db.backup-v$from" ]; then
      [ "$version" = "$from" ] && old_backup=$((old_backup + 1))
      if [ "$(sqlite3 "$db.backup-v$from" "PRAGMA integrity_check")" != ok ] || [ "$(sqlite3 "$db.backup-v$from" "PRAGMA user_version")" != "$from" ] \
        || [ "$(dump "$db.backup-v$from" | md5sum)" != "$olddump" ]; then
        fail "migrate kill $i: the backup is not the whole v$from database"; continue
      fi
    fi
    # The next open finishes the job: the export equals that of a clean migration.
    "$BILAT" export json --db "$db" >"$WORK/mig-out.json" 2>/dev/null
    if cmp -s "$WORK/mig-out.json" "$WORK/mig-ref.json"; then pass; else fail "migrate kill $i: export after reopening differs"; fi
  done
  echo "   after the kills: $intact intact v$from (of which $old_backup with a complete backup, $old_partial killed during the backup), $new complete v$latest (of which $uncompacted killed after the commit, before the VACUUM ended)"
}

[ "$ONLY" = "import" ] || [ "$ONLY" = "migrate" ] || run_ingest_tests
[ "$ONLY" = "ingest" ] || [ "$ONLY" = "migrate" ] || run_import_tests
[ "$ONLY" = "ingest" ] || [ "$ONLY" = "import" ] || { run_migrate_tests 1; run_migrate_tests 3; run_migrate_tests 4; run_migrate_tests 5; run_migrate_tests 6; run_migrate_tests 7; }
echo "kills: $KILLED processes killed mid-run, $FINISHED finished before the kill"
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
