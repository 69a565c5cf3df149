#!/usr/bin/env python3
"""Kuzu 0.11.3 on the shared workload, for bilat-bench (run through run_kuzu.sh).

Loads DATA/nodes.csv and DATA/edges.csv (from ../shared/bench/gen_graph.py) into a fresh Kuzu
database and runs the queries of one or more query files (`// @id NAME` before each query line,
`// @kuzu TEXT` for Kuzu's dialect, `// @kuzu-alt TEXT` for an extra Kuzu-only row `NAME+kuzu_alt`),
one untimed warm-up then at least --runs timed runs and up to --budget seconds per query.
Prints one JSON object on standard output (see `main`); progress goes to standard error.

Schema (Kuzu needs typed tables): one node table per `kind` (id INT64 primary key, name, country
STRING); one relationship table per `type`, with one FROM/TO pair per (source kind, target kind)
pair that occurs in the file, and the edge columns date, about, title STRING, place INT64. The
CSV files are first split per node table and per relationship pair (timed separately, reported as
`split_seconds`); the load (`load_seconds`) is creating the tables plus the COPY statements.
Empty CSV fields are NULL in Kuzu, as they are missing properties in Bilat.
"""
import argparse
import csv
import json
import os
import shutil
import statistics
import sys
import tempfile
import time

import kuzu


def log(message):
    print(f"[run_kuzu] {message}", file=sys.stderr, flush=True)


def parse_queries(path):
    """[(id, text)] of a query file, Kuzu's dialect where given, plus the `+kuzu_alt` rows."""
    queries = []
    current = None
    kuzu_text = None
    alt = None
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if line.startswith("//"):
                body = line[2:].strip()
                if body.startswith("@id "):
                    current, kuzu_text, alt = body[4:].strip(), None, None
                elif body.startswith("@kuzu-alt ") and current:
                    alt = body[len("@kuzu-alt "):].strip()
                elif body.startswith("@kuzu ") and current:
                    kuzu_text = body[len("@kuzu "):].strip()
                continue
            if current and line:
                queries.append((current, kuzu_text or line))
                if alt:
                    queries.append((current + "+kuzu_alt", alt))
                current = None
    return queries


class Splitter:
    """CSV writers opened on first use, one per key, all with the same header."""

    def __init__(self, work, prefix, header):
        self.work, self.prefix, self.header = work, prefix, header
        self.files, self.writers, self.rows = {}, {}, 0

    def write(self, key, row):
        if key not in self.writers:
            name = "_".join(key) if isinstance(key, tuple) else key
            path = os.path.join(self.work, f"{self.prefix}_{name}.csv")
            handle = open(path, "w", newline="", encoding="utf-8")
            self.files[key] = (path, handle)
            self.writers[key] = csv.writer(handle)
            self.writers[key].writerow(self.header)
        self.writers[key].writerow(row)
        self.rows += 1

    def close(self):
        for _, handle in self.files.values():
            handle.close()
        return {key: path for key, (path, _) in self.files.items()}


def split_files(data, work):
    """Writes one CSV per node kind and per (type, source kind, target kind); returns the plan."""
    kinds = {}
    nodes = Splitter(work, "node", ["id", "name", "country"])
    with open(os.path.join(data, "nodes.csv"), newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            kinds[row["id"]] = row["kind"]
            nodes.write(row["kind"], [row["id"], row["name"], row["country"]])
    columns = ["date", "place", "about", "title"]
    edges = Splitter(work, "rel", ["src", "dst"] + columns)
    with open(os.path.join(data, "edges.csv"), newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            key = (row["type"], kinds[row["src"]], kinds[row["dst"]])
            edges.write(key, [row["src"], row["dst"]] + [row[c] for c in columns])
    return nodes.close(), edges.close(), nodes.rows, edges.rows


def load(conn, node_files, rel_files):
    for kind in sorted(node_files):
        conn.execute(f"CREATE NODE TABLE {kind}(id INT64, name STRING, country STRING, PRIMARY KEY (id))")
    types = sorted({key[0] for key in rel_files})
    for rel_type in types:
        pairs = ", ".join(f"FROM {a} TO {b}" for (t, a, b) in sorted(rel_files) if t == rel_type)
        conn.execute(
            f"CREATE REL TABLE {rel_type}({pairs}, date STRING, place INT64, about STRING, title STRING)")
    for kind in sorted(node_files):
        conn.execute(f"COPY {kind} FROM '{node_files[kind]}' (header=true)")
    for key in sorted(rel_files):
        rel_type, a, b = key
        multi = sum(1 for k in rel_files if k[0] == rel_type) > 1
        options = f"header=true, from='{a}', to='{b}'" if multi else "header=true"
        conn.execute(f"COPY {rel_type} FROM '{rel_files[key]}' ({options})")


def canonical(value):
    """A value rendered as bilat-bench renders Bilat's and SQLite's."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value == round(value) and abs(value) < 1e15 else repr(value)
    return str(value)


def fetch(conn, text):
    result = conn.execute(text)
    rows = []
    while result.has_next():
        rows.append([canonical(v) for v in result.get_next()])
    result.close()
    return rows


def measure(conn, text, runs, budget):
    start = time.perf_counter()
    rows = fetch(conn, text)
    warmup = time.perf_counter() - start
    runs = min(runs, 3) if warmup > budget else runs
    samples = []
    begun = time.perf_counter()
    while len(samples) < 500 and (len(samples) < runs or time.perf_counter() - begun < budget):
        start = time.perf_counter()
        rows = fetch(conn, text)
        samples.append(time.perf_counter() - start)
    return rows, samples


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", help="folder with nodes.csv and edges.csv")
    parser.add_argument("queries", nargs="*", help="query files (// @id NAME lines)")
    parser.add_argument("--runs", type=int, default=7, help="timed runs at least (after one warm-up)")
    parser.add_argument("--budget", type=float, default=3.0, help="seconds of timed runs per query, at most")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds before a query is interrupted")
    parser.add_argument("--threads", type=int, default=0, help="Kuzu threads per query (0: Kuzu's default)")
    parser.add_argument("--only", default="", help="comma-separated id prefixes of the queries to run")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="bilat-kuzu-")
    try:
        start = time.perf_counter()
        node_files, rel_files, node_rows, rel_rows = split_files(args.data, work)
        split_seconds = time.perf_counter() - start
        database = kuzu.Database(os.path.join(work, "graph.kuzu"))
        conn = kuzu.Connection(database)
        if args.threads > 0:
            conn.set_max_threads_for_exec(args.threads)
        log(f"loading {node_rows} nodes, {rel_rows} relationships")
        start = time.perf_counter()
        load(conn, node_files, rel_files)
        load_seconds = time.perf_counter() - start
        conn.set_query_timeout(int(args.timeout * 1000))
        only = [p for p in args.only.split(",") if p]
        queries = []
        for path in args.queries:
            for query_id, text in parse_queries(path):
                base = query_id.split("+")[0]
                if not only or any(base.startswith(p) for p in only):
                    queries.append((query_id, text))
        results = []
        for query_id, text in queries:
            log(f"query {query_id}")
            entry = {"id": query_id, "query": text}
            try:
                rows, samples = measure(conn, text, args.runs, args.budget)
                entry.update(rows=rows, seconds=samples, median=statistics.median(samples))
            except Exception as error:  # a timeout or an unsupported query: reported, not fatal
                message = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
                entry["error"] = "timeout (%g s)" % args.timeout if "interrupt" in message.lower() else message
            results.append(entry)
        print(json.dumps({
            "kuzu": kuzu.__version__,
            "threads": args.threads or "Kuzu's default",
            "nodes": node_rows, "relationships": rel_rows,
            "split_seconds": split_seconds, "load_seconds": load_seconds,
            "schema": {"node_tables": sorted(node_files), "rel_tables": ["%s(%s->%s)" % k for k in sorted(rel_files)]},
            "queries": results,
        }))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
