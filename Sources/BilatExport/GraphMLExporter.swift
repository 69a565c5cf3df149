import BilatCore
import BilatStore
import GRDB

/// Writes a selection of the graph as GraphML, for Gephi, Cytoscape and yEd.
///
/// Keys: `labels` (":Person:Country", as Neo4j writes them) and `label` (the display name) on
/// nodes, `type` (and `label`, the type) on edges, then one key per property key with the
/// GraphML type that holds all its values: `long`, `double`, `boolean` or `string` (lists and
/// maps as JSON text). Node ids are `n<id>`, edge ids `e<id>`; output is sorted and streamed.
public enum GraphMLExporter {
  /// Counts of what was written.
  public struct Summary: Equatable, Sendable {
    public init() {}
    public var nodes = 0
    public var relationships = 0
  }

  struct Key {
    var id: String
    var name: String
    var type: String
  }

  /// Writes `selection` of the graph in `db` to `output` (not flushed).
  @discardableResult
  public static func export(
    _ db: GraphDatabase, selection: GraphSelection = .all, to output: TextOutput
  ) throws -> Summary {
    var summary = Summary()
    let nodeKeys = try propertyKeys(
      db, table: "node", hot: PropertyStorage.nodeHotKeys, ids: selection.nodeIDs, prefix: "np")
    let edgeKeys = try propertyKeys(
      db, table: "relationship", hot: PropertyStorage.relationshipHotKeys, ids: selection.relationshipIDs,
      prefix: "ep")
    var header = """
      <?xml version="1.0" encoding="UTF-8"?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
      xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
        <key id="labels" for="node" attr.name="labels" attr.type="string"/>
        <key id="label" for="node" attr.name="label" attr.type="string"/>
        <key id="type" for="edge" attr.name="type" attr.type="string"/>
        <key id="edge_label" for="edge" attr.name="label" attr.type="string"/>

      """
    for (keys, domain) in [(nodeKeys, "node"), (edgeKeys, "edge")] {
      for key in keys {
        header +=
          "  <key id=\"\(key.id)\" for=\"\(domain)\" attr.name=\(XMLText.attribute(key.name)) "
          + "attr.type=\"\(key.type)\"/>\n"
      }
    }
    header += "  <graph id=\"bilat\" edgedefault=\"directed\">\n"
    try output.write(header)
    let nodeKeyIDs = Dictionary(uniqueKeysWithValues: nodeKeys.map { ($0.name, $0.id) })
    let edgeKeyIDs = Dictionary(uniqueKeysWithValues: edgeKeys.map { ($0.name, $0.id) })
    let reader = GraphReader(db, selection: selection)
    try reader.forEachNode(including: [.aliases]) { node in
      try output.write(literal: "    <node id=\"n")
      try output.write(decimal: node.id)
      try output.write(literal: "\"><data key=\"labels\">")
      for label in node.labels {
        try output.write(literal: ":")
        try output.writeXMLEscaped(label)
      }
      try output.write(literal: "</data><data key=\"label\">")
      try output.writeXMLEscaped(DOTStyle.nodeCaption(node, primaryLabel: DOTStyle.primaryLabel(node.labels)))
      try output.write(literal: "</data>")
      try writeData(node.properties, keyIDs: nodeKeyIDs, to: output)
      try output.write(literal: "</node>\n")
      summary.nodes += 1
    }
    try reader.forEachRelationship { relationship in
      try output.write(literal: "    <edge id=\"e")
      try output.write(decimal: relationship.id)
      try output.write(literal: "\" source=\"n")
      try output.write(decimal: relationship.start)
      try output.write(literal: "\" target=\"n")
      try output.write(decimal: relationship.end)
      try output.write(literal: "\"><data key=\"type\">")
      try output.writeXMLEscaped(relationship.type)
      try output.write(literal: "</data><data key=\"edge_label\">")
      try output.writeXMLEscaped(relationship.type)
      try output.write(literal: "</data>")
      try writeData(relationship.properties, keyIDs: edgeKeyIDs, to: output)
      try output.write(literal: "</edge>\n")
      summary.relationships += 1
    }
    try output.write("  </graph>\n</graphml>\n")
    return summary
  }

  private static func writeData(
    _ properties: [(key: String, value: PropertyValue)], keyIDs: [String: String], to output: TextOutput
  ) throws {
    for (key, value) in properties {
      guard let id = keyIDs[key] else { continue }
      try output.write(literal: "<data key=\"")
      try output.write(id)
      try output.write(literal: "\">")
      try output.writeXMLEscaped(plain(value))
      try output.write(literal: "</data>")
    }
  }

  /// A value as GraphML text: numbers and booleans as XML Schema writes them, lists and maps as JSON.
  static func plain(_ value: PropertyValue) -> String {
    switch value {
    case .null: return ""
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .double(let d): return d.isFinite ? String(d) : (d.isNaN ? "NaN" : (d > 0 ? "INF" : "-INF"))
    case .string(let s): return s
    case .list, .map: return PropertyValue.jsonText(value)
    }
  }

  /// The property keys of the selection with the narrowest GraphML type holding all their values.
  private static func propertyKeys(
    _ db: GraphDatabase, table: String, hot: [String], ids: [Int64]?, prefix: String
  ) throws -> [Key] {
    precondition(["node", "relationship"].contains(table))
    let filter = ids == nil ? "" : " WHERE t.id IN (SELECT value FROM json_each(?))"
    let arguments: SQLArguments = ids.map { [GraphSelection.jsonArray($0)] } ?? []
    var types: [String: Set<StoredValueType>] = [:]
    // Table and hot column names are the store's fixed names, never input.
    for key in hot {
      let condition = (filter.isEmpty ? " WHERE" : filter + " AND") + " t.\(key) IS NOT NULL"
      let sql = "SELECT EXISTS(SELECT 1 FROM \(table) t\(condition))"
      try RawRows.forEach(db.db, sql: sql, arguments: arguments) { row in
        if row.int64(0) != 0 { types[key, default: []].insert(.string) }
      }
    }
    try RawRows.forEach(
      db.db, sql: "SELECT j.key, j.type FROM \(table) t, json_each(t.props) j\(filter)", arguments: arguments
    ) { row in
      guard let type = StoredValueType(jsonType: row.string(1)) else { return }
      let key = row.string(0)
      if types[key]?.contains(type) != true { types[key, default: []].insert(type) }
    }
    let order = types.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    return order.enumerated().map { index, key in
      let stored = types[key] ?? []
      let type: String
      if stored == [.integer] {
        type = "long"
      } else if stored.isSubset(of: [.integer, .float]) {
        type = "double"
      } else if stored == [.boolean] {
        type = "boolean"
      } else {
        type = "string"
      }
      return Key(id: "\(prefix)\(index + 1)", name: key, type: type)
    }
  }
}
