import BilatCore
import Foundation
import GRDB

/// A handle on the graph inside one transaction (write) or snapshot (read).
///
/// All SQL here uses bound arguments; labels, types and keys are values, never identifiers.
/// Properties are kept as ``PropertyStorage`` routes them (hot columns and `props`).
public struct GraphDatabase {
  /// The GRDB connection, for callers that need plain SQL (queries, exports).
  public let db: Database

  init(_ db: Database) { self.db = db }

  // MARK: Nodes

  /// Creates a node with labels and properties and returns its id. A label never seen before is
  /// registered (``LabelSQL``).
  @discardableResult
  public func createNode(labels: [String], properties: [String: PropertyValue] = [:]) throws -> Int64 {
    let sorted = Array(Set(labels)).sorted()
    let ids = try sorted.map { try LabelSQL.table.register($0, db) }
    let (columns, props) = PropertyStorage.route(properties, hot: PropertyStorage.nodeHotKeys)
    try db.run(
      "INSERT INTO node(label_id, name, country, props) VALUES (?, ?, ?, ?)",
      SQLArguments([ids.first?.databaseValue ?? .null] + columns + [props.databaseValue]))
    let id = db.lastInsertedRowID
    for label in ids.dropFirst() {
      try db.run("INSERT INTO node_extra_label(node_id, label_id) VALUES (?, ?)", [id, label])
    }
    return id
  }

  /// Adds a label to a node (no-op when it has it already). The row's `label_id` column keeps
  /// the first label in the order of the names, `node_extra_label` the others.
  public func addLabel(_ label: String, to node: Int64) throws {
    guard
      let first = try db.rows(
        "SELECT label_id, \(LabelSQL.name("label_id")) FROM node WHERE id = ?", [node],
        { ($0.optionalInt64(0), $0.optionalText(1)) }
      ).first
    else { return }
    let id = try LabelSQL.table.register(label, db)
    guard let currentID = first.0, let current = first.1 else {
      try db.run("UPDATE node SET label_id = ? WHERE id = ?", [id, node])
      return
    }
    if label == current { return }
    if label < current {
      try db.run("UPDATE node SET label_id = ? WHERE id = ?", [id, node])
      try db.run("INSERT OR IGNORE INTO node_extra_label(node_id, label_id) VALUES (?, ?)", [node, currentID])
      try db.run("DELETE FROM node_extra_label WHERE node_id = ? AND label_id = ?", [node, id])
    } else {
      try db.run("INSERT OR IGNORE INTO node_extra_label(node_id, label_id) VALUES (?, ?)", [node, id])
    }
  }

  /// Sets (or, with `.null`, removes) a node property.
  public func setNodeProperty(_ node: Int64, _ key: String, _ value: PropertyValue) throws {
    var properties = try nodeProperties(node)
    properties[key] = value == .null ? nil : value
    let (columns, props) = PropertyStorage.route(properties, hot: PropertyStorage.nodeHotKeys)
    try db.run(
      "UPDATE node SET name = ?, country = ?, props = ? WHERE id = ?",
      SQLArguments(columns + [props.databaseValue, node.databaseValue]))
  }

  /// The labels of a node, sorted.
  public func labels(of node: Int64) throws -> [String] {
    try db.rows(
      LabelSQL.names(of: "?1"), [node]
    ) { $0.text(0) }.sorted()
  }

  /// The properties of a node.
  public func nodeProperties(_ node: Int64) throws -> [String: PropertyValue] {
    try db.rows("SELECT \(PropertyStorage.nodeColumns()) FROM node WHERE id = ?", [node]) {
      try PropertyStorage.properties($0, at: 0, hot: PropertyStorage.nodeHotKeys)
    }.first ?? [:]
  }

  /// Deletes a node and, by cascade, its extra labels, aliases, relationships and evidence.
  public func deleteNode(_ node: Int64) throws {
    try db.execute(sql: "DELETE FROM node WHERE id = ?", arguments: [node])
  }

  // MARK: Relationships

  /// Creates a relationship and returns its id.
  @discardableResult
  public func createRelationship(
    type: String, from start: Int64, to end: Int64, properties: [String: PropertyValue] = [:]
  ) throws -> Int64 {
    let (columns, props) = PropertyStorage.route(properties, hot: PropertyStorage.relationshipHotKeys)
    try db.run(RelationshipTypeSQL.register, [type])
    try db.run(
      "INSERT INTO relationship(type_id, start_id, end_id, date, props) "
        + "VALUES (\(RelationshipTypeSQL.id("?")), ?, ?, ?, ?)",
      SQLArguments([type.databaseValue, start.databaseValue, end.databaseValue] + columns + [props.databaseValue]))
    return db.lastInsertedRowID
  }

  /// Sets (or, with `.null`, removes) a relationship property.
  public func setRelationshipProperty(_ relationship: Int64, _ key: String, _ value: PropertyValue) throws {
    var properties = try relationshipProperties(relationship)
    properties[key] = value == .null ? nil : value
    let (columns, props) = PropertyStorage.route(properties, hot: PropertyStorage.relationshipHotKeys)
    try db.run(
      "UPDATE relationship SET date = ?, props = ? WHERE id = ?",
      SQLArguments(columns + [props.databaseValue, relationship.databaseValue]))
  }

  /// The properties of a relationship.
  public func relationshipProperties(_ relationship: Int64) throws -> [String: PropertyValue] {
    try db.rows("SELECT \(PropertyStorage.relationshipColumns()) FROM relationship WHERE id = ?", [relationship]) {
      try PropertyStorage.properties($0, at: 0, hot: PropertyStorage.relationshipHotKeys)
    }.first ?? [:]
  }

  /// Relationships of `type` between two nodes, in either direction when `directed` is false.
  public func relationships(type: String, between a: Int64, and b: Int64, directed: Bool) throws -> [Int64] {
    let typeID = RelationshipTypeSQL.id("?2")
    let sql =
      directed
      ? "SELECT id FROM relationship WHERE start_id = ?1 AND type_id = \(typeID) AND end_id = ?3"
      : """
      SELECT id FROM relationship WHERE start_id = ?1 AND type_id = \(typeID) AND end_id = ?3
      UNION SELECT id FROM relationship WHERE start_id = ?3 AND type_id = \(typeID) AND end_id = ?1
      """
    return try Int64.fetchAll(db.boundStatement(sql, [a, type, b]))
  }

  /// Deletes a relationship with its evidence.
  public func deleteRelationship(_ relationship: Int64) throws {
    try db.execute(sql: "DELETE FROM relationship WHERE id = ?", arguments: [relationship])
  }
}
