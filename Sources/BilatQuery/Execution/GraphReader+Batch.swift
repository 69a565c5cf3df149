import BilatCore
import BilatStore
import GRDB

/// Set-at-a-time lookups for breadth-first searches: one statement per frontier instead of
/// one per node. Node ids travel as one bound JSON array (`json_each`), never spliced.
extension GraphReader {
  /// One relationship step from many nodes: (node it leaves, relationship, node it reaches).
  func expand(frontier: [Int64], _ direction: Direction, types: [String]) throws -> [(
    from: Int64, relationship: CypherRelationship, to: Int64
  )] {
    try checkpoint()
    guard !frontier.isEmpty else { return [] }
    let (typeFilter, arguments) = frontierArguments(frontier, types: types)
    var result: [(Int64, CypherRelationship, Int64)] = []
    func run(outgoing: Bool) throws {
      let (near, far) = outgoing ? ("start_id", "end_id") : ("end_id", "start_id")
      let loops = !outgoing && direction == .both ? " AND r.start_id <> r.end_id" : ""
      let sql = """
        SELECT r.\(near), r.id, r.type_id, r.\(far) FROM json_each(?1) j
        CROSS JOIN relationship r ON r.\(near) = j.value\(typeFilter)\(loops)
        """
      try db.forEachRow(sql, SQLArguments(arguments)) { row in
        let id = row.int64(1)
        let start = outgoing ? row.int64(0) : row.int64(3)
        let end = outgoing ? row.int64(3) : row.int64(0)
        let rel =
          try cachedRelationship(id)
          ?? CypherRelationship(id: id, type: typeName(row.int64(2)), startID: start, endID: end, properties: [:])
        result.append((row.int64(0), rel, row.int64(3)))
      }
    }
    if direction != .incoming { try run(outgoing: true) }
    if direction != .outgoing { try run(outgoing: false) }
    return result
  }

  /// The nodes one relationship step away from any node of `frontier`, once per relationship
  /// (callers keep a visited set: deduplicating in SQL cost twice the index walk, q06).
  func neighbors(frontier: [Int64], _ direction: Direction, types: [String]) throws -> [Int64] {
    try checkpoint()
    guard !frontier.isEmpty else { return [] }
    let (_, arguments) = frontierArguments(frontier, types: types)
    return try Int64.fetchAll(
      db.boundStatement(Self.neighborsSQL(direction, typeCount: types.count), SQLArguments(arguments)))
  }

  /// The statement of one breadth-first level (``neighbors(frontier:_:types:)``), also printed
  /// by EXPLAIN: `?1` the frontier ids as a JSON array, `?2` the type or types.
  static func neighborsSQL(_ direction: Direction, typeCount: Int) -> String {
    let typeFilter = Self.typeFilter(typeCount: typeCount)
    var parts: [String] = []
    if direction != .incoming {
      parts.append(
        "SELECT r.end_id FROM json_each(?1) j CROSS JOIN relationship r ON r.start_id = j.value\(typeFilter)")
    }
    if direction != .outgoing {
      parts.append(
        "SELECT r.start_id FROM json_each(?1) j CROSS JOIN relationship r ON r.end_id = j.value\(typeFilter)")
    }
    return parts.joined(separator: " UNION ALL ")
  }

  /// Loads labels and properties of many nodes into the cache with one statement.
  func preload(_ ids: [Int64]) throws {
    let missing = ids.filter { cachedNode($0) == nil }
    guard !missing.isEmpty else { return }
    let json = "[" + missing.map(String.init).joined(separator: ",") + "]"
    var labels: [Int64: [String]] = [:]
    var properties: [Int64: [String: CypherValue]] = [:]
    try db.forEachRow(
      """
      SELECT n.id, \(LabelSQL.name("n.label_id")), \(PropertyStorage.nodeColumns("n"))
      FROM json_each(?1) j CROSS JOIN node n ON n.id = j.value
      UNION ALL
      SELECT l.node_id, \(LabelSQL.name("l.label_id")), NULL, NULL, NULL FROM json_each(?1) j
      CROSS JOIN node_extra_label l ON l.node_id = j.value
      """, [json]
    ) { row in
      let id = row.int64(0)
      if let label = row.optionalText(1) { labels[id, default: []].append(label) }
      guard !row.isNull(4) else { return }
      properties[id] = try PropertyStorage.properties(row, at: 2, hot: PropertyStorage.nodeHotKeys).mapValues(
        CypherValue.init)
    }
    for id in missing {
      store(CypherNode(id: id, labels: (labels[id] ?? []).sorted(), properties: properties[id] ?? [:]))
    }
  }

  private func jsonEscape(_ s: String) -> String {
    var out = ""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// The bound arguments of a frontier step: `?1` the frontier ids as a JSON array, `?2` the
  /// relationship type (or the types as a JSON array), and the matching `AND r.type_id ...` filter.
  private func frontierArguments(_ frontier: [Int64], types: [String]) -> (
    typeFilter: String, arguments: [DatabaseValue]
  ) {
    let ids = "[" + frontier.map(String.init).joined(separator: ",") + "]"
    let filter = Self.typeFilter(typeCount: types.count)
    switch types.count {
    case 0: return (filter, [ids.databaseValue])
    case 1: return (filter, [ids.databaseValue, types[0].databaseValue])
    default:
      let list = "[" + types.map { "\"" + jsonEscape($0) + "\"" }.joined(separator: ",") + "]"
      return (filter, [ids.databaseValue, list.databaseValue])
    }
  }

  /// `AND r.type_id ...` for no type, one type (`?2`) or several (`?2` a JSON array).
  private static func typeFilter(typeCount: Int) -> String {
    switch typeCount {
    case 0: return ""
    case 1: return " AND r.type_id = \(RelationshipTypeSQL.id("?2"))"
    default: return " AND r.type_id IN \(RelationshipTypeSQL.ids(jsonArray: "?2"))"
    }
  }
}
