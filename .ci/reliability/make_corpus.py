#!/usr/bin/env python3
"""(Re)writes the fuzz seed corpora in Tests/BilatReliabilityTests/Fixtures/.

    make_corpus.py [--tck /work/shared/tck] [--bench /work/shared/bench]

corpus-query/: every query of the openCypher TCK scenarios ("When executing query:" blocks,
Apache 2.0, see the TCK's LICENSE), the shared benchmark queries, and hand-written hostile ones
(injections, deep nesting, variable-length patterns). corpus-extract/: the first 8000 bytes of
each dev brief, plus small odd inputs (front matter only, CRLF, BOM, control bytes).
Seeds are named by content hash, so rerunning adds nothing twice.
"""
import argparse
import hashlib
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
FIXTURES = os.path.join(ROOT, "Tests", "BilatReliabilityTests", "Fixtures")

HOSTILE_QUERIES = [
    "MATCH (n:`Per'son`) RETURN n",
    "MATCH (n) WHERE n.name = '\\'; DROP TABLE node; --' RETURN n",
    "MATCH (n) WHERE n.name = $name RETURN n.name",
    "MATCH (n)-[r:`MET_WITH'); --`]->(m) RETURN m.`x``y`",
    "MATCH p = (a)-[*1..1000]-(b) RETURN count(p)",
    "MATCH (a)-[*]->(b) RETURN a, b",
    "MATCH (a), (b), (c) RETURN count(*)",
    "RETURN ((((((((((((((((1))))))))))))))))",
    "RETURN [[[[[[[[[[[[1]]]]]]]]]]]]",
    "RETURN NOT NOT NOT NOT NOT true",
    "UNWIND range(1, 100) AS x WITH x WHERE x % 2 = 0 RETURN collect(x)",
    "MATCH (p:Person {name: 'Alikhan Smailov'})-[m:MET_WITH]-(o) RETURN o.name, m.date ORDER BY m.date DESC LIMIT 5",
    "MATCH (a:Person)-[:CITIZEN_OF]->(c:Country) WITH c, count(a) AS n RETURN c.name, n ORDER BY n DESC",
    "MATCH (n) RETURN labels(n), keys(n), properties(n), id(n)",
    "MATCH ()-[r]->() RETURN type(r), startNode(r), endNode(r)",
    "MATCH p = shortestPath((a:Person)-[*..6]-(b:Person)) RETURN length(p), nodes(p), relationships(p)",
    "OPTIONAL MATCH (n:Nothing) RETURN n",
    "MATCH (n) WHERE n.name =~ '(?i)ding.*' RETURN n.name",
    "MATCH (n) WHERE n.name STARTS WITH '%' OR n.name CONTAINS '_' OR n.name ENDS WITH '\\\\' RETURN n",
    "RETURN reduce(s = 0, x IN range(1, 10) | s + x), [x IN range(1, 5) WHERE x > 2 | x * x]",
    "RETURN {a: 1, `b c`: [1, 2.5, 'x', null, true]}.a",
    "RETURN 9223372036854775807 + 1",
    "RETURN -9223372036854775808 / -1",
    "RETURN 1e308 * 10, 0.0 / 0.0, 1 / 0",
    "RETURN substring('Kazakhstan', 3, 1000000), left('x', -1), split('a,b', '')",
    "EXPLAIN MATCH (n:Person)-[:MET_WITH]-(m) RETURN count(*)",
    "MATCH (n) RETURN n SKIP 1 LIMIT 1",
    "MATCH (n) RETURN DISTINCT n.name AS name ORDER BY name SKIP $n LIMIT $n",
    "WITH 1 AS x UNION ALL WITH 2 AS x RETURN x",
    "MATCH (n) RETURN n UNION MATCH (m) RETURN m AS n",
    "CREATE (n:Evil {name: 'x'}) RETURN n",
    "MATCH (n) DETACH DELETE n",
    "RETURN '\u202e\u0000\ufeff'",
    "MATCH (n {name: 'Ding Xuexiang'})-[:MET_WITH*2..3]->(m) RETURN DISTINCT m.name",
    "MATCH (n) WHERE exists(n.born) AND n.born > 1900 RETURN n.born",
    "MATCH (n) WHERE n.topics[0] = 'trade' RETURN size(n.topics)",
    "MATCH (n)-[r]-(n) RETURN count(r)",
    "MATCH (a)-[r1]->(b)<-[r2]-(c) WHERE r1 <> r2 RETURN a, c",
    "RETURN evidence(1)",
]

ODD_ARTICLES = [
    b"---\ntitle: Only front matter\ndate: 2023-11-27\n---\n",
    b"Astana, 27 November 2023\r\n\r\nKazakh Prime Minister Alikhan Smailov met Ding Xuexiang in Astana.\r\n",
    b"\xef\xbb\xbfTokayev met Xi Jinping in Beijing on 2 September 2019.\n",
    b"Title\n\n\x01\x02\x03 Smailov met Ding.\n",
    b"Kazakhstan and China signed an agreement. He said she said they said. The parties agreed.\n",
    b"---\ntitle: 'x'\ndate: not a date\n---\nBody with $24.2 billion (+35%) and a $40 billion goal since 10 November.\n",
    b"Mr. Smailov met Mr. Ding. Dr. Li met Prof. Wang... U.S. officials met E.U. officials.\n",
    b"\xd0\x9d\xd1\x83\xd1\x80-\xd0\xa1\xd1\x83\xd0\xbb\xd1\x82\xd0\xb0\xd0\xbd \xe2\x80\x94 Astana \xe2\x80\x93 Khorgos \xe2\x80\x9cquoted\xe2\x80\x9d.\n",
]


def write(folder, data):
    os.makedirs(folder, exist_ok=True)
    name = hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tck", default="/work/shared/tck")
    parser.add_argument("--bench", default="/work/shared/bench")
    args = parser.parse_args()
    query_dir = os.path.join(FIXTURES, "corpus-query")
    count = 0
    for dirpath, _, files in os.walk(os.path.join(args.tck, "features")):
        for name in sorted(files):
            if not name.endswith(".feature"):
                continue
            text = open(os.path.join(dirpath, name), encoding="utf-8").read()
            for block in re.findall(r'When executing query:\s*\n\s*"""\n(.*?)\n\s*"""', text, re.S):
                query = "\n".join(line.strip() for line in block.splitlines())
                write(query_dir, query.encode("utf-8"))
                count += 1
    bench = os.path.join(args.bench, "queries.cypher")
    if os.path.exists(bench):
        text = open(bench, encoding="utf-8").read()
        for chunk in re.split(r"^// @id .*$", text, flags=re.M)[1:]:
            query = "\n".join(l for l in chunk.strip().splitlines() if not l.startswith("//")).strip()
            if query:
                write(query_dir, query.encode("utf-8"))
                count += 1
    for query in HOSTILE_QUERIES:
        write(query_dir, query.encode("utf-8"))
        count += 1
    extract_dir = os.path.join(FIXTURES, "corpus-extract")
    briefs = os.path.join(ROOT, "Data", "articles", "dev")
    n = 0
    for name in sorted(os.listdir(briefs)):
        if name.endswith(".txt"):
            write(extract_dir, open(os.path.join(briefs, name), "rb").read()[:8000])
            n += 1
    for data in ODD_ARTICLES:
        write(extract_dir, data)
        n += 1
    print(f"corpus-query: {count} seeds written ({len(os.listdir(query_dir))} files); corpus-extract: {n}")


if __name__ == "__main__":
    main()
