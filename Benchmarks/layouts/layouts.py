#!/usr/bin/env python3
"""Storage-layout experiment for Storage v2 (issue 11; the decision is docs/storage-v2.md).

Builds one SQLite database per candidate layout from the shared workload's CSV files
(../../shared/bench/gen_graph.py), runs every query of the shared set (q01-q11) and of the
everyday set (e01-e08) in that layout's SQL, checks that every layout returns the rows of the
plain reference schema, and prints one markdown table.

    python3 ../../shared/bench/gen_graph.py --scale large --out /tmp/layout-data
    python3 Benchmarks/layouts/layouts.py --data /tmp/layout-data --work /tmp/layout-db

Layouts (names as in the table):
  plain    the shared reference: nodes(id, kind, name, country), edges(src, dst, type, ...),
           its three indexes (../../shared/bench/queries.sql)
  v1       Bilat today: Schema/001+002 as is, the rows GraphImporter writes (a node_label row,
           one node_property row per property with value_type, relationship_property rows),
           the CoveringIndexes value indexes; SQL = Benchmarks/bilat-bench/queries-*.sql
  json     node(id, labels '|A|B|', props JSON), relationship(id, type, start_id, end_id,
           props JSON); expression indexes on json_extract(props, '$.name'|'$.country'|'$.date');
           every key is read the same way (no per-key knowledge in the compiler)
  jsongen  all properties in JSON, a primary label column plus node_extra_label, VIRTUAL
           generated columns holding the string values of the hot keys (name, country, date),
           indexed; same SQL as hybrid
  jsonstored the same with STORED generated columns (real columns kept by SQLite from props)
  hybrid   the hot keys as real columns (strings only; other values of those keys in JSON),
           cold keys in props JSON, primary label column plus node_extra_label

All Bilat layouts keep alias (filled the same way), article, evidence and FTS from Schema/001.
Load: rows prepared in memory first (not timed); timed = one transaction of prepared-statement
inserts, secondary indexes built after the rows, COMMIT, then ANALYZE with analysis_limit 1000
(PlannerStatistics). Queries: one warm-up run, then the median of --runs runs, wall and CPU
(time.process_time) milliseconds, rows fetched; the query connection's page cache is
--cache-kib (64 MiB by default; GraphStore today runs with SQLite's 2 MB default, with which
every layout that reads table rows at random, the plain reference included, is several times slower).
"""
import argparse
import csv
import json
import os
import re
import sqlite3
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
SHARED = os.path.normpath(os.path.join(REPO, "..", "shared", "bench"))

LAYOUTS = ["plain", "v1", "json", "jsongen", "jsonstored", "hybrid"]

# ---------------------------------------------------------------- schema text per layout

def schema_v1_text():
    return "\n".join(open(os.path.join(REPO, "Schema", f)).read()
                     for f in ("001_graph.sql", "002_extractor_version.sql"))


def schema_side_tables():
    """alias, article, evidence, FTS: Schema/001 from the alias table on, unchanged."""
    text = schema_v1_text()
    return text[text.index("-- Every surface form"):]


PLAIN_TABLES = """
CREATE TABLE nodes (id INTEGER PRIMARY KEY, kind TEXT, name TEXT, country TEXT);
CREATE TABLE edges (src INTEGER, dst INTEGER, type TEXT, date TEXT, place INTEGER, about TEXT, title TEXT);
"""
PLAIN_INDEXES = [
    "CREATE INDEX edges_src ON edges(src, type)",
    "CREATE INDEX edges_dst ON edges(dst, type)",
    "CREATE INDEX nodes_name ON nodes(name)",
]


def relationship_table(extra=None):
    """The relationship table of the row layouts: endpoints, type, JSON props, one extra column."""
    return f"""CREATE TABLE relationship (
  id       INTEGER PRIMARY KEY,
  type     TEXT    NOT NULL,
  start_id INTEGER NOT NULL REFERENCES node(id) ON DELETE CASCADE,
  end_id   INTEGER NOT NULL REFERENCES node(id) ON DELETE CASCADE,
  props    TEXT    NOT NULL DEFAULT '{{}}'{',' + chr(10) + '  ' + extra if extra else ''}
);
"""

JSON_TABLES = f"""
CREATE TABLE node (
  id     INTEGER PRIMARY KEY,
  labels TEXT NOT NULL,                 -- every label, sorted, as '|A|B|'
  props  TEXT NOT NULL DEFAULT '{{}}'     -- JSON object; a null property is an absent key
);
{relationship_table()}"""
JSON_INDEXES = [
    "CREATE INDEX node_by_name ON node(json_extract(props, '$.name'), labels)",
    "CREATE INDEX node_by_country ON node(json_extract(props, '$.country'), labels)",
    "CREATE INDEX relationship_out ON relationship(start_id, type, end_id)",
    "CREATE INDEX relationship_in ON relationship(end_id, type, start_id)",
    "CREATE INDEX relationship_by_date ON relationship(type, json_extract(props, '$.date'))",
]


def string_view(key, kind="VIRTUAL"):
    return (f"{key} TEXT GENERATED ALWAYS AS "
            f"(iif(json_type(props, '$.{key}') = 'text', json_extract(props, '$.{key}'), NULL)) {kind}")


EXTRA_LABEL = """
CREATE TABLE node_extra_label (         -- labels beyond node.label (rare)
  node_id INTEGER NOT NULL REFERENCES node(id) ON DELETE CASCADE,
  label   TEXT    NOT NULL,
  PRIMARY KEY (node_id, label)
) WITHOUT ROWID;
"""

def jsongen_tables(kind):
    return f"""
CREATE TABLE node (
  id      INTEGER PRIMARY KEY,
  label   TEXT NOT NULL,
  props   TEXT NOT NULL DEFAULT '{{}}',
  {string_view('name', kind)},
  {string_view('country', kind)}
);
{EXTRA_LABEL}
{relationship_table(string_view('date', kind))}"""

HYBRID_TABLES = f"""
CREATE TABLE node (
  id      INTEGER PRIMARY KEY,
  label   TEXT NOT NULL,                -- the first label; others in node_extra_label
  name    TEXT CHECK (typeof(name) IN ('text', 'null')),       -- string values only;
  country TEXT CHECK (typeof(country) IN ('text', 'null')),    -- others stay in props
  props   TEXT NOT NULL DEFAULT '{{}}'    -- every other property, JSON object
);
{EXTRA_LABEL}
{relationship_table("date TEXT CHECK (typeof(date) IN ('text', 'null'))")}"""
COLUMN_INDEXES = [
    "CREATE INDEX node_by_label ON node(label)",
    "CREATE INDEX node_by_name ON node(name, label)",
    "CREATE INDEX node_by_country ON node(country, label)",
    "CREATE INDEX node_extra_label_by_label ON node_extra_label(label, node_id)",
    "CREATE INDEX relationship_out ON relationship(start_id, type, end_id)",
    "CREATE INDEX relationship_in ON relationship(end_id, type, start_id)",
    "CREATE INDEX relationship_by_date ON relationship(type, date)",
]
ALIAS_INDEXES = [
    "CREATE INDEX alias_by_key ON alias(key, node_id)",
    "CREATE INDEX alias_by_folded_key ON alias(folded_key, node_id)",
]

# ---------------------------------------------------------------- rows

def read_rows(data):
    """The workload as GraphImporter reads it: node ids 1.. in file order, properties
    in key order, empty fields absent, `id` and `place` integers, every other value text."""
    nodes, edges, ids = [], [], {}
    with open(os.path.join(data, "nodes.csv"), newline="") as f:
        r = csv.reader(f)
        header = next(r)
        keys = sorted(k for k in header if k != "kind")
        for i, row in enumerate(r, start=1):
            rec = dict(zip(header, row))
            ids[rec["id"]] = i
            props = {}
            for k in keys:
                v = rec[k]
                if v != "":
                    props[k] = int(v) if k == "id" else v
            nodes.append((i, rec["kind"], props))
    with open(os.path.join(data, "edges.csv"), newline="") as f:
        r = csv.reader(f)
        header = next(r)
        keys = sorted(k for k in header if k not in ("src", "dst", "type"))
        for i, row in enumerate(r, start=1):
            rec = dict(zip(header, row))
            props = {}
            for k in keys:
                v = rec[k]
                if v != "":
                    props[k] = int(v) if k == "place" and v.lstrip("-").isdigit() else v
            edges.append((i, rec["type"], ids[rec["src"]], ids[rec["dst"]], props))
    return nodes, edges


def value_type(v):
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, int):
        return "integer"
    if isinstance(v, float):
        return "float"
    if isinstance(v, list):
        return "list"
    if isinstance(v, dict):
        return "map"
    return "string"


def dumps(props):
    return json.dumps(props, separators=(",", ":"), ensure_ascii=False)


def alias_rows(nodes):
    out = []
    for i, _, p in nodes:
        name = p.get("name")
        if isinstance(name, str):
            key = " ".join(name.lower().split())
            out.append((i, name, key, key))
    return out


NODE_HOT = ("name", "country")
REL_HOT = ("date",)


def split_hot(props, hot):
    """(hot column values, JSON of the rest): a hot key's value is a column only when it is a
    string; any other value of that key stays in JSON."""
    cols, rest = [], dict(props)
    for k in hot:
        v = props.get(k)
        if isinstance(v, str):
            cols.append(v)
            del rest[k]
        else:
            cols.append(None)
    return cols, dumps(rest)


def prepare(layout, nodes, edges):
    """[(insert SQL, rows)] in insert order."""
    if layout == "plain":
        return [
            ("INSERT INTO nodes VALUES (?, ?, ?, ?)",
             [(p["id"], k, p.get("name"), p.get("country")) for _, k, p in nodes]),
            ("INSERT INTO edges VALUES (?, ?, ?, ?, ?, ?, ?)",
             [(nodes[s - 1][2]["id"], nodes[d - 1][2]["id"], t, p.get("date"), p.get("place"),
               p.get("about"), p.get("title")) for _, t, s, d, p in edges]),
        ]
    aliases = ("INSERT INTO alias(node_id, surface, key, folded_key) VALUES (?, ?, ?, ?)", alias_rows(nodes))
    if layout == "v1":
        return [
            ("INSERT INTO node(id) VALUES (?)", [(i,) for i, _, _ in nodes]),
            ("INSERT INTO node_label(node_id, label) VALUES (?, ?)", [(i, k) for i, k, _ in nodes]),
            ("INSERT INTO node_property(node_id, key, value, value_type) VALUES (?, ?, ?, ?)",
             [(i, k, v, value_type(v)) for i, _, p in nodes for k, v in p.items()]),
            aliases,
            ("INSERT INTO relationship(id, type, start_id, end_id) VALUES (?, ?, ?, ?)",
             [(i, t, s, d) for i, t, s, d, _ in edges]),
            ("INSERT INTO relationship_property(relationship_id, key, value, value_type) VALUES (?, ?, ?, ?)",
             [(i, k, v, value_type(v)) for i, _, _, _, p in edges for k, v in p.items()]),
        ]
    if layout == "json":
        return [
            ("INSERT INTO node(id, labels, props) VALUES (?, ?, ?)",
             [(i, f"|{k}|", dumps(p)) for i, k, p in nodes]),
            aliases,
            ("INSERT INTO relationship(id, type, start_id, end_id, props) VALUES (?, ?, ?, ?, ?)",
             [(i, t, s, d, dumps(p)) for i, t, s, d, p in edges]),
        ]
    if layout in ("jsongen", "jsonstored"):
        return [
            ("INSERT INTO node(id, label, props) VALUES (?, ?, ?)", [(i, k, dumps(p)) for i, k, p in nodes]),
            aliases,
            ("INSERT INTO relationship(id, type, start_id, end_id, props) VALUES (?, ?, ?, ?, ?)",
             [(i, t, s, d, dumps(p)) for i, t, s, d, p in edges]),
        ]
    if layout == "hybrid":
        return [
            ("INSERT INTO node(id, label, name, country, props) VALUES (?, ?, ?, ?, ?)",
             [(i, k, *split_hot(p, NODE_HOT)[0], split_hot(p, NODE_HOT)[1]) for i, k, p in nodes]),
            aliases,
            ("INSERT INTO relationship(id, type, start_id, end_id, date, props) VALUES (?, ?, ?, ?, ?, ?)",
             [(i, t, s, d, *split_hot(p, REL_HOT)[0], split_hot(p, REL_HOT)[1]) for i, t, s, d, p in edges]),
        ]
    raise ValueError(layout)


def tables_and_indexes(layout, conn):
    """Creates the tables (and side tables); returns the secondary indexes to build after the load."""
    if layout == "plain":
        conn.executescript(PLAIN_TABLES)
        return PLAIN_INDEXES
    if layout == "v1":
        conn.executescript(schema_v1_text())
        idx = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN "
            "('node_label', 'node_property', 'relationship', 'relationship_property', 'alias') ORDER BY name").fetchall()
        for name, _ in idx:
            conn.execute(f'DROP INDEX "{name}"')
        covering = {  # Sources/BilatStore/CoveringIndexes.swift
            "node_property_by_value": "CREATE INDEX node_property_by_value ON node_property(key, value, value_type, node_id)",
            "relationship_property_by_value":
                "CREATE INDEX relationship_property_by_value ON relationship_property(key, value, value_type, relationship_id)",
        }
        return [covering.get(name, sql) for name, sql in idx]
    tables = {"json": JSON_TABLES, "jsongen": jsongen_tables("VIRTUAL"), "jsonstored": jsongen_tables("STORED"),
              "hybrid": HYBRID_TABLES}[layout]
    side = schema_side_tables()
    for stmt in ALIAS_INDEXES:  # built after the load like the others
        side = side.replace(stmt + ";", "")
    conn.executescript(tables + side)
    return (JSON_INDEXES if layout == "json" else COLUMN_INDEXES) + ALIAS_INDEXES


def build(layout, path, nodes, edges, analysis_limit=1000):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    indexes = tables_and_indexes(layout, conn)
    batches = prepare(layout, nodes, edges)
    w0, c0 = time.perf_counter(), time.process_time()
    conn.execute("PRAGMA cache_size = -262144")
    conn.execute("BEGIN")
    for sql, rows in batches:
        conn.executemany(sql, rows)
    w1 = time.perf_counter()
    conn.execute("PRAGMA cache_size = -2048")  # GraphImporter's index-build setting
    for sql in indexes:
        conn.execute(sql)
    conn.execute("COMMIT")
    w2 = time.perf_counter()
    conn.execute(f"PRAGMA analysis_limit = {analysis_limit}")
    conn.execute("ANALYZE")
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    table_rows = sum(len(r) for _, r in batches)
    return {"wall": wall, "cpu": cpu, "insert": w1 - w0, "index": w2 - w1, "analyze": wall - (w2 - w0),
            "table_rows": table_rows, "size": os.path.getsize(path)}

# ---------------------------------------------------------------- queries

def parse_queries(path):
    out, name, buf = {}, None, []
    for line in open(path):
        m = re.match(r"\s*--\s*@id\s+(\S+)", line)
        if m:
            name, buf = m.group(1), []
            continue
        if name is None or (line.lstrip().startswith("--") and not buf):
            continue
        buf.append(line)
        if line.rstrip().endswith(";"):
            if "+" not in name:
                out[name] = "".join(buf).strip()
            name, buf = None, []
    return out


def expand(template, layout):
    def lab(a, x):
        if layout == "json":
            return f"instr({a}.labels, '|{x}|') > 0"
        return f"({a}.label = '{x}' OR {a}.id IN (SELECT node_id FROM node_extra_label WHERE label = '{x}'))"

    def prop(kind, a, k):
        hot = (NODE_HOT if kind[0] == "N" else REL_HOT)
        j = f"json_extract({a}.props, '$.{k}')"
        if layout == "json" or k not in hot:
            return {"": j, "S": f"json_type({a}.props, '$.{k}') = 'text'", "V": j}[kind[1:]]
        # jsongen and hybrid: the column holds exactly the string values of the key
        return {"": f"{a}.{k}", "S": "1", "V": f"coalesce({a}.{k}, {j})"}[kind[1:]]

    def sub(m):
        op, a, x = m.group(1), m.group(2), m.group(3)
        return lab(a, x) if op == "L" else prop(op, a, x)
    return re.sub(r"\{(L|N|NS|NV|R|RS|RV) (\w+) (\w+)\}", sub, template)


def queries_for(layout):
    if layout == "plain":
        q = parse_queries(os.path.join(SHARED, "queries.sql"))
        q.update(parse_queries(os.path.join(HERE, "queries-plain-everyday.sql")))
        return q
    if layout == "v1":
        q = parse_queries(os.path.join(REPO, "Benchmarks", "bilat-bench", "queries-bilat.sql"))
        q.update(parse_queries(os.path.join(REPO, "Benchmarks", "bilat-bench", "queries-everyday.sql")))
        return q
    return {k: expand(v, layout) for k, v in parse_queries(os.path.join(HERE, "queries-v2.sql")).items()}


def run_query(conn, sql, runs, timeout):
    deadline = [0.0]
    conn.set_progress_handler(lambda: 1 if time.perf_counter() > deadline[0] else 0, 10000)
    walls, cpus, rows = [], [], None
    for i in range(runs + 1):
        deadline[0] = time.perf_counter() + timeout
        w0, c0 = time.perf_counter(), time.process_time()
        try:
            r = conn.execute(sql).fetchall()
        except sqlite3.OperationalError as e:
            if "interrupted" in str(e):
                return None, None, None
            raise
        w, c = time.perf_counter() - w0, time.process_time() - c0
        if i == 0:
            rows = r
        else:
            walls.append(w * 1000)
            cpus.append(c * 1000)
    return statistics.median(walls), statistics.median(cpus), rows


def same(rows, ref):
    if rows is None or ref is None:
        return "?"
    if rows == ref:
        return "yes"
    if sorted(map(repr, rows)) == sorted(map(repr, ref)):
        return "order"
    return "NO"

# ---------------------------------------------------------------- main

def fmt(ms):
    if ms is None:
        return "timeout"
    return f"{ms:.3f}" if ms < 1 else f"{ms:.1f}" if ms < 100 else f"{ms:.0f}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="/tmp/layout-data")
    ap.add_argument("--work", default="/tmp/layout-db")
    ap.add_argument("--layouts", default=",".join(LAYOUTS))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("--cache-kib", type=int, default=65536,
                    help="page cache of the query connection (GraphStore today: SQLite's default, 2000)")
    ap.add_argument("--analysis-limit", type=int, default=1000,
                    help="PRAGMA analysis_limit for the ANALYZE after the load (PlannerStatistics: 1000; 0 = full)")
    ap.add_argument("--only", default="", help="regex on query ids")
    ap.add_argument("--no-build", action="store_true", help="reuse the databases in --work")
    ap.add_argument("--json", default="", help="also write all figures to this JSON file")
    ap.add_argument("--explain", action="store_true", help="print EXPLAIN QUERY PLAN per query")
    args = ap.parse_args()
    layouts = args.layouts.split(",")
    os.makedirs(args.work, exist_ok=True)
    result = {"sqlite": sqlite3.sqlite_version, "load_start": os.getloadavg(), "layouts": {},
              "cache_kib": args.cache_kib, "runs": args.runs}
    nodes = edges = None
    if not args.no_build:
        nodes, edges = read_rows(args.data)
    for layout in layouts:
        path = os.path.join(args.work, layout + ".db")
        entry = {"loadavg_before": os.getloadavg()}
        if not args.no_build:
            entry["load"] = build(layout, path, nodes, edges, args.analysis_limit)
            entry["load"]["rows"] = len(nodes) + len(edges)
            print(f"# built {layout}: {entry['load']}", file=sys.stderr)
        entry["size"] = os.path.getsize(path)
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA query_only = 1")
        conn.execute(f"PRAGMA cache_size = -{args.cache_kib}")
        entry["queries"] = {}
        for qid, sql in queries_for(layout).items():
            if args.only and not re.search(args.only, qid):
                continue
            if args.explain:
                plan = conn.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
                print(f"## {layout} {qid}\n" + "\n".join(f"  {r[3]}" for r in plan), file=sys.stderr)
            wall, cpu, rows = run_query(conn, sql, args.runs, args.timeout)
            entry["queries"][qid] = {"wall": wall, "cpu": cpu, "rows": rows}
            print(f"# {layout} {qid}: {fmt(wall)} ms wall, {fmt(cpu)} ms cpu, load {os.getloadavg()[0]:.2f}",
                  file=sys.stderr)
        conn.close()
        entry["loadavg_after"] = os.getloadavg()
        result["layouts"][layout] = entry
    if nodes is not None:
        del nodes, edges
    result["load_end"] = os.getloadavg()
    report(result, layouts)
    if args.json:
        for e in result["layouts"].values():
            for q in e["queries"].values():
                q["rows"] = len(q["rows"]) if q["rows"] is not None else None
        json.dump(result, open(args.json, "w"), indent=1, default=str)


def report(result, layouts):
    L = result["layouts"]
    ref = "plain" if "plain" in L else layouts[0]
    print(f"SQLite {result['sqlite']}; query page cache {result['cache_kib']} KiB; median of {result['runs']} runs"
          f" after a warm-up; load average at start {' '.join(f'{x:.2f}' for x in result['load_start'])},"
          f" at end {' '.join(f'{x:.2f}' for x in result['load_end'])}\n")
    print("| | " + " | ".join(layouts) + " |")
    print("|---|" + "---:|" * len(layouts))
    if all("load" in L[l] for l in layouts):
        print("| load, rows/s (wall) | " + " | ".join(
            f"{L[l]['load']['rows'] / L[l]['load']['wall'] / 1000:.0f}k" for l in layouts) + " |")
        print("| load, rows/CPU-s | " + " | ".join(
            f"{L[l]['load']['rows'] / L[l]['load']['cpu'] / 1000:.0f}k" for l in layouts) + " |")
        print("| load s: insert / index / analyze | " + " | ".join(
            f"{L[l]['load']['insert']:.1f} / {L[l]['load']['index']:.1f} / {L[l]['load']['analyze']:.2f}"
            for l in layouts) + " |")
        print("| table rows written | " + " | ".join(f"{L[l]['load']['table_rows'] / 1e6:.2f}M" for l in layouts) + " |")
    print("| file size, MB | " + " | ".join(f"{L[l]['size'] / 1e6:.0f}" for l in layouts) + " |")
    qids = list(L[ref]["queries"].keys())
    for qid in qids:
        base = L[ref]["queries"][qid]
        cells = []
        for l in layouts:
            q = L[l]["queries"].get(qid)
            if q is None:
                cells.append("")
                continue
            cell = fmt(q["wall"])
            if l != ref and q["wall"] and base["wall"]:
                cell += f" ({q['wall'] / base['wall']:.2f}×)"
            s = same(q["rows"], base["rows"]) if l != ref else ""
            if s not in ("", "yes"):
                cell += f" **rows: {s}**"
            cells.append(cell)
        print(f"| {qid} ms | " + " | ".join(cells) + " |")
    print("\nCPU ms (median):\n")
    print("| | " + " | ".join(layouts) + " |")
    print("|---|" + "---:|" * len(layouts))
    for qid in qids:
        print(f"| {qid} | " + " | ".join(fmt(L[l]["queries"].get(qid, {}).get("cpu")) for l in layouts) + " |")
    bad = [(l, q) for l in layouts for q in qids if l != ref and same(L[l]["queries"].get(q, {}).get("rows"),
                                                                       L[ref]["queries"][q]["rows"]) != "yes"]
    print("\nRows equal to " + ref + " on every query and layout." if not bad else f"\nRows differ: {bad}")


if __name__ == "__main__":
    main()
