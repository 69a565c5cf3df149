import BilatStore
import GRDB

/// Which part of the graph an export covers: everything, or a set of node and relationship ids.
///
/// Neutral about where the ids came from (filters, a neighbourhood, a query result), so every
/// exporter takes one. A subset is always closed: the endpoints of its relationships are in it.
public struct GraphSelection: Equatable, Sendable {
  /// Node ids, sorted and unique; nil means every node.
  public let nodeIDs: [Int64]?
  /// Relationship ids, sorted and unique; nil means every relationship.
  public let relationshipIDs: [Int64]?

  /// The whole graph.
  public static let all = GraphSelection(allNodes: ())

  private init(allNodes: Void) {
    nodeIDs = nil
    relationshipIDs = nil
  }

  private init(sortedNodes: [Int64], sortedRelationships: [Int64]) {
    nodeIDs = sortedNodes
    relationshipIDs = sortedRelationships
  }

  /// A subset: the given nodes and relationships plus the endpoints of those relationships.
  ///
  /// Ids that do not exist are ignored.
  public init(nodes: some Sequence<Int64>, relationships: some Sequence<Int64>, in db: GraphDatabase) throws {
    var nodeSet = Set(nodes)
    var keptRelationships: [Int64] = []
    let requested = Array(Set(relationships)).sorted()
    try RawRows.forEach(
      db.db,
      sql: "SELECT id, start_id, end_id FROM relationship WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id",
      arguments: [Self.jsonArray(requested)]
    ) { row in
      keptRelationships.append(row.int64(0))
      nodeSet.insert(row.int64(1))
      nodeSet.insert(row.int64(2))
    }
    var keptNodes: [Int64] = []
    keptNodes.reserveCapacity(nodeSet.count)
    try RawRows.forEach(
      db.db, sql: "SELECT id FROM node WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id",
      arguments: [Self.jsonArray(Array(nodeSet))]
    ) { row in keptNodes.append(row.int64(0)) }
    self.init(sortedNodes: keptNodes, sortedRelationships: keptRelationships)
  }

  /// True when this is the whole graph.
  public var isAll: Bool { nodeIDs == nil }

  /// A JSON array of ids, bound as one argument and read with `json_each` in SQL.
  static func jsonArray(_ ids: [Int64]) -> String {
    var text = "["
    text.reserveCapacity(ids.count * 8 + 2)
    for (index, id) in ids.enumerated() {
      if index > 0 { text += "," }
      text += String(id)
    }
    return text + "]"
  }
}
