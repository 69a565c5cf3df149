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
  public func nodes(withAlias name: String, label: String? = nil) throws -> [Int64] {
    try nodes(column: "key", key: NameKey.normalized(name), label: label)
  }

  /// Nodes with an alias whose transliteration-folded key equals that of `name`.
  public func nodes(withFoldedAlias name: String, label: String? = nil) throws -> [Int64] {
    try nodes(column: "folded_key", key: NameKey.transliterationFolded(name), label: label)
  }

  private func nodes(column: String, key: String, label: String?) throws -> [Int64] {
    // `column` is one of two fixed names chosen above, never user input.
    precondition(column == "key" || column == "folded_key")
    if let label {
      return try Int64.fetchAll(
        db.boundStatement(
          """
          SELECT DISTINCT a.node_id FROM alias a JOIN node n ON n.id = a.node_id
          WHERE \(LabelSQL.test("n", parameter: "?1")) AND a.\(column) = ?2 ORDER BY a.node_id
          """,
          [label, key]))
    }
    return try Int64.fetchAll(
      db.boundStatement("SELECT DISTINCT node_id FROM alias WHERE \(column) = ? ORDER BY node_id", [key]))
  }
}
