import BilatCore
import BilatStore

/// Counts of what CREATE made.
public struct CreateStatistics: Equatable, Sendable {
  public var nodes = 0
  public var relationships = 0
  public var properties = 0
  public var labels = 0
}

/// Executes CREATE patterns for one row, through the store's write API.
struct Creator {
  let writer: GraphDatabase
  let evaluator: Evaluator
  let reader: GraphReader
  var statistics = CreateStatistics()

  mutating func create(_ patterns: [PathPattern], _ row: Bindings) throws -> Bindings {
    var row = row
    for pattern in patterns {
      var nodes: [CypherNode] = []
      for node in pattern.nodes {
        if let v = node.variable, let bound = row[v] {
          guard case .node(let n) = bound else {
            throw CypherError(
              .syntax, code: "VariableTypeConflict", "'\(v)' is not a node", range: node.range, atRuntime: true)
          }
          nodes.append(n)
          continue
        }
        let properties = try self.properties(node.properties, row)
        let id = try writer.createNode(labels: node.labels, properties: properties)
        statistics.nodes += 1
        statistics.labels += node.labels.count
        statistics.properties += properties.count
        let created = CypherNode(id: id, labels: node.labels, properties: properties.mapValues(CypherValue.init))
        if let v = node.variable { row[v] = .node(created) }
        nodes.append(created)
      }
      var rels: [CypherRelationship] = []
      for (i, rel) in pattern.relationships.enumerated() {
        guard rel.types.count == 1, rel.direction != .both, !rel.isVariableLength else {
          throw CypherError(
            .syntax, code: "InvalidRelationshipPattern",
            "CREATE needs a relationship with exactly one type and a direction, as in (a)-[:KNOWS]->(b)",
            range: rel.range)
        }
        if let v = rel.variable, row[v] != nil {
          throw CypherError(.syntax, code: "VariableAlreadyBound", "'\(v)' is already bound", range: rel.range)
        }
        let (from, to) = rel.direction == .outgoing ? (nodes[i], nodes[i + 1]) : (nodes[i + 1], nodes[i])
        let properties = try self.properties(rel.properties, row)
        let id = try writer.createRelationship(type: rel.types[0], from: from.id, to: to.id, properties: properties)
        statistics.relationships += 1
        statistics.properties += properties.count
        let created = CypherRelationship(
          id: id, type: rel.types[0], startID: from.id, endID: to.id, properties: properties.mapValues(CypherValue.init)
        )
        if let v = rel.variable { row[v] = .relationship(created) }
        rels.append(created)
      }
      if let p = pattern.variable { row[p] = .path(CypherPath(nodes: nodes, relationships: rels)) }
    }
    return row
  }

  private func properties(_ expr: Expr?, _ row: Bindings) throws -> [String: PropertyValue] {
    guard let expr else { return [:] }
    guard case .map(let map) = try evaluator.evaluate(expr, row) else { return [:] }
    var result: [String: PropertyValue] = [:]
    for (key, value) in map where !value.isNull {
      guard let stored = value.propertyValue else {
        throw CypherError(
          .type, code: "InvalidPropertyType", "property '\(key)' cannot hold a \(value.typeName)", range: expr.range,
          atRuntime: true)
      }
      result[key] = stored
    }
    return result
  }
}
