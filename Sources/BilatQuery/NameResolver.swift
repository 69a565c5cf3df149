import BilatCore
import BilatStore
import GRDB

/// Finds the node a user means by a name: through aliases (typography-folded, then
/// transliteration-folded), then the `name` property; an unknown name gets the closest names.
public enum NameResolution: Equatable, Sendable {
  case found(id: Int64, name: String)
  case ambiguous([(id: Int64, name: String)])
  case unknown(suggestions: [String])

  public static func == (a: NameResolution, b: NameResolution) -> Bool {
    switch (a, b) {
    case (.found(let x, let n), .found(let y, let m)): return x == y && n == m
    case (.ambiguous(let x), .ambiguous(let y)): return x.map(\.id) == y.map(\.id)
    case (.unknown(let x), .unknown(let y)): return x == y
    default: return false
    }
  }
}

public enum NameResolver {
  /// Resolves `name` among nodes with `label` (any label when nil).
  public static func resolve(_ name: String, label: String?, in store: GraphStore) throws -> NameResolution {
    try store.read { graph in
      let db = graph.db
      func named(_ ids: [Int64]) throws -> [(id: Int64, name: String)] {
        try ids.map { id in
          let n = try db.rows("SELECT value FROM node_property WHERE node_id = ? AND key = 'name'", [id]) {
            $0.text(0)
          }.first
          return (id, n ?? "#\(id)")
        }
      }
      var ids = try graph.nodes(withAlias: name, label: label)
      if ids.isEmpty {
        ids = try Int64.fetchAll(
          db.boundStatement(
            """
            SELECT DISTINCT p.node_id FROM node_property p
            WHERE p.key = 'name' AND p.value = ? AND (?2 IS NULL OR EXISTS (
              SELECT 1 FROM node_label l WHERE l.node_id = p.node_id AND l.label = ?2))
            ORDER BY p.node_id
            """, [name, label]))
      }
      if ids.isEmpty { ids = try graph.nodes(withFoldedAlias: name, label: label) }
      if ids.isEmpty {
        // Case- and accent-insensitive match on names (names without alias rows).
        let key = NameKey.normalized(name)
        let candidates = try names(db, label: label)
        ids = candidates.filter { NameKey.normalized($0.name) == key }.map(\.id)
        if ids.isEmpty {
          let folded = NameKey.transliterationFolded(name)
          ids = candidates.filter { NameKey.transliterationFolded($0.name) == folded }.map(\.id)
        }
        if ids.isEmpty {
          let ranked = candidates.map { ($0.name, closeness(key, NameKey.normalized($0.name))) }
            .filter { $0.1 <= max(3, key.count / 3) }
            .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
          return .unknown(
            suggestions: Array(Set(ranked.map(\.0))).sorted { a, b in
              let da = ranked.first { $0.0 == a }?.1 ?? 0
              let db = ranked.first { $0.0 == b }?.1 ?? 0
              return da != db ? da < db : a < b
            }.prefix(5).map { $0 })
        }
      }
      let unique = Array(Set(ids)).sorted()
      if unique.count == 1, let only = try named(unique).first { return .found(id: only.id, name: only.name) }
      return .ambiguous(try named(unique))
    }
  }

  /// Edit distance to the whole name, or to the same number of consecutive words in it
  /// ("smailow" is 1 from "alikhan smailov").
  static func closeness(_ key: String, _ candidate: String) -> Int {
    var best = Diagnostics.distance(Array(key), Array(candidate))
    let words = candidate.split(separator: " ")
    let n = key.split(separator: " ").count
    if n < words.count {
      for start in 0...(words.count - n) {
        let part = words[start..<start + n].joined(separator: " ")
        best = min(best, Diagnostics.distance(Array(key), Array(part)))
      }
    }
    return best
  }

  private static func names(_ db: Database, label: String?) throws -> [(id: Int64, name: String)] {
    try db.rows(
      """
        SELECT p.node_id, p.value FROM node_property p
        WHERE p.key = 'name' AND p.value_type = \(StoredValueType.string.sqlLiteral) AND (?1 IS NULL OR EXISTS (
          SELECT 1 FROM node_label l WHERE l.node_id = p.node_id AND l.label = ?1))
        UNION SELECT a.node_id, a.surface FROM alias a
        WHERE ?1 IS NULL OR EXISTS (SELECT 1 FROM node_label l WHERE l.node_id = a.node_id AND l.label = ?1)
        """, [label]
    ) { ($0.int64(0), $0.text(1)) }
  }
}
