import BilatCore
import BilatStore
import Foundation
import GRDB
import Testing

/// The shared benchmark graph (gen_graph.py), loaded both into a Bilat store and into the
/// plain two-table schema the reference SQL (shared/bench/queries.sql) is written for.
struct BenchGraph {
  let store: GraphStore
  let reference: DatabaseQueue

  static let sharedBench = TCKTests.packageRoot.appending(path: "../shared/bench").standardized

  /// Whether `../shared/bench` (its generator and queries) and python3 are present; suites that
  /// need them are disabled otherwise, and say so.
  static var available: Bool {
    FileManager.default.fileExists(atPath: sharedBench.appending(path: "gen_graph.py").path)
      && FileManager.default.fileExists(atPath: "/usr/bin/python3")
  }

  /// The reason shown when `available` is false.
  static let unavailableReason: Comment = "needs ../shared/bench beside the checkout and /usr/bin/python3"

  /// Generates a small graph with gen_graph.py; throws when the generator fails.
  static func generate(nodes: Int, edges: Int) throws -> BenchGraph {
    let script = sharedBench.appending(path: "gen_graph.py")
    let out = FileManager.default.temporaryDirectory.appending(path: "bilat-bench-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: out) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    process.arguments = [script.path, "--nodes", "\(nodes)", "--edges", "\(edges)", "--out", out.path]
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw CocoaError(
        .fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "gen_graph.py exited with \(process.terminationStatus)"]
      )
    }
    func lines(_ name: String) throws -> [[String: Any]] {
      try String(contentsOf: out.appending(path: name), encoding: .utf8).split(separator: "\n").compactMap {
        try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
      }
    }
    let nodeRows = try lines("nodes.jsonl")
    let edgeRows = try lines("edges.jsonl")
    let store = try GraphStore()
    try store.write { graph in
      var ids: [Int: Int64] = [:]
      for row in nodeRows {
        guard let id = row["id"] as? Int, let kind = row["kind"] as? String else { continue }
        var properties: [String: PropertyValue] = ["id": .int(Int64(id))]
        for key in ["name", "country"] { if let s = row[key] as? String { properties[key] = .string(s) } }
        ids[id] = try graph.createNode(labels: [kind], properties: properties)
      }
      for row in edgeRows {
        guard let src = row["src"] as? Int, let dst = row["dst"] as? Int, let type = row["type"] as? String,
          let from = ids[src], let to = ids[dst]
        else { continue }
        var properties: [String: PropertyValue] = [:]
        for key in ["date", "about", "title"] { if let s = row[key] as? String { properties[key] = .string(s) } }
        if let place = row["place"] as? Int { properties["place"] = .int(Int64(place)) }
        try graph.createRelationship(type: type, from: from, to: to, properties: properties)
      }
    }
    let reference = try DatabaseQueue()
    try reference.write { db in
      try db.execute(
        sql: """
          CREATE TABLE nodes(id INTEGER PRIMARY KEY, kind TEXT, name TEXT, country TEXT);
          CREATE TABLE edges(src INTEGER, dst INTEGER, type TEXT, date TEXT, place INTEGER, about TEXT, title TEXT);
          """)
      for row in nodeRows {
        try db.execute(
          sql: "INSERT INTO nodes VALUES (?, ?, ?, ?)",
          arguments: [row["id"] as? Int, row["kind"] as? String, row["name"] as? String, row["country"] as? String])
      }
      for row in edgeRows {
        try db.execute(
          sql: "INSERT INTO edges VALUES (?, ?, ?, ?, ?, ?, ?)",
          arguments: [
            row["src"] as? Int, row["dst"] as? Int, row["type"] as? String, row["date"] as? String,
            row["place"] as? Int, row["about"] as? String, row["title"] as? String,
          ])
      }
      try db.execute(
        sql: """
          CREATE INDEX edges_src ON edges(src, type); CREATE INDEX edges_dst ON edges(dst, type);
          CREATE INDEX nodes_name ON nodes(name); ANALYZE;
          """)
    }
    return BenchGraph(store: store, reference: reference)
  }

  /// `// @id NAME` followed by a query line (Cypher) or statement up to `;` (SQL).
  static func queries(_ file: String, sql: Bool) throws -> [(id: String, text: String)] {
    let text = try String(contentsOf: sharedBench.appending(path: file), encoding: .utf8)
    var result: [(String, String)] = []
    var id: String?
    var buffer = ""
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.hasPrefix("// @id ") || trimmed.hasPrefix("-- @id ") {
        id = String(trimmed.dropFirst(7))
        buffer = ""
        continue
      }
      guard let current = id, !trimmed.hasPrefix("//"), !trimmed.hasPrefix("--"), !trimmed.isEmpty else { continue }
      if !sql {
        result.append((current, trimmed))
        id = nil
        continue
      }
      buffer += line + "\n"
      if trimmed.hasSuffix(";") {
        result.append((current, buffer))
        id = nil
      }
    }
    return result
  }
}
