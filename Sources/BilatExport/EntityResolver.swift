import BilatCore
import BilatStore
import GRDB

/// Finds the one node a user means by a name, through the alias table.
enum EntityResolver {
  /// The node named `name`: first by normalized alias, then by transliteration-folded alias,
  /// then by `name` properties compared the same two ways (for graphs made without aliases).
  ///
  /// - Throws: ``ExportError/ambiguousEntity(name:candidates:)`` or
  ///   ``ExportError/unknownEntity(name:suggestions:)``.
  static func resolve(_ name: String, in db: GraphDatabase) throws -> Int64 {
    var matches = try db.nodes(withAlias: name)
    if matches.isEmpty { matches = try db.nodes(withFoldedAlias: name) }
    var similar: [Int64] = []
    if matches.isEmpty {
      // Nodes made without aliases (`bilat create`, other tools): compare `name` properties
      // with the same keys, normalized first, then transliteration-folded.
      let key = NameKey.normalized(name)
      let folded = NameKey.transliterationFolded(name)
      var foldedMatches: [Int64] = []
      try RawRows.forEach(
        db.db,
        sql: "SELECT node_id, value FROM node_property WHERE key = 'name' "
          + "AND value_type = \(StoredValueType.string.sqlLiteral) ORDER BY node_id"
      ) { row in
        let candidate = NameKey.normalized(row.string(1))
        if candidate == key {
          matches.append(row.int64(0))
        } else if NameKey.transliterationFolded(candidate) == folded {
          foldedMatches.append(row.int64(0))
        } else if similar.count < 10, !key.isEmpty, candidate.contains(key) {
          similar.append(row.int64(0))
        }
      }
      if matches.isEmpty { matches = foldedMatches }
    }
    if matches.count == 1, let only = matches.first { return only }
    if matches.count > 1 {
      throw ExportError.ambiguousEntity(name: name, candidates: try matches.prefix(20).map { try describe($0, in: db) })
    }
    let key = NameKey.normalized(name)
    let similarAliases = try Int64.fetchAll(
      db.db.boundStatement(
        """
        SELECT DISTINCT node_id FROM alias WHERE instr(key, ?) > 0 OR (length(key) >= 4 AND instr(?, key) > 0)
        ORDER BY node_id LIMIT 10
        """,
        [key, key]))
    let suggestions = Array(Set(similarAliases + similar)).sorted().prefix(10)
    throw ExportError.unknownEntity(name: name, suggestions: try suggestions.map { try describe($0, in: db) })
  }

  /// "Alikhan Smailov (Person, node 12)".
  static func describe(_ node: Int64, in db: GraphDatabase) throws -> String {
    let labels = try db.labels(of: node)
    let name = try db.nodeProperties(node)["name"]?.stringValue ?? db.aliases(of: node).first ?? "unnamed"
    let kind = labels.isEmpty ? "" : labels.joined(separator: ":") + ", "
    return "\(name) (\(kind)node \(node))"
  }
}
