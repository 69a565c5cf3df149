import BilatCore
import BilatStore
import GRDB

/// Reads nodes and relationships for the evaluator, through cached prepared statements,
/// keeping each entity it loaded for the rest of the query.
final class GraphReader {
  let db: Database
  private var nodes: [Int64: CypherNode] = [:]
  private var relationships: [Int64: CypherRelationship] = [:]
  /// Relationship type names by id (``RelationshipTypeSQL``), read once and again when an id is
  /// new: breadth-first steps read ids instead of a name subquery per row (q09).
  private var typeNames: [Int64: String] = [:]
  /// The relationships of a node already expanded in this query (``expand(_:_:types:)``), so
  /// that a variable-length walk, which reaches the same node once per path, reads its
  /// neighbourhood from SQLite once: on a small dense graph the walk spent 44 % of its time in
  /// the same statements (perf on the query fuzzer, session 11). Bounded by
  /// ``adjacencyBudget`` relationships so that a walk over a large graph keeps its memory.
  private var adjacency: [AdjacencyKey: [(CypherRelationship, Int64)]] = [:]
  private var adjacencyHeld = 0
  /// The most relationships ``adjacency`` holds (about 100 bytes each); past it, expansions are
  /// read from SQLite and not kept.
  static let adjacencyBudget = 200_000
  /// Called between steps; throws when the query ran out of time.
  var checkpoint: () throws -> Void = {}

  init(_ db: Database) { self.db = db }

  func cachedNode(_ id: Int64) -> CypherNode? { nodes[id] }

  /// The name of relationship type `id`.
  func typeName(_ id: Int64) throws -> String {
    if let name = typeNames[id] { return name }
    typeNames = try RelationshipTypeSQL.names(db)
    guard let name = typeNames[id] else {
      throw CypherError.runtime(.database, code: "EntityNotFound", "relationship type \(id) does not exist")
    }
    return name
  }
  func cachedRelationship(_ id: Int64) -> CypherRelationship? { relationships[id] }
  func store(_ node: CypherNode) { nodes[node.id] = node }

  /// Forgets loaded entities (after a write).
  func invalidate() {
    nodes.removeAll()
    relationships.removeAll()
    adjacency.removeAll()
    adjacencyHeld = 0
  }

  func node(_ id: Int64) throws -> CypherNode {
    if let cached = nodes[id] { return cached }
    // The row and its extra labels in one statement (an extra label's row has no props).
    var labels: [String] = []
    var properties: [String: CypherValue] = [:]
    try db.forEachRow(
      """
      SELECT \(LabelSQL.name("label_id")), \(PropertyStorage.nodeColumns()) FROM node WHERE id = ?1
      UNION ALL SELECT \(LabelSQL.name("label_id")), NULL, NULL, NULL FROM node_extra_label WHERE node_id = ?1
      """, [id]
    ) { row in
      if let label = row.optionalText(0) { labels.append(label) }
      guard !row.isNull(3) else { return }
      properties = try PropertyStorage.properties(row, at: 1, hot: PropertyStorage.nodeHotKeys).mapValues(
        CypherValue.init)
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
    // The row with its properties in one statement.
    let sql = """
      SELECT \(RelationshipTypeSQL.name("type_id")), start_id, end_id, \(PropertyStorage.relationshipColumns())
      FROM relationship WHERE id = ?
      """
    guard
      let rel = try db.rows(
        sql, [id],
        {
          CypherRelationship(
            id: id, type: $0.text(0), startID: $0.int64(1), endID: $0.int64(2),
            properties: try PropertyStorage.properties($0, at: 3, hot: PropertyStorage.relationshipHotKeys).mapValues(
              CypherValue.init))
        }
      ).first
    else {
      throw CypherError.runtime(.database, code: "EntityNotFound", "relationship \(id) does not exist")
    }
    relationships[id] = rel
    return rel
  }

  private func relationship(_ id: Int64, type: String, start: Int64, end: Int64) throws -> CypherRelationship {
    if let cached = relationships[id] { return cached }
    var properties: [String: CypherValue] = [:]
    try db.forEachRow("SELECT \(PropertyStorage.relationshipColumns()) FROM relationship WHERE id = ?", [id]) {
      properties = try PropertyStorage.properties($0, at: 0, hot: PropertyStorage.relationshipHotKeys).mapValues(
        CypherValue.init)
    }
    let rel = CypherRelationship(id: id, type: type, startID: start, endID: end, properties: properties)
    relationships[id] = rel
    return rel
  }

  /// Ids of candidate nodes for a node pattern: by label, or by an indexed property
  /// equality, or all nodes. Callers still check every constraint.
  func candidateNodes(label: String?, property: (String, PropertyValue)?) throws -> [Int64] {
    try checkpoint()
    if let (key, value) = property, Self.indexable(key, value), case .string(let text) = value {
      // `key` is one of the fixed hot column names (``indexable(_:_:)``), never input.
      return try Int64.fetchAll(db.boundStatement("SELECT id FROM node WHERE \(key) = ?1 ORDER BY id", [text]))
    }
    if let label {
      return try Int64.fetchAll(
        db.boundStatement("SELECT id FROM (\(LabelSQL.nodes(parameter: "?1"))) ORDER BY id", [label]))
    }
    return try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM node ORDER BY id"))
  }

  func nodeExists(_ id: Int64) throws -> Bool {
    try Bool.fetchOne(db.boundStatement("SELECT EXISTS(SELECT 1 FROM node WHERE id = ?)", [id])) ?? false
  }

  /// True when nodes whose `key` equals `value` are found through an index: a string value of
  /// a hot key (``PropertyStorage``), which is a column of `node` with its own index.
  static func indexable(_ key: String, _ value: PropertyValue) -> Bool {
    if case .string = value { return PropertyStorage.nodeHotKeys.contains(key) }
    return false
  }

  /// Relationships touching `node` in a direction, with one of `types` (any when empty),
  /// without their properties (see ``full(_:)``). For `.both`, a self-loop is reported once.
  func expand(_ node: Int64, _ direction: Direction, types: [String]) throws -> [(CypherRelationship, Int64)] {
    try checkpoint()
    let key = AdjacencyKey(node: node, direction: direction, types: types)
    if let known = adjacency[key] { return known }
    let result = try readAdjacent(node, direction, types: types)
    if adjacencyHeld + result.count <= Self.adjacencyBudget {
      adjacency[key] = result
      adjacencyHeld += result.count
    }
    return result
  }

  private func readAdjacent(_ node: Int64, _ direction: Direction, types: [String]) throws -> [(
    CypherRelationship, Int64
  )] {
    var result: [(CypherRelationship, Int64)] = []
    func collect(outgoing: Bool) throws {
      let sql = Self.adjacentSQL(outgoing ? .outgoing : .incoming, typed: !types.isEmpty)
      let argumentSets: [SQLArguments] = types.isEmpty ? [[node]] : types.map { [node, $0] }
      for arguments in argumentSets {
        let rows = try db.rows(sql, arguments) {
          (id: $0.int64(0), type: $0.text(1), start: $0.int64(2), end: $0.int64(3))
        }
        for (id, type, start, end) in rows {
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
    let statements: [(String, SQLArguments)] =
      types.isEmpty
      ? [("SELECT \(Self.headColumns) FROM relationship ORDER BY id", [])]
      : types.map {
        let typed = "WHERE type_id = \(RelationshipTypeSQL.id("?"))"
        return ("SELECT \(Self.headColumns) FROM relationship \(typed) ORDER BY id", [$0])
      }
    for (sql, arguments) in statements {
      let heads = try db.rows(sql, arguments) {
        (id: $0.int64(0), type: $0.text(1), start: $0.int64(2), end: $0.int64(3))
      }
      for head in heads {
        result.append(try relationship(head.id, type: head.type, start: head.start, end: head.end))
      }
    }
    return result
  }

  /// What one ``expand(_:_:types:)`` read: a node, a direction, the types asked for.
  private struct AdjacencyKey: Hashable {
    var node: Int64
    var direction: Direction
    var types: [String]
  }

  /// The columns of a relationship without its properties: id, type name, start, end.
  static let headColumns = "id, \(RelationshipTypeSQL.name("type_id")), start_id, end_id"

  /// The relationships leaving (`.outgoing`) or reaching (`.incoming`) node `?1`, of the type
  /// named `?2` when `typed`: ``headColumns``.
  static func adjacentSQL(_ direction: Direction, typed: Bool) -> String {
    let near = direction == .incoming ? "end_id" : "start_id"
    let type = typed ? " AND type_id = \(RelationshipTypeSQL.id("?2"))" : ""
    return "SELECT \(headColumns) FROM relationship WHERE \(near) = ?1\(type)"
  }
}
