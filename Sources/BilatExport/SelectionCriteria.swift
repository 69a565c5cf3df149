import BilatCore
import BilatStore
import GRDB

/// Filters that choose a subgraph: relationship types, node labels, a date window and the
/// neighbourhood of one entity. All given filters apply together.
///
/// - Relationships are kept when their type is in ``types``, their `date` property lies in
///   ``since``...``until`` and both endpoints carry one of ``labels`` (each filter only when set).
/// - Without ``around``: when a relationship filter (types or dates) is set, the nodes are the
///   endpoints of the kept relationships; otherwise every node with one of ``labels``.
/// - With ``around``: the nodes within ``depth`` hops of that entity over kept relationships,
///   and the kept relationships among them.
public struct SelectionCriteria: Equatable, Sendable {
  /// Relationship types to keep (any when empty).
  public var types: [String]
  /// Node labels to keep (any when empty).
  public var labels: [String]
  /// Earliest `date` kept ("2023", "2023-11" or "2023-11-27"; ``BilatCore/DateWindow`` says
  /// how a partial stored date compares).
  public var since: String?
  /// Latest `date` kept, covering its whole month or year: "2023" keeps "2023-12-31".
  public var until: String?
  /// A name (alias) whose neighbourhood to keep.
  public var around: String?
  /// Hops from ``around``.
  public var depth: Int

  public init(
    types: [String] = [], labels: [String] = [], since: String? = nil, until: String? = nil,
    around: String? = nil, depth: Int = 1
  ) {
    self.types = types
    self.labels = labels
    self.since = since
    self.until = until
    self.around = around
    self.depth = depth
  }

  /// True when no filter is set (the selection is the whole graph).
  public var isEmpty: Bool {
    types.isEmpty && labels.isEmpty && since == nil && until == nil && around == nil
  }

  var filtersRelationships: Bool { !types.isEmpty || since != nil || until != nil }

  /// The ids these filters select.
  public func resolve(in db: GraphDatabase) throws -> GraphSelection {
    guard !isEmpty else { return .all }
    guard depth >= 0 else { throw ExportError.invalidOption("--depth must be 0 or more, not \(depth)") }
    let dates: DateWindow
    do { dates = try DateWindow(since: since, until: until) } catch { throw ExportError.invalidOption("--\(error)") }
    if let around {
      let center = try EntityResolver.resolve(around, in: db)
      return try neighbourhood(of: center, dates: dates, in: db)
    }
    var relationships: [Int64] = []
    var nodes = Set<Int64>()
    let endpoints = filtersRelationships
    try RawRows.forEach(db.db, sql: relationshipSQL(touching: nil), arguments: arguments(frontier: nil, dates: dates)) {
      row in
      relationships.append(row.int64(0))
      if endpoints {
        nodes.insert(row.int64(1))
        nodes.insert(row.int64(2))
      }
    }
    if !filtersRelationships {
      nodes = Set(
        try Int64.fetchAll(
          db.db.boundStatement(
            """
            SELECT id FROM node WHERE label_id IN \(LabelSQL.table.ids(jsonArray: "?1"))
            UNION SELECT node_id FROM node_extra_label WHERE label_id IN \(LabelSQL.table.ids(jsonArray: "?1"))
            """,
            [Self.jsonStrings(labels)])))
    }
    return try GraphSelection(nodes: nodes, relationships: relationships, in: db)
  }

  /// Breadth-first search over kept relationships, in both directions.
  private func neighbourhood(of center: Int64, dates: DateWindow, in db: GraphDatabase) throws -> GraphSelection {
    var reached: Set<Int64> = [center]
    var frontier: [Int64] = [center]
    var hop = 0
    while hop < depth, !frontier.isEmpty {
      var next: [Int64] = []
      let sql = relationshipSQL(touching: frontier, center: center)
      try RawRows.forEach(db.db, sql: sql, arguments: arguments(frontier: frontier, center: center, dates: dates)) {
        row in
        let start = row.int64(1)
        let end = row.int64(2)
        if reached.insert(start).inserted { next.append(start) }
        if reached.insert(end).inserted { next.append(end) }
      }
      frontier = next
      hop += 1
    }
    // Kept relationships among the reached nodes (the induced subgraph).
    let members = Array(reached).sorted()
    var relationships: [Int64] = []
    if depth > 0 {
      let sql = relationshipSQL(touching: members, center: center)
      try RawRows.forEach(db.db, sql: sql, arguments: arguments(frontier: members, center: center, dates: dates)) {
        row in
        if reached.contains(row.int64(1)) && reached.contains(row.int64(2)) { relationships.append(row.int64(0)) }
      }
    }
    return try GraphSelection(nodes: reached, relationships: relationships, in: db)
  }

  /// SQL for the kept relationships `(id, start_id, end_id)`, optionally only those touching
  /// the nodes of a JSON array argument. Built only from fixed fragments; values are bound.
  private func relationshipSQL(touching frontier: [Int64]?, center: Int64? = nil) -> String {
    var conditions: [String] = []
    if !types.isEmpty { conditions.append("r.type_id IN \(RelationshipTypeSQL.ids(jsonArray: ":types"))") }
    if since != nil || until != nil {
      // The `date` column holds text or NULL; NULL is in no window.
      conditions.append("r.date >= :from AND r.date < :before")
    }
    if !labels.isEmpty {
      for end in ["start_id", "end_id"] {
        // The entity a neighbourhood is drawn around is kept whatever its labels.
        let exempt = center == nil ? "" : "r.\(end) = :center OR "
        conditions.append(
          "(\(exempt)EXISTS (SELECT 1 FROM node n WHERE n.id = r.\(end) "
            + "AND \(LabelSQL.test("n", jsonArray: ":labels"))))")
      }
    }
    let filter = conditions.joined(separator: " AND ")
    guard frontier != nil else {
      return "SELECT r.id, r.start_id, r.end_id FROM relationship r"
        + (filter.isEmpty ? "" : " WHERE \(filter)") + " ORDER BY r.id"
    }
    let extra = filter.isEmpty ? "" : " AND \(filter)"
    return """
      SELECT r.id, r.start_id, r.end_id FROM relationship r
      WHERE r.start_id IN (SELECT value FROM json_each(:frontier))\(extra)
      UNION
      SELECT r.id, r.start_id, r.end_id FROM relationship r
      WHERE r.end_id IN (SELECT value FROM json_each(:frontier))\(extra)
      ORDER BY 1
      """
  }

  private func arguments(frontier: [Int64]?, center: Int64? = nil, dates: DateWindow) -> SQLArguments {
    var values: [String: (any DatabaseValueConvertible)?] = [:]
    if !types.isEmpty { values["types"] = Self.jsonStrings(types) }
    if !dates.isEmpty {
      values["from"] = dates.lowerBound
      values["before"] = dates.upperBound
    }
    if !labels.isEmpty { values["labels"] = Self.jsonStrings(labels) }
    if let frontier { values["frontier"] = GraphSelection.jsonArray(frontier) }
    if let center, !labels.isEmpty { values["center"] = center }
    return SQLArguments(named: values)
  }

  static func jsonStrings(_ strings: [String]) -> String {
    var output = "["
    for (index, string) in strings.enumerated() {
      if index > 0 { output += "," }
      output += JSONText.quoted(string)
    }
    return output + "]"
  }
}
