import BilatCore
import Foundation
import GRDB

/// Bulk loader for the shared benchmark format.
///
/// Nodes: `id,kind,name,country`; edges: `src,dst,type,date,place,about,title` (CSV with a
/// header row, or JSON Lines with the same keys). `kind` becomes the node's label, `type`
/// the relationship type; the file's `id` is kept as the integer (or string) property `id`,
/// other non-empty fields become properties, and each name becomes an alias.
/// Everything happens in one transaction: a bad row leaves the database as it was.
public enum GraphImporter {
  /// What an import added.
  public struct Summary: Equatable, Sendable {
    public var nodes = 0
    public var relationships = 0
    public var seconds = 0.0
    /// Rows per second over both files.
    public var rowsPerSecond: Double { seconds > 0 ? Double(nodes + relationships) / seconds : 0 }
  }

  /// Imports a node file and (optionally) an edge file into `store` in one transaction.
  public static func importFiles(nodes nodesPath: String, edges edgesPath: String?, into store: GraphStore) throws
    -> Summary
  {
    let started = Date()
    var nodeReader = try RecordReader(path: nodesPath)
    try nodeReader.require(columns: ["id", "kind"])
    var edgeReader = try edgesPath.map { try RecordReader(path: $0) }
    try edgeReader?.require(columns: ["src", "dst", "type"])
    // A large page cache keeps the bulk load from spilling pages to the WAL mid-transaction.
    let previousCacheSize = try store.writer.writeWithoutTransaction { db -> Int in
      let size = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
      try db.execute(sql: "PRAGMA cache_size = -262144")
      return size
    }
    defer {
      _ = try? store.writer.writeWithoutTransaction { db in
        try db.execute(sql: "PRAGMA cache_size = \(previousCacheSize)")
      }
    }
    var summary = try store.writer.write { db -> Summary in
      let emptyGraph = try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT 1 FROM node LIMIT 1)") == 0
      // Building indexes once after the load beats updating them row by row.
      let deferredIndexes = emptyGraph ? try dropSecondaryIndexes(db) : []
      var summary = Summary()
      var ids: [String: Int64] = [:]
      var nextID = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM node") ?? 0) + 1
      let insertNode = try BulkStatement(db, sql: "INSERT INTO node(id) VALUES (?)")
      let insertLabel = try BulkStatement(db, sql: "INSERT INTO node_label(node_id, label) VALUES (?, ?)")
      let insertNodeProperty = try BulkStatement(
        db, sql: "INSERT OR REPLACE INTO node_property(node_id, key, value, value_type) VALUES (?, ?, ?, ?)")
      let insertAlias = try BulkStatement(
        db, sql: "INSERT OR IGNORE INTO alias(node_id, surface, key, folded_key) VALUES (?, ?, ?, ?)")
      while let (fields, line) = try nodeReader.next() {
        guard let externalID = fields["id"], let kind = fields["kind"] else {
          throw StoreError.badImportRow(file: nodesPath, line: line, reason: "a node needs 'id' and 'kind'")
        }
        guard ids[externalID] == nil else {
          throw StoreError.badImportRow(file: nodesPath, line: line, reason: "duplicate node id '\(externalID)'")
        }
        let id = nextID
        nextID += 1
        ids[externalID] = id
        try insertNode.run([.int(id)])
        try insertLabel.run([.int(id), .text(kind)])
        try insertNodeProperty.run(propertyRow(id, "id", externalID, numeric: true))
        for key in fields.keys.sorted() where key != "id" && key != "kind" {
          guard let value = fields[key] else { continue }
          try insertNodeProperty.run(propertyRow(id, key, value, numeric: false))
        }
        if let name = fields["name"] {
          try insertAlias.run([
            .int(id), .text(name), .text(NameKey.normalized(name)), .text(NameKey.transliterationFolded(name)),
          ])
        }
        summary.nodes += 1
      }
      if var reader = edgeReader, let edgesPath {
        let insertRelationship = try BulkStatement(
          db, sql: "INSERT INTO relationship(id, type, start_id, end_id) VALUES (?, ?, ?, ?)")
        let insertRelationshipProperty = try BulkStatement(
          db,
          sql: "INSERT INTO relationship_property(relationship_id, key, value, value_type) VALUES (?, ?, ?, ?)")
        var nextRelationshipID = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM relationship") ?? 0) + 1
        while let (fields, line) = try reader.next() {
          guard let src = fields["src"], let dst = fields["dst"], let type = fields["type"] else {
            throw StoreError.badImportRow(file: edgesPath, line: line, reason: "an edge needs 'src', 'dst' and 'type'")
          }
          guard let start = ids[src] else { throw StoreError.unknownNode(file: edgesPath, line: line, id: src) }
          guard let end = ids[dst] else { throw StoreError.unknownNode(file: edgesPath, line: line, id: dst) }
          let id = nextRelationshipID
          nextRelationshipID += 1
          try insertRelationship.run([.int(id), .text(type), .int(start), .int(end)])
          for key in fields.keys.sorted() where key != "src" && key != "dst" && key != "type" {
            guard let value = fields[key] else { continue }
            try insertRelationshipProperty.run(propertyRow(id, key, value, numeric: key == "place"))
          }
          summary.relationships += 1
        }
        edgeReader = reader
      }
      for sql in deferredIndexes { try db.execute(sql: sql) }
      return summary
    }
    summary.seconds = Date().timeIntervalSince(started)
    return summary
  }

  /// A property row; `numeric` fields holding an integer are stored as integers.
  private static func propertyRow(_ owner: Int64, _ key: String, _ value: String, numeric: Bool) -> [BulkValue] {
    if numeric, let integer = Int64(value) {
      return [.int(owner), .text(key), .int(integer), .text("integer")]
    }
    return [.int(owner), .text(key), .text(value), .text("string")]
  }

  /// Drops the indexes of the graph tables (not primary keys) and returns the SQL recreating them.
  private static func dropSecondaryIndexes(_ db: Database) throws -> [String] {
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT name, sql FROM sqlite_master
        WHERE type = 'index' AND sql IS NOT NULL
          AND tbl_name IN ('node_label', 'node_property', 'relationship', 'relationship_property', 'alias')
        ORDER BY name
        """)
    var recreate: [String] = []
    for row in rows {
      let name: String = row["name"]
      recreate.append(row["sql"])
      // The name comes from sqlite_master, not from input; quote it all the same.
      try db.execute(sql: "DROP INDEX \(name.quotedDatabaseIdentifier)")
    }
    return recreate
  }
}
