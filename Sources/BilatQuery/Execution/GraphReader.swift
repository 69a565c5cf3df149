import BilatCore
import BilatStore
import GRDB

/// Reads nodes and relationships for the evaluator, through cached prepared statements,
/// keeping each entity it loaded for the rest of the query.
final class GraphReader {
  let db: Database
  private var nodes: [Int64: CypherNode] = [:]
  private var relationships: [Int64: CypherRelationship] = [:]
  /// Called between steps; throws when the query ran out of time.
  var checkpoint: () throws -> Void = {}

  init(_ db: Database) { self.db = db }

  func cachedNode(_ id: Int64) -> CypherNode? { nodes[id] }
  func cachedRelationship(_ id: Int64) -> CypherRelationship? { relationships[id] }
  func store(_ node: CypherNode) { nodes[node.id] = node }

  /// Forgets loaded entities (after a write).
  func invalidate() {
    nodes.removeAll()
    relationships.removeAll()
  }

  func node(_ id: Int64) throws -> CypherNode {
    if let cached = nodes[id] { return cached }
    // Labels and properties in one statement.
    let rows = try Row.fetchCursor(
      db.cachedStatement(
        sql: """
          SELECT label, NULL, NULL FROM node_label WHERE node_id = ?1
          UNION ALL SELECT key, value, value_type FROM node_property WHERE node_id = ?1
          """), arguments: [id])
    var labels: [String] = []
    var properties: [String: CypherValue] = [:]
    while let row = try rows.next() {
      if let type: String = row[2] {
        properties[row[0]] = CypherValue(PropertyValue(stored: row[1], type: type))
      } else {
        labels.append(row[0])
      }
    }
    labels.sort()
    let node = CypherNode(id: id, labels: labels, properties: properties)
    nodes[id] = node
    return node
  }

  /// The relationship with its properties (loading them if `rel` came from ``expand``).
  func full(_ rel: CypherRelationship) throws -> CypherRelationship {
    try relationship(rel.id, type: rel.type, start: rel.startID, end: rel.endID)
  }

  func relationship(_ id: Int64) throws -> CypherRelationship {
    if let cached = relationships[id] { return cached }
    guard
      let head = try Row.fetchOne(
        db.cachedStatement(sql: "SELECT type, start_id, end_id FROM relationship WHERE id = ?"), arguments: [id])
    else {
      throw CypherError.runtime(.database, code: "EntityNotFound", "relationship \(id) does not exist")
    }
    return try relationship(id, type: head[0], start: head[1], end: head[2])
  }

  private func relationship(_ id: Int64, type: String, start: Int64, end: Int64) throws -> CypherRelationship {
    if let cached = relationships[id] { return cached }
    var properties: [String: CypherValue] = [:]
    let rows = try Row.fetchCursor(
      db.cachedStatement(sql: "SELECT key, value, value_type FROM relationship_property WHERE relationship_id = ?"),
      arguments: [id])
    while let row = try rows.next() {
      properties[row[0]] = CypherValue(PropertyValue(stored: row[1], type: row[2]))
    }
    let rel = CypherRelationship(id: id, type: type, startID: start, endID: end, properties: properties)
    relationships[id] = rel
    return rel
  }

  /// Ids of candidate nodes for a node pattern: by label, or by an indexed property
  /// equality, or all nodes. Callers still check every constraint.
  func candidateNodes(label: String?, property: (String, PropertyValue)?) throws -> [Int64] {
    try checkpoint()
    if let (key, value) = property, let stored = Self.indexable(value) {
      return try Int64.fetchAll(
        db.cachedStatement(sql: "SELECT node_id FROM node_property WHERE key = ? AND value = ? ORDER BY node_id"),
        arguments: [key, stored])
    }
    if let label {
      return try Int64.fetchAll(
        db.cachedStatement(sql: "SELECT node_id FROM node_label WHERE label = ? ORDER BY node_id"), arguments: [label])
    }
    return try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM node ORDER BY id"))
  }

  func nodeExists(_ id: Int64) throws -> Bool {
    try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS(SELECT 1 FROM node WHERE id = ?)"), arguments: [id])
      ?? false
  }

  static func indexable(_ value: PropertyValue) -> DatabaseValue? {
    switch value {
    case .string(let s): return s.databaseValue
    case .int(let i): return i.databaseValue
    default: return nil
    }
  }

  /// Relationships touching `node` in a direction, with one of `types` (any when empty),
  /// without their properties (see ``full(_:)``). For `.both`, a self-loop is reported once.
  func expand(_ node: Int64, _ direction: Direction, types: [String]) throws -> [(CypherRelationship, Int64)] {
    try checkpoint()
    var result: [(CypherRelationship, Int64)] = []
    func collect(outgoing: Bool) throws {
      let sqlAny =
        outgoing
        ? "SELECT id, type, start_id, end_id FROM relationship WHERE start_id = ?"
        : "SELECT id, type, start_id, end_id FROM relationship WHERE end_id = ?"
      let sqlTyped =
        outgoing
        ? "SELECT id, type, start_id, end_id FROM relationship WHERE start_id = ? AND type = ?"
        : "SELECT id, type, start_id, end_id FROM relationship WHERE end_id = ? AND type = ?"
      let argumentSets: [StatementArguments] = types.isEmpty ? [[node]] : types.map { [node, $0] }
      for arguments in argumentSets {
        let statement = try db.cachedStatement(sql: types.isEmpty ? sqlAny : sqlTyped)
        let rows = try Row.fetchAll(statement, arguments: arguments)
        for row in rows {
          let (id, type, start, end): (Int64, String, Int64, Int64) = (row[0], row[1], row[2], row[3])
          if !outgoing && direction == .both && start == end { continue }
          let rel =
            relationships[id] ?? CypherRelationship(id: id, type: type, startID: start, endID: end, properties: [:])
          result.append((rel, outgoing ? end : start))
        }
      }
    }
    if direction != .incoming { try collect(outgoing: true) }
    if direction != .outgoing { try collect(outgoing: false) }
    return result
  }

  /// All relationship ids, optionally of some types.
  func allRelationships(types: [String]) throws -> [CypherRelationship] {
    var result: [CypherRelationship] = []
    let statements: [(String, StatementArguments)] =
      types.isEmpty
      ? [("SELECT id, type, start_id, end_id FROM relationship ORDER BY id", [])]
      : types.map { ("SELECT id, type, start_id, end_id FROM relationship WHERE type = ? ORDER BY id", [$0]) }
    for (sql, arguments) in statements {
      for row in try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments) {
        result.append(try relationship(row[0], type: row[1], start: row[2], end: row[3]))
      }
    }
    return result
  }
}
