import BilatCore
import GRDB

extension GraphDatabase {
  /// Records a surface form for a node, with its transliteration-folded key (the lookup key).
  public func addAlias(_ surface: String, to node: Int64) throws {
    let trimmed = surface.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { return }
    try db.run(
      "INSERT OR IGNORE INTO alias(node_id, surface, folded_key) VALUES (?, ?, ?)",
      [node, trimmed, NameKey.transliterationFolded(trimmed)])
  }

  /// The surface forms recorded for a node, sorted.
  public func aliases(of node: Int64) throws -> [String] {
    try db.rows("SELECT surface FROM alias WHERE node_id = ? ORDER BY surface", [node]) { $0.text(0) }
  }

  /// Nodes with an alias whose normalized key equals that of `name`, optionally with a label.
  ///
  /// Looked up through `alias_by_folded_key`: the folded key is a function of the normalized
  /// key, so the aliases with this key are among those with its folded key; the normalized key
  /// (``BilatCore/NameKey/normalized(_:)`` of the surface, schema version 6 keeps no column for
  /// it) is checked on the few rows found.
  public func nodes(withAlias name: String, label: String? = nil) throws -> [Int64] {
    let key = NameKey.normalized(name)
    var ids: [Int64] = []
    try db.forEachRow(Self.aliasLookupSQL, [NameKey.transliterationFolded(name), label]) { row in
      let id = row.int64(0)
      if ids.last != id && NameKey.normalized(row.text(1)) == key { ids.append(id) }
    }
    return ids
  }

  /// Nodes with an alias whose transliteration-folded key equals that of `name`.
  public func nodes(withFoldedAlias name: String, label: String? = nil) throws -> [Int64] {
    var ids: [Int64] = []
    try db.forEachRow(Self.aliasLookupSQL, [NameKey.transliterationFolded(name), label]) { row in
      if ids.last != row.int64(0) { ids.append(row.int64(0)) }
    }
    return ids
  }

  /// The alias lookup, in node order: `?1` the folded key, `?2` a label or NULL; each row a node
  /// id and one of its surfaces with that folded key.
  static let aliasLookupSQL = """
    SELECT a.node_id, a.surface FROM alias a JOIN node n ON n.id = a.node_id
    WHERE a.folded_key = ?1 AND (?2 IS NULL OR \(LabelSQL.test("n", parameter: "?2"))) ORDER BY a.node_id
    """
}
