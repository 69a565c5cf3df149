import BilatCore
import Foundation

extension CypherValue: CustomStringConvertible {
  /// A Cypher-literal rendering: `'text'`, `1.5`, `[1, 2]`, `{k: 1}`, `(:Label {k: 1})`,
  /// `[:TYPE {k: 1}]`, `<(a)-[:T]->(b)>`. Map keys and properties are sorted.
  public var description: String {
    switch self {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .float(let d): return PropertyValue.format(d)
    case .string(let s):
      return "'" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    case .temporal(let t): return "'" + t.description + "'"
    case .list(let l): return "[" + l.map(\.description).joined(separator: ", ") + "]"
    case .map(let m): return CypherValue.render(map: m)
    case .node(let n): return CypherValue.render(node: n)
    case .relationship(let r): return CypherValue.render(relationship: r)
    case .path(let p):
      var out = "<" + CypherValue.render(node: p.nodes[0])
      for (i, r) in p.relationships.enumerated() {
        let from = p.nodes[i]
        let forward = r.startID == from.id
        out += (forward ? "-" : "<-") + CypherValue.render(relationship: r) + (forward ? "->" : "-")
        out += CypherValue.render(node: p.nodes[i + 1])
      }
      return out + ">"
    }
  }

  static func render(map: [String: CypherValue]) -> String {
    "{" + map.keys.sorted().map { "\($0): \(map[$0]?.description ?? "null")" }.joined(separator: ", ") + "}"
  }

  static func render(node: CypherNode) -> String {
    let labels = node.labels.sorted().map { ":" + $0 }.joined()
    let props = node.properties.isEmpty ? "" : (labels.isEmpty ? "" : " ") + render(map: node.properties)
    return "(" + labels + props + ")"
  }

  static func render(relationship r: CypherRelationship) -> String {
    "[:" + r.type + (r.properties.isEmpty ? "" : " " + render(map: r.properties)) + "]"
  }

  /// A plain rendering for tables: strings unquoted, everything else as literals.
  public var displayText: String {
    if case .string(let s) = self { return s }
    if case .temporal(let t) = self { return t.description }
    return description
  }

  /// A JSON-compatible value: nodes as `{"id", "labels", "properties"}`, relationships as
  /// `{"id", "type", "start", "end", "properties"}`, paths as `{"nodes", "relationships"}`.
  public var jsonObject: Any {
    switch self {
    case .null: return NSNull()
    case .bool(let b): return b
    case .int(let i): return i
    case .float(let d): return d.isFinite ? d as Any : PropertyValue.format(d)
    case .string(let s): return s
    case .temporal(let t): return t.description
    case .list(let l): return l.map(\.jsonObject)
    case .map(let m): return m.mapValues(\.jsonObject)
    case .node(let n):
      return ["id": n.id, "labels": n.labels, "properties": n.properties.mapValues(\.jsonObject)] as [String: Any]
    case .relationship(let r):
      return [
        "id": r.id, "type": r.type, "start": r.startID, "end": r.endID,
        "properties": r.properties.mapValues(\.jsonObject),
      ] as [String: Any]
    case .path(let p):
      return [
        "nodes": p.nodes.map { CypherValue.node($0).jsonObject },
        "relationships": p.relationships.map { CypherValue.relationship($0).jsonObject },
      ] as [String: Any]
    }
  }
}
