import BilatCore
import Foundation
import GRDB

/// A handle on the graph inside one transaction (write) or snapshot (read).
///
/// All SQL here uses bound arguments; labels, types and keys are values, never identifiers.
public struct GraphDatabase {
  /// The GRDB connection, for callers that need plain SQL (queries, exports).
  public let db: Database

  init(_ db: Database) { self.db = db }

  // MARK: Nodes

  /// Creates a node with labels and properties and returns its id.
  @discardableResult
  public func createNode(labels: [String], properties: [String: PropertyValue] = [:]) throws -> Int64 {
    try db.execute(sql: "INSERT INTO node DEFAULT VALUES")
    let id = db.lastInsertedRowID
    for label in labels { try addLabel(label, to: id) }
    for (key, value) in properties { try setNodeProperty(id, key, value) }
    return id
  }

  /// Adds a label to a node (no-op when it has it already).
  public func addLabel(_ label: String, to node: Int64) throws {
    try db.run("INSERT OR IGNORE INTO node_label(node_id, label) VALUES (?, ?)", [node, label])
  }

  /// Sets (or, with `.null`, removes) a node property.
  public func setNodeProperty(_ node: Int64, _ key: String, _ value: PropertyValue) throws {
    guard let type = value.storedType else {
      try db.run("DELETE FROM node_property WHERE node_id = ? AND key = ?", [node, key])
      return
    }
    try db.run(
      "INSERT OR REPLACE INTO node_property(node_id, key, value, value_type) VALUES (?, ?, ?, ?)",
      [node, key, value.storedValue, type.rawValue])
  }

  /// The labels of a node, sorted.
  public func labels(of node: Int64) throws -> [String] {
    try db.rows("SELECT label FROM node_label WHERE node_id = ? ORDER BY label", [node]) { $0.text(0) }
  }

  /// The properties of a node.
  public func nodeProperties(_ node: Int64) throws -> [String: PropertyValue] {
    try properties(sql: "SELECT key, value, value_type FROM node_property WHERE node_id = ?", node)
  }

  /// Deletes a node and, by cascade, its labels, properties, aliases, relationships and evidence.
  public func deleteNode(_ node: Int64) throws {
    try db.execute(sql: "DELETE FROM node WHERE id = ?", arguments: [node])
  }

  // MARK: Relationships

  /// Creates a relationship and returns its id.
  @discardableResult
  public func createRelationship(
    type: String, from start: Int64, to end: Int64, properties: [String: PropertyValue] = [:]
  ) throws -> Int64 {
    try db.run("INSERT INTO relationship(type, start_id, end_id) VALUES (?, ?, ?)", [type, start, end])
    let id = db.lastInsertedRowID
    for (key, value) in properties { try setRelationshipProperty(id, key, value) }
    return id
  }

  /// Sets (or, with `.null`, removes) a relationship property.
  public func setRelationshipProperty(_ relationship: Int64, _ key: String, _ value: PropertyValue) throws {
    guard let type = value.storedType else {
      try db.run("DELETE FROM relationship_property WHERE relationship_id = ? AND key = ?", [relationship, key])
      return
    }
    try db.run(
      """
      INSERT OR REPLACE INTO relationship_property(relationship_id, key, value, value_type)
      VALUES (?, ?, ?, ?)
      """,
      [relationship, key, value.storedValue, type.rawValue])
  }

  /// The properties of a relationship.
  public func relationshipProperties(_ relationship: Int64) throws -> [String: PropertyValue] {
    try properties(
      sql: "SELECT key, value, value_type FROM relationship_property WHERE relationship_id = ?", relationship)
  }

  /// Relationships of `type` between two nodes, in either direction when `directed` is false.
  public func relationships(type: String, between a: Int64, and b: Int64, directed: Bool) throws -> [Int64] {
    let sql =
      directed
      ? "SELECT id FROM relationship WHERE start_id = ? AND type = ? AND end_id = ?"
      : """
      SELECT id FROM relationship WHERE start_id = ?1 AND type = ?2 AND end_id = ?3
      UNION SELECT id FROM relationship WHERE start_id = ?3 AND type = ?2 AND end_id = ?1
      """
    return try Int64.fetchAll(db.boundStatement(sql, [a, type, b]))
  }

  /// Deletes a relationship with its properties and evidence.
  public func deleteRelationship(_ relationship: Int64) throws {
    try db.execute(sql: "DELETE FROM relationship WHERE id = ?", arguments: [relationship])
  }

  private func properties(sql: String, _ owner: Int64) throws -> [String: PropertyValue] {
    var result: [String: PropertyValue] = [:]
    try db.forEachRow(sql, [owner]) { row in
      result[row.text(0)] = PropertyValue(stored: row.value(1), type: row.text(2))
    }
    return result
  }
}
