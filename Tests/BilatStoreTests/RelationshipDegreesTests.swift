import Foundation
import GRDB
import Testing

@testable import BilatStore

/// The degree store of schema 8 (`relationship_degree`, Schema/008) stays equal to the degrees
/// counted from the rows whatever writes it: random sequences of every write the store offers
/// (self-loops, several labels, deletes that cascade from a node), bulk imports (which drop its
/// triggers for the load and write their own counts), and the v7 -> v8 migration.
@Suite struct RelationshipDegreesTests {
  static let labels = ["Person", "Country", "Leader", "City"]
  static let types = ["MET_WITH", "AGREED", "LOCATED_IN"]

  /// The degrees counted here, in Swift, from the relationship rows: `[node, type, side]` to
  /// count, side 0 start, 1 end, 2 self-loop (counted once).
  static func expected(_ db: Database) throws -> [[Int64]: Int64] {
    var expected: [[Int64]: Int64] = [:]
    for row in try Row.fetchAll(db, sql: "SELECT type_id, start_id, end_id FROM relationship") {
      let (type, start, end): (Int64, Int64, Int64) = (row[0], row[1], row[2])
      if start == end {
        expected[[start, type, 2], default: 0] += 1
      } else {
        expected[[start, type, 0], default: 0] += 1
        expected[[end, type, 1], default: 0] += 1
      }
    }
    return expected
  }

  /// The stored rows, keyed as ``expected(_:)`` (a zero count is left out; a row whose counts
  /// are all zero is an error, counted under key `[]`).
  static func stored(_ db: Database) throws -> [[Int64]: Int64] {
    var stored: [[Int64]: Int64] = [:]
    for row in try Row.fetchAll(
      db, sql: "SELECT node_id, type_id, start_count, end_count, loop_count FROM relationship_degree")
    {
      let counts: [Int64] = [row[2], row[3], row[4]]
      if counts == [0, 0, 0] { stored[[], default: 0] += 1 }
      for (side, count) in counts.enumerated() where count != 0 { stored[[row[0], row[1], Int64(side)]] = count }
    }
    return stored
  }

  /// True when the stored table equals the degrees counted from the rows (no zero rows either).
  static func isExact(_ store: GraphStore) throws -> Bool {
    try store.read { try stored($0.db) == expected($0.db) }
  }

  @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
  func randomWritesKeepTheDegreesExact(seed: UInt64) throws {
    let store = try GraphStore()
    var random = EndpointLabelsTests.Generator(state: seed)
    var nodes: [Int64] = []
    var relationships: [Int64] = []
    for step in 0..<300 {
      try store.write { g in
        switch Int.random(in: 0..<11, using: &random) {
        case 0, 1, 2:
          let labels = Self.labels.filter { _ in Int.random(in: 0..<3, using: &random) == 0 }
          nodes.append(try g.createNode(labels: labels, properties: ["name": .string("n\(step)")]))
        case 3, 4, 5, 6:
          guard let a = nodes.randomElement(using: &random), let b = nodes.randomElement(using: &random) else { return }
          let type = Self.types.randomElement(using: &random) ?? "MET_WITH"
          relationships.append(try g.createRelationship(type: type, from: a, to: b))
        case 7:
          // A self-loop: side 2 of its node.
          guard let a = nodes.randomElement(using: &random) else { return }
          relationships.append(try g.createRelationship(type: "MET_WITH", from: a, to: a))
        case 8:
          guard let index = relationships.indices.randomElement(using: &random) else { return }
          try g.deleteRelationship(relationships.remove(at: index))
        case 9:
          guard let node = nodes.randomElement(using: &random) else { return }
          try g.addLabel(Self.labels.randomElement(using: &random) ?? "Person", to: node)
        default:
          // A node with its relationships (DETACH DELETE: the store deletes them first).
          guard let index = nodes.indices.randomElement(using: &random) else { return }
          try g.deleteNode(nodes.remove(at: index))
          let left = Set(try Int64.fetchAll(g.db, sql: "SELECT id FROM relationship"))
          relationships.removeAll { !left.contains($0) }
        }
      }
      if step % 25 == 24 { #expect(try Self.isExact(store), "after step \(step)") }
    }
    #expect(try Self.isExact(store))
    let rows = try store.read { try Int.fetchOne($0.db, sql: "SELECT count(*) FROM relationship_degree") }
    #expect((rows ?? 0) > 0)
  }

  /// A node's relationships of one type in every way it can have them: out, in, two self-loops;
  /// its rows go one by one as they are deleted, and with the node.
  @Test func selfLoopsAndDeletesDownToNoRow() throws {
    let store = try GraphStore()
    let (a, loops, out) = try store.write { g -> (Int64, [Int64], Int64) in
      let a = try g.createNode(labels: ["Person", "Leader"])
      let b = try g.createNode(labels: ["Person"])
      let loops = [
        try g.createRelationship(type: "MET_WITH", from: a, to: a),
        try g.createRelationship(type: "MET_WITH", from: a, to: a),
      ]
      let out = try g.createRelationship(type: "MET_WITH", from: a, to: b)
      try g.createRelationship(type: "MET_WITH", from: b, to: a)
      return (a, loops, out)
    }
    func degrees(_ node: Int64) throws -> [Int64] {
      try store.read { g in
        try Row.fetchOne(
          g.db, sql: "SELECT start_count, end_count, loop_count FROM relationship_degree WHERE node_id = ?",
          arguments: [node]
        ).map { [$0[0], $0[1], $0[2]] } ?? []
      }
    }
    #expect(try degrees(a) == [1, 1, 2])
    try store.write { try $0.deleteRelationship(loops[0]) }
    #expect(try degrees(a) == [1, 1, 1])
    try store.write { try $0.deleteRelationship(loops[1]) }
    try store.write { try $0.deleteRelationship(out) }
    #expect(try degrees(a) == [0, 1, 0])
    #expect(try Self.isExact(store))
    try store.write { try $0.deleteNode(a) }
    #expect(try store.read { try Int.fetchOne($0.db, sql: "SELECT count(*) FROM relationship_degree") } == 0)
  }

  /// A CSV import into an empty graph and into one that has nodes and relationships already
  /// (references to both, a self-loop), a graph JSON import, then a write through the triggers,
  /// which must be back.
  @Test func importsWriteTheirCountsAndLeaveTheTriggers() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bilat-degrees-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let nodes = dir.appendingPathComponent("nodes.csv").path
    let edges = dir.appendingPathComponent("edges.csv").path
    try "id,kind,name\n1,Person,A\n2,Person,B\n3,Country,C\n4,Thing,D\n".write(
      toFile: nodes, atomically: true, encoding: .utf8)
    try "src,dst,type\n1,2,MET_WITH\n2,1,MET_WITH\n1,3,CITIZEN_OF\n4,3,CITIZEN_OF\n1,1,MET_WITH\n1,2,MET_WITH\n"
      .write(toFile: edges, atomically: true, encoding: .utf8)

    let store = try GraphStore(path: temporaryDatabasePath())
    _ = try GraphImporter.importFiles(nodes: nodes, edges: edges, into: store)
    #expect(try Self.isExact(store))
    _ = try GraphImporter.importFiles(nodes: nodes, edges: edges, into: store)
    #expect(try Self.isExact(store))
    // A graph JSON import (its relationships join its own nodes): a self-loop.
    let json = """
      {"nodes": [{"id": 1, "labels": ["Person"], "properties": {"name": "E"}}],
       "relationships": [{"id": 1, "type": "MET_WITH", "start": 1, "end": 1, "properties": {}}]}
      """
    _ = try GraphImporter.importGraph(json: json, into: store)
    #expect(try Self.isExact(store))
    let triggers = try store.read {
      try Int.fetchOne(
        $0.db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'relationship_degree_%'")
    }
    #expect(triggers == 2)
    try store.write { g in
      let a = try g.createNode(labels: ["City"])
      try g.createRelationship(type: "MET_WITH", from: a, to: 1)
      try g.deleteNode(2)
    }
    #expect(try Self.isExact(store))
  }

  /// A schema-7 graph (no degree store) is migrated: Schema/008 fills the table, which then
  /// equals a GROUP BY over the relationships.
  @Test func theMigrationFillsTheDegrees() throws {
    let path = temporaryDatabasePath()
    var configuration = Configuration()
    configuration.foreignKeysEnabled = false
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    try queue.write { db in
      for migration in try SchemaMigrator.bundledMigrations() where migration.version <= 7 {
        try db.execute(sql: migration.sql)
      }
      try db.execute(
        sql: """
          PRAGMA user_version = 7;
          INSERT INTO label(id, name) VALUES (1, 'City'), (2, 'Leader'), (3, 'Person');
          INSERT INTO relationship_type(id, name) VALUES (1, 'MET_WITH'), (2, 'LOCATED_IN');
          INSERT INTO node(id, label_id, name) VALUES (1, 3, 'A'), (2, 2, 'B'), (3, 1, 'C'), (4, NULL, 'D');
          INSERT INTO node_extra_label(node_id, label_id) VALUES (2, 3);
          INSERT INTO relationship(type_id, start_id, end_id) VALUES
            (1, 1, 2), (1, 2, 1), (1, 1, 1), (1, 4, 1), (2, 1, 3), (2, 2, 3), (1, 1, 2);
          """)
    }
    try queue.close()
    let store = try GraphStore(path: path)
    #expect(try store.read { try Int.fetchOne($0.db, sql: "PRAGMA user_version") } == 8)
    #expect(try Self.isExact(store))
    // Node 1: MET_WITH to 2 twice, from 2 and 4, a self-loop; LOCATED_IN to 3.
    let rows = try store.read {
      try String.fetchAll(
        $0.db,
        sql: "SELECT node_id || ' ' || type_id || ': ' || start_count || ' ' || end_count || ' ' || loop_count"
          + " FROM relationship_degree")
    }
    #expect(rows == ["1 1: 2 2 1", "1 2: 1 0 0", "2 1: 1 2 0", "2 2: 1 0 0", "3 2: 0 2 0", "4 1: 1 0 0"])
    // The backup the store takes before migrating.
    #expect(FileManager.default.fileExists(atPath: path + ".backup-v7"))
  }
}
