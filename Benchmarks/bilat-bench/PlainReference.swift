import Foundation
import GRDBSQLite

/// The plain-schema SQLite reference of `../shared/bench/queries.sql`: the workload's CSV files
/// as two tables, `nodes(id INTEGER PRIMARY KEY, kind, name, country)` and
/// `edges(src, dst, type, date, place, about, title)`, with the three indexes that file names
/// (`edges(src, type)`, `edges(dst, type)`, `nodes(name)`) and `ANALYZE`.
///
/// ``load(_:path:)`` is the import reference: the rows (``PlainRows``, parsed beforehand, not
/// timed) inserted through the C API with one prepared statement per table in one transaction,
/// indexes built after the load, then `ANALYZE`, then `COMMIT`; timed from `BEGIN` to the end of
/// `COMMIT`. Same connection settings as Bilat's importer (WAL, `synchronous = NORMAL`, the
/// importer's page cache). Empty CSV fields are NULL; ids, `src`, `dst` and `place` integers.
enum PlainReference {
  static let schema = [
    "CREATE TABLE nodes(id INTEGER PRIMARY KEY, kind TEXT, name TEXT, country TEXT)",
    "CREATE TABLE edges(src INTEGER, dst INTEGER, type TEXT, date TEXT, place INTEGER, about TEXT, title TEXT)",
  ]
  static let indexes = [
    "CREATE INDEX edges_src_type ON edges(src, type)",
    "CREATE INDEX edges_dst_type ON edges(dst, type)",
    "CREATE INDEX nodes_name ON nodes(name)",
  ]

  static func load(_ rows: PlainRows, path: String) throws -> ReferenceLoad.Result {
    let db = try PlainConnection(path: path, readOnly: false)
    try db.exec("PRAGMA journal_mode = WAL")
    try db.exec("PRAGMA synchronous = NORMAL")
    try db.exec("PRAGMA cache_size = \(ReferenceLoad.cacheSize)")
    var clock = PhaseClock()
    try db.exec("BEGIN")
    for sql in schema { try db.exec(sql) }
    let node = try Prepared(db.handle, "INSERT INTO nodes(id, kind, name, country) VALUES (?, ?, ?, ?)")
    let edge = try Prepared(
      db.handle, "INSERT INTO edges(src, dst, type, date, place, about, title) VALUES (?, ?, ?, ?, ?, ?, ?)")
    try rows.arena.withUnsafeBufferPointer { arena in
      guard let base = arena.baseAddress else { throw BenchError("no rows") }
      func bind(_ s: Prepared, _ i: Int32, _ t: ReferenceRows.Text?) {
        guard let t else {
          sqlite3_bind_null(s.handle, i)
          return
        }
        sqlite3_bind_text(
          s.handle, i, UnsafeRawPointer(base + t.offset).assumingMemoryBound(to: CChar.self), Int32(t.count), nil)
      }
      for n in rows.nodes {
        sqlite3_bind_int64(node.handle, 1, n.id)
        bind(node, 2, n.kind)
        bind(node, 3, n.name)
        bind(node, 4, n.country)
        try node.step()
      }
      clock.mark("nodes")
      for e in rows.edges {
        sqlite3_bind_int64(edge.handle, 1, e.src)
        sqlite3_bind_int64(edge.handle, 2, e.dst)
        bind(edge, 3, e.type)
        bind(edge, 4, e.date)
        if let place = e.place { sqlite3_bind_int64(edge.handle, 5, place) } else { sqlite3_bind_null(edge.handle, 5) }
        bind(edge, 6, e.about)
        bind(edge, 7, e.title)
        try edge.step()
      }
      clock.mark("edges")
    }
    try db.exec("PRAGMA cache_size = \(ReferenceLoad.indexBuildCacheSize)")
    for sql in indexes { try db.exec(sql) }
    clock.mark("indexes")
    try db.exec("ANALYZE")
    clock.mark("analyze")
    try db.exec("COMMIT")
    clock.mark("commit")
    return ReferenceLoad.Result(seconds: clock.total, phases: clock.phases)
  }
}

/// The workload's CSV rows, typed for ``PlainReference``, text kept in one arena.
struct PlainRows {
  struct Node { var id: Int64; var kind, name, country: ReferenceRows.Text? }
  struct Edge {
    var src, dst: Int64
    var type, date: ReferenceRows.Text?
    var place: Int64?
    var about, title: ReferenceRows.Text?
  }
  var arena: [UInt8] = []
  var nodes: [Node] = []
  var edges: [Edge] = []
  var rowCount: Int { nodes.count + edges.count }

  init(nodesCSV: String, edgesCSV: String) throws {
    func text(_ value: String) -> ReferenceRows.Text? {
      guard !value.isEmpty else { return nil }
      let text = ReferenceRows.Text(offset: arena.count, count: value.utf8.count)
      arena.append(contentsOf: value.utf8)
      return text
    }
    func columns(_ header: [String], _ names: [String], _ file: String) throws -> [Int] {
      try names.map { name in
        guard let i = header.firstIndex(of: name) else { throw BenchError("\(file) lacks \(name)") }
        return i
      }
    }
    let nodeRecords = try SimpleCSV.records(path: nodesCSV)
    let n = try columns(nodeRecords.first ?? [], ["id", "kind", "name", "country"], nodesCSV)
    for f in nodeRecords.dropFirst() {
      guard let id = Int64(f[n[0]]) else { throw BenchError("\(nodesCSV): id \(f[n[0]]) is not an integer") }
      nodes.append(Node(id: id, kind: text(f[n[1]]), name: text(f[n[2]]), country: text(f[n[3]])))
    }
    let edgeRecords = try SimpleCSV.records(path: edgesCSV)
    let e = try columns(
      edgeRecords.first ?? [], ["src", "dst", "type", "date", "place", "about", "title"], edgesCSV)
    for f in edgeRecords.dropFirst() {
      guard let src = Int64(f[e[0]]), let dst = Int64(f[e[1]]) else { throw BenchError("\(edgesCSV): bad endpoint") }
      edges.append(
        Edge(
          src: src, dst: dst, type: text(f[e[2]]), date: text(f[e[3]]), place: Int64(f[e[4]]),
          about: text(f[e[5]]), title: text(f[e[6]])))
    }
  }
}
