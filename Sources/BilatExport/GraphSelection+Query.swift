import BilatQuery
import BilatStore

extension GraphSelection {
  /// The nodes, relationships and paths a query returned, anywhere in its rows (also inside
  /// lists and maps), closed over relationship endpoints.
  ///
  /// - Throws: ``ExportError/invalidOption(_:)`` when the result holds no graph values.
  public init(queryResult: QueryResult, in db: GraphDatabase) throws {
    var nodes = Set<Int64>()
    var relationships = Set<Int64>()
    func collect(_ value: CypherValue) {
      switch value {
      case .node(let node): nodes.insert(node.id)
      case .relationship(let relationship): relationships.insert(relationship.id)
      case .path(let path):
        for node in path.nodes { nodes.insert(node.id) }
        for relationship in path.relationships { relationships.insert(relationship.id) }
      case .list(let items): items.forEach(collect)
      case .map(let members): members.values.forEach(collect)
      case .null, .bool, .int, .float, .string, .temporal: break
      }
    }
    for row in queryResult.rows { row.forEach(collect) }
    guard !nodes.isEmpty || !relationships.isEmpty || queryResult.rows.isEmpty else {
      throw ExportError.invalidOption(
        "the query returned no nodes, relationships or paths to draw (columns: "
          + queryResult.columns.joined(separator: ", ") + "); RETURN them, e.g. MATCH p=(a)-[r]->(b) RETURN p")
    }
    try self.init(nodes: nodes, relationships: relationships, in: db)
  }
}
