import BilatCore
import BilatStore
import GRDB

/// What a name denotes: one node, several, or none (with the closest names, for a suggestion).
public enum NameResolution: Equatable, Sendable {
  case found(id: Int64, name: String)
  case ambiguous([(id: Int64, name: String)])
  case unknown(suggestions: [(id: Int64, name: String)])

  public static func == (a: NameResolution, b: NameResolution) -> Bool {
    switch (a, b) {
    case (.found(let x, let n), .found(let y, let m)): return x == y && n == m
    case (.ambiguous(let x), .ambiguous(let y)): return x.map(\.id) == y.map(\.id)
    case (.unknown(let x), .unknown(let y)): return x.map(\.id) == y.map(\.id) && x.map(\.name) == y.map(\.name)
    default: return false
    }
  }
}

/// The one name resolver of every command (`who-met`, `agreements`, `export --around`, `serve`):
/// finds the node a user means by a name through aliases (typography-folded), the exact `name`
/// property, transliteration-folded aliases, then `name` properties compared the same two ways
/// (graphs made without aliases). An unknown name gets suggestions: names within a small edit
/// distance of it (or of as many consecutive words), and names that contain it.
public enum NameResolver {
  /// Suggestions given for an unknown name, at most.
  public static let suggestionLimit = 10

  /// Resolves `name` among nodes with `label` (any label when nil).
  public static func resolve(_ name: String, label: String?, in store: GraphStore) throws -> NameResolution {
    try store.read { graph in try resolve(name, label: label, in: graph) }
  }

  /// Resolves `name` inside a transaction the caller holds.
  public static func resolve(_ name: String, label: String?, in graph: GraphDatabase) throws -> NameResolution {
    let db = graph.db
    var ids = try graph.nodes(withAlias: name, label: label)
    if ids.isEmpty {
      ids = try Int64.fetchAll(
        db.boundStatement(
          """
          SELECT n.id FROM node n
          WHERE n.name = ?1 AND (?2 IS NULL OR \(LabelSQL.test("n", parameter: "?2")))
          ORDER BY n.id
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
      if ids.isEmpty { return .unknown(suggestions: try suggestions(key, candidates, db)) }
    }
    let unique = Array(Set(ids)).sorted()
    let named = try unique.map { (id: $0, name: try displayName($0, db)) }
    if named.count == 1, let only = named.first { return .found(id: only.id, name: only.name) }
    return .ambiguous(named)
  }

  /// The closest names to `key`: by edit distance (whole name or as many consecutive words),
  /// then those containing it; one per node, best first, ties by name.
  static func suggestions(
    _ key: String, _ candidates: [(id: Int64, name: String)], _ db: Database
  ) throws -> [(id: Int64, name: String)] {
    let limit = max(3, key.count / 3)
    var best: [Int64: (distance: Int, name: String)] = [:]
    for candidate in candidates {
      let normalized = NameKey.normalized(candidate.name)
      var distance = closeness(key, normalized)
      if distance > limit {
        guard !key.isEmpty, normalized.contains(key) else { continue }
        distance = limit + 1
      }
      if let known = best[candidate.id], known.distance <= distance { continue }
      best[candidate.id] = (distance, candidate.name)
    }
    let ranked = best.sorted { a, b in
      a.value.distance != b.value.distance
        ? a.value.distance < b.value.distance
        : (a.value.name != b.value.name ? a.value.name < b.value.name : a.key < b.key)
    }
    return try ranked.prefix(suggestionLimit).map { (id: $0.key, name: try displayName($0.key, db)) }
  }

  /// A node's `name` property, else its first alias, else `#id`.
  static func displayName(_ id: Int64, _ db: Database) throws -> String {
    let name = try db.rows("SELECT name FROM node WHERE id = ? AND name IS NOT NULL", [id]) { $0.text(0) }.first
    if let name { return name }
    let alias = try db.rows("SELECT surface FROM alias WHERE node_id = ? ORDER BY surface LIMIT 1", [id]) {
      $0.text(0)
    }.first
    return alias ?? "#\(id)"
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
      SELECT n.id, n.name FROM node n
      WHERE n.name IS NOT NULL AND (?1 IS NULL OR \(LabelSQL.test("n", parameter: "?1")))
      UNION SELECT a.node_id, a.surface FROM alias a JOIN node n ON n.id = a.node_id
      WHERE ?1 IS NULL OR \(LabelSQL.test("n", parameter: "?1"))
      """, [label]
    ) { ($0.int64(0), $0.text(1)) }
  }
}
