import BilatCore
import BilatQuery
import BilatStore
import Foundation
import GRDB
import Synchronization
import Testing

/// Nothing in a query string, parameter, label, relationship type or property key changes the
/// SQL's structure: every SQL statement the engine runs is traced, and none contains a marker
/// hidden in the hostile input. Hostile names stay data: a node whose label, key and name are
/// the payload is found by exactly that payload.
@Suite struct HostileQueryTests {
  static let marker = "zq9x"

  static let payloads: [String] = [
    "'; DROP TABLE node; --zq9x",
    "zq9x\"); DELETE FROM node; --",
    "zq9x` OR 1=1 --",
    "zq9x]; ATTACH DATABASE '/tmp/bilat-evil.sqlite' AS evil; --",
    "zq9x\u{0}'; DROP TABLE node",
    "zq9x\u{FF07}; DROP TABLE node; --",
    "zq9x\u{2028}\u{202E}'; PRAGMA writable_schema = 1; --",
    "zq9x\\'; DROP TABLE relationship; --",
    "zq9x' || (SELECT group_concat(sql) FROM sqlite_master) || '",
    "zq9x\"\"; VACUUM INTO '/tmp/bilat-evil.sqlite'; --",
    "zq9x%_*?[a-z]",
    "Z\u{0301}Q9X zq9x \u{1F1F0}\u{1F1FF} \u{200B}",
  ]

  /// A graph holding, for each payload, a node labelled, keyed and named with it and a
  /// relationship of that type; plus one plain node.
  static func hostileGraph() throws -> GraphStore {
    let store = try GraphStore()
    try store.write { g in
      let plain = try g.createNode(labels: ["Country"], properties: ["name": "Kazakhstan"])
      for payload in payloads {
        let node = try g.createNode(labels: [payload], properties: ["name": .string(payload), payload: "v"])
        try g.createRelationship(type: payload, from: node, to: plain, properties: [payload: "v"])
      }
    }
    return store
  }

  /// Backticked identifier: backticks doubled.
  static func ident(_ s: String) -> String { "`" + s.replacingOccurrences(of: "`", with: "``") + "`" }
  /// Single-quoted string literal: backslashes and quotes escaped.
  static func literal(_ s: String) -> String {
    "'" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
  }

  /// A query with the payload in one position, the parameters it needs, and the count it must return.
  struct Probe: Sendable {
    var position: String
    var query: String
    var parameters: [String: CypherValue] = [:]
    var expected: Int64?
  }

  static func probes(_ p: String) -> [Probe] {
    [
      Probe(position: "label", query: "MATCH (n:\(ident(p))) RETURN count(n)", expected: 1),
      Probe(position: "relationship type", query: "MATCH ()-[r:\(ident(p))]->() RETURN count(r)", expected: 1),
      Probe(position: "property key", query: "MATCH (n) WHERE n.\(ident(p)) = 'v' RETURN count(n)", expected: 1),
      Probe(position: "key in a pattern map", query: "MATCH (n {\(ident(p)): 'v'}) RETURN count(n)", expected: 1),
      Probe(position: "relationship key", query: "MATCH ()-[r {\(ident(p)): 'v'}]->() RETURN count(r)", expected: 1),
      Probe(position: "string literal", query: "MATCH (n) WHERE n.name = \(literal(p)) RETURN count(n)", expected: 1),
      Probe(
        position: "STARTS WITH", query: "MATCH (n) WHERE n.name STARTS WITH \(literal(p)) RETURN count(n)", expected: 1),
      Probe(position: "CONTAINS", query: "MATCH (n) WHERE n.name CONTAINS \(literal(p)) RETURN count(n)", expected: 1),
      Probe(
        position: "parameter value", query: "MATCH (n) WHERE n.name = $p RETURN count(n)",
        parameters: ["p": .string(p)], expected: 1),
      Probe(
        position: "parameter list", query: "MATCH (n) WHERE n.name IN $list RETURN count(n)",
        parameters: ["list": .list([.string(p), .string(p + "x")])], expected: 1),
      Probe(
        position: "parameter name", query: "MATCH (n) WHERE n.name = $\(ident(p)) RETURN count(n)",
        parameters: [p: .string(p)], expected: 1),
      Probe(
        position: "variable", query: "MATCH (\(ident(p))) RETURN count(\(ident(p)))",
        expected: Int64(payloads.count + 1)),
      Probe(position: "alias", query: "MATCH (n:Country) RETURN count(n) AS \(ident(p))", expected: 1),
      Probe(position: "map literal key", query: "RETURN size(keys({\(ident(p)): 1}))", expected: 1),
      Probe(position: "labels()", query: "MATCH (n) WHERE \(literal(p)) IN labels(n) RETURN count(n)", expected: 1),
      Probe(position: "type()", query: "MATCH ()-[r]->() WHERE type(r) = \(literal(p)) RETURN count(r)", expected: 1),
      Probe(position: "function name", query: "RETURN \(ident(p))(1)"),
      Probe(
        position: "comment",
        query: "MATCH (n:Country) /* \(p.replacingOccurrences(of: "*/", with: "")) */ RETURN count(n)", expected: 1),
    ]
  }

  struct Arguments: Sendable, CustomTestStringConvertible {
    var payload: String
    var testDescription: String { payload.debugDescription }
  }

  @Test(arguments: payloads.map { Arguments(payload: $0) })
  func hostileInputNeverReachesTheSQLText(_ a: Arguments) throws {
    let store = try Self.hostileGraph()
    let statements = Mutex<[String]>([])
    // In-memory stores are one connection: the trace sees every statement the engine runs.
    try store.read { g in
      g.db.trace(options: .statement) { event in
        if case .statement(let statement) = event { statements.withLock { $0.append(statement.sql) } }
      }
    }
    let before = try Self.fingerprint(store)
    for probe in Self.probes(a.payload) {
      for single in [true, false] {
        var options = QueryOptions(rowLimit: 10_000, timeLimit: 10)
        options.singleStatementSQL = single
        let engine = CypherEngine(store: store, options: options)
        statements.withLock { $0.removeAll() }
        do {
          let result = try engine.run(probe.query, parameters: probe.parameters)
          if let expected = probe.expected {
            #expect(result.rows == [[.int(expected)]], "\(probe.position) (single SQL: \(single)): \(probe.query)")
          }
        } catch {
          #expect(probe.expected == nil, "\(probe.position) failed: \(error) — \(probe.query)")
        }
        let leaked = statements.withLock { $0 }.filter { $0.lowercased().contains(Self.marker) }
        #expect(leaked.isEmpty, "\(probe.position): payload spliced into SQL: \(leaked)")
      }
    }
    #expect(try Self.fingerprint(store) == before)
  }

  static func fingerprint(_ store: GraphStore) throws -> String {
    try store.read { g in
      var lines: [String] = []
      for sql in Fingerprint.queries { for row in try Row.fetchAll(g.db, sql: sql) { lines.append(row.description) } }
      return lines.joined(separator: "\n")
    }
  }

  /// Statements that would write, attach, or reach outside the graph are refused by `run`, and
  /// the database is unchanged.
  @Test(arguments: [
    "CREATE (n:Country {name: 'Evil'})",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n) DELETE n",
    "MATCH (n:Country) SET n.name = 'Evil'",
    "MATCH (n:Country) REMOVE n:Country",
    "MERGE (n:Country {name: 'Evil'})",
    "CALL db.labels()",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "MATCH (n) RETURN n; MATCH (m) DETACH DELETE m",
    "RETURN 1; DROP TABLE node",
    "ATTACH DATABASE '/tmp/bilat-evil.sqlite' AS evil",
    "PRAGMA writable_schema = 1",
    "USING PERIODIC COMMIT LOAD CSV FROM 'x' AS l CREATE (n)",
    "MATCH (n) WITH n CREATE (m:Copy) RETURN m",
    "UNWIND [1, 2] AS x CREATE (n:X {x: x})",
  ])
  func writesAndForeignStatementsAreRefused(_ query: String) throws {
    let store = try Self.hostileGraph()
    let before = try Self.fingerprint(store)
    let engine = CypherEngine(store: store)
    #expect(throws: CypherError.self, "\(query)") { try engine.run(query) }
    #expect(try Self.fingerprint(store) == before)
    #expect(!FileManager.default.fileExists(atPath: "/tmp/bilat-evil.sqlite"))
  }

  /// The connections queries read through are read-only: even raw SQL could not write, attach a
  /// file or switch the guard off (defence in depth under the compiler).
  @Test(arguments: [
    "DELETE FROM node",
    "DROP TABLE node",
    "CREATE TABLE evil(x)",
    "ATTACH DATABASE '/tmp/bilat-evil.sqlite' AS evil",
    "VACUUM INTO '/tmp/bilat-evil.sqlite'",
  ])
  func readConnectionsCannotWrite(_ sql: String) throws {
    let path = try Scratch.databasePath()
    let store = try GraphStore(path: path)
    try store.write { g in _ = try g.createNode(labels: ["Country"], properties: ["name": "Kazakhstan"]) }
    let before = try Fingerprint.of(path)
    #expect(throws: (any Error).self) { try store.read { g in try g.db.execute(sql: sql) } }
    #expect(throws: (any Error).self) {
      try store.read { g in
        try g.db.execute(sql: "PRAGMA query_only = 0")
        try g.db.execute(sql: sql)
      }
    }
    #expect(try Fingerprint.of(path) == before)
    #expect(!FileManager.default.fileExists(atPath: "/tmp/bilat-evil.sqlite"))
  }
}
