import Foundation
import GRDB
import Testing

@testable import BilatStore

/// The endpoint-label summary of schema 7 (`relationship_endpoint_label`, Schema/007) stays
/// equal to the one recomputed from the rows whatever writes it: random sequences of every
/// write the store offers, deletes that cascade, and bulk imports (which drop its triggers for
/// the load and add their own counts).
@Suite struct EndpointLabelsTests {
  static let labels = ["Person", "Country", "Leader", "City"]
  static let types = ["MET_WITH", "AGREED", "LOCATED_IN"]

  /// A small deterministic generator (the tests repeat).
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 11 ^ state
    }
  }

  /// True when the stored summary equals the one counted here, in Swift, from the rows.
  static func isExact(_ store: GraphStore) throws -> Bool {
    try store.read { g in
      var labels: [Int64: [Int64]] = [:]
      let labelRows = try Row.fetchAll(
        g.db,
        sql:
          "SELECT id, label_id FROM node WHERE label_id IS NOT NULL UNION ALL SELECT node_id, label_id FROM node_extra_label"
      )
      for row in labelRows { labels[row[0], default: []].append(row[1]) }
      var expected: [[Int64]: Int64] = [:]
      for row in try Row.fetchAll(g.db, sql: "SELECT type_id, start_id, end_id FROM relationship") {
        let type: Int64 = row[0]
        expected[[type, 0, 0], default: 0] += 1
        for label in labels[row[1]] ?? [] { expected[[type, 0, label], default: 0] += 1 }
        for label in labels[row[2]] ?? [] { expected[[type, 1, label], default: 0] += 1 }
      }
      var stored: [[Int64]: Int64] = [:]
      let summary = try Row.fetchAll(
        g.db, sql: "SELECT type_id, side, label_id, count FROM relationship_endpoint_label WHERE count <> 0")
      for row in summary { stored[[row[0], row[1], row[2]]] = row[3] }
      return stored == expected
    }
  }

  @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
  func randomWritesKeepTheSummaryExact(seed: UInt64) throws {
    let store = try GraphStore()
    var random = Generator(state: seed)
    var nodes: [Int64] = []
    var relationships: [Int64] = []
    for step in 0..<300 {
      try store.write { g in
        switch Int.random(in: 0..<10, using: &random) {
        case 0, 1, 2:
          let labels = Self.labels.filter { _ in Int.random(in: 0..<3, using: &random) == 0 }
          nodes.append(try g.createNode(labels: labels, properties: ["name": .string("n\(step)")]))
        case 3, 4, 5, 6:
          guard let a = nodes.randomElement(using: &random), let b = nodes.randomElement(using: &random) else { return }
          let type = Self.types.randomElement(using: &random) ?? "MET_WITH"
          relationships.append(try g.createRelationship(type: type, from: a, to: b))
        case 7:
          guard let node = nodes.randomElement(using: &random) else { return }
          try g.addLabel(Self.labels.randomElement(using: &random) ?? "Person", to: node)
        case 8:
          guard let index = relationships.indices.randomElement(using: &random) else { return }
          try g.deleteRelationship(relationships.remove(at: index))
        default:
          // A node with its relationships (the foreign keys' cascade and the summary's
          // node trigger).
          guard let index = nodes.indices.randomElement(using: &random) else { return }
          try g.deleteNode(nodes.remove(at: index))
          let left = Set(try Int64.fetchAll(g.db, sql: "SELECT id FROM relationship"))
          relationships.removeAll { !left.contains($0) }
        }
      }
      if step % 25 == 24 { #expect(try Self.isExact(store), "after step \(step)") }
    }
    #expect(try Self.isExact(store))
    let rows = try store.read { try Int.fetchOne($0.db, sql: "SELECT count(*) FROM relationship_endpoint_label") }
    #expect((rows ?? 0) > 0)
  }

  @Test func removingAnExtraLabelTakesItsCountsBack() throws {
    let store = try GraphStore()
    try store.write { g in
      let a = try g.createNode(labels: ["Person", "Leader"])
      let b = try g.createNode(labels: ["Person"])
      try g.createRelationship(type: "MET_WITH", from: a, to: b)
      try g.createRelationship(type: "MET_WITH", from: b, to: a)
      try g.db.execute(
        sql:
          "DELETE FROM node_extra_label WHERE node_id = ? AND label_id = (SELECT id FROM label WHERE name = 'Person')",
        arguments: [a])
    }
    #expect(try Self.isExact(store))
  }

  /// A CSV import into an empty graph and into one that has nodes and relationships already
  /// (references to both), then a write through the triggers, which must be back.
  @Test func importsAddTheirCountsAndLeaveTheTriggers() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bilat-endpoint-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let nodes = dir.appendingPathComponent("nodes.csv").path
    let edges = dir.appendingPathComponent("edges.csv").path
    try "id,kind,name\n1,Person,A\n2,Person,B\n3,Country,C\n4,Thing,D\n".write(
      toFile: nodes, atomically: true, encoding: .utf8)
    try "src,dst,type\n1,2,MET_WITH\n2,1,MET_WITH\n1,3,CITIZEN_OF\n4,3,CITIZEN_OF\n1,1,MET_WITH\n".write(
      toFile: edges, atomically: true, encoding: .utf8)

    let store = try GraphStore(path: temporaryDatabasePath())
    _ = try GraphImporter.importFiles(nodes: nodes, edges: edges, into: store)
    #expect(try Self.isExact(store))
    _ = try GraphImporter.importFiles(nodes: nodes, edges: edges, into: store)
    #expect(try Self.isExact(store))
    let triggers = try store.read {
      try Int.fetchOne(
        $0.db,
        sql: "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'relationship_endpoint_label_%'")
    }
    #expect(triggers == 7)
    try store.write { g in
      let a = try g.createNode(labels: ["City"])
      try g.createRelationship(type: "MET_WITH", from: a, to: 1)
    }
    #expect(try Self.isExact(store))
  }

  /// What a query reads: the label test is implied while every relationship of the type has the
  /// label at that end, and no longer once one does not.
  @Test func impliedFollowsTheData() throws {
    let store = try GraphStore()
    func implied(_ side: EndpointLabels.Side) throws -> Bool? {
      try store.read {
        try Bool.fetchOne(
          $0.db,
          sql: "SELECT " + EndpointLabels.impliedTest(typeParameters: ["?1"], side: side, labelParameter: "?2"),
          arguments: ["MET_WITH", "Person"])
      }
    }
    #expect(try implied(.start) == nil)  // no such type yet
    let (a, c) = try store.write { g -> (Int64, Int64) in
      let a = try g.createNode(labels: ["Person"])
      let b = try g.createNode(labels: ["Person", "Leader"])
      let c = try g.createNode(labels: ["Country"])
      try g.createRelationship(type: "MET_WITH", from: a, to: b)
      return (a, c)
    }
    #expect(try implied(.start) == true)
    #expect(try implied(.end) == true)
    let odd = try store.write { try $0.createRelationship(type: "MET_WITH", from: c, to: a) }
    #expect(try implied(.start) == false)
    #expect(try implied(.end) == true)
    try store.write { try $0.deleteRelationship(odd) }
    #expect(try implied(.start) == true)
    try store.write { try $0.addLabel("Person", to: c) }
    try store.write { try $0.createRelationship(type: "MET_WITH", from: c, to: a) }
    #expect(try implied(.start) == true)
  }

  @Test func aRelationshipKeepsItsTypeAndEnds() throws {
    let store = try GraphStore()
    #expect(throws: DatabaseError.self) {
      try store.write { g in
        let a = try g.createNode(labels: ["Person"])
        let b = try g.createNode(labels: ["City"])
        let r = try g.createRelationship(type: "MET_WITH", from: a, to: a)
        try g.db.execute(sql: "UPDATE relationship SET end_id = ? WHERE id = ?", arguments: [b, r])
      }
    }
    #expect(try Self.isExact(store))
  }

  /// A schema-6 graph (no summary) is migrated: Schema/007 fills the summary from its rows.
  @Test func theMigrationFillsTheSummary() throws {
    let path = temporaryDatabasePath()
    var configuration = Configuration()
    configuration.foreignKeysEnabled = false
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    try queue.write { db in
      for migration in try SchemaMigrator.bundledMigrations() where migration.version <= 6 {
        try db.execute(sql: migration.sql)
      }
      try db.execute(
        sql: """
          PRAGMA user_version = 6;
          INSERT INTO label(id, name) VALUES (1, 'City'), (2, 'Leader'), (3, 'Person');
          INSERT INTO relationship_type(id, name) VALUES (1, 'MET_WITH'), (2, 'LOCATED_IN');
          INSERT INTO node(id, label_id, name) VALUES (1, 3, 'A'), (2, 2, 'B'), (3, 1, 'C'), (4, NULL, 'D');
          INSERT INTO node_extra_label(node_id, label_id) VALUES (2, 3);
          INSERT INTO relationship(type_id, start_id, end_id) VALUES
            (1, 1, 2), (1, 2, 1), (1, 1, 1), (1, 4, 1), (2, 1, 3), (2, 2, 3);
          """)
    }
    try queue.close()
    let store = try GraphStore(path: path)
    #expect(try store.read { try Int.fetchOne($0.db, sql: "PRAGMA user_version") } == 8)
    #expect(try Self.isExact(store))
    let rows = try store.read { try Int.fetchOne($0.db, sql: "SELECT count(*) FROM relationship_endpoint_label") }
    #expect(rows == 9)
  }
}
