import BilatCore
import GRDB

extension GraphDatabase {
  /// Records a surface form for a node, with its normalized and transliteration-folded keys.
  public func addAlias(_ surface: String, to node: Int64) throws {
    let trimmed = surface.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { return }
    try db.run(
      "INSERT OR IGNORE INTO alias(node_id, surface, key, folded_key) VALUES (?, ?, ?, ?)",
      [node, trimmed, NameKey.normalized(trimmed), NameKey.transliterationFolded(trimmed)])
  }

  /// The surface forms recorded for a node, sorted.
  public func aliases(of node: Int64) throws -> [String] {
    try db.rows("SELECT surface FROM alias WHERE node_id = ? ORDER BY surface", [node]) { $0.text(0) }
  }

  /// Nodes with an alias whose normalized key equals that of `name`, optionally with a label.
  ///
  /// Looked up through `alias_by_folded_key`: the folded key is a function of the normalized
  /// key, so the aliases with this key are among those with its folded key (schema version 4
  /// keeps no index on `key`).
  public func nodes(withAlias name: String, label: String? = nil) throws -> [Int64] {
    try nodes(folded: NameKey.transliterationFolded(name), key: NameKey.normalized(name), label: label)
  }

  /// Nodes with an alias whose transliteration-folded key equals that of `name`.
  public func nodes(withFoldedAlias name: String, label: String? = nil) throws -> [Int64] {
    try nodes(folded: NameKey.transliterationFolded(name), key: nil, label: label)
  }

  /// Nodes with an alias of folded key `folded` and, unless nil, normalized key `key`.
  private func nodes(folded: String, key: String?, label: String?) throws -> [Int64] {
    try Int64.fetchAll(db.boundStatement(Self.aliasLookupSQL, [folded, key, label]))
  }

  /// The alias lookup: `?1` the folded key, `?2` the normalized key or NULL, `?3` a label or NULL.
  static let aliasLookupSQL = """
    SELECT DISTINCT a.node_id FROM alias a JOIN node n ON n.id = a.node_id
    WHERE a.folded_key = ?1 AND (?2 IS NULL OR a.key = ?2)
      AND (?3 IS NULL OR \(LabelSQL.test("n", parameter: "?3"))) ORDER BY a.node_id
    """
}
