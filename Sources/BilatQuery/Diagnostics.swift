import BilatStore
import GRDB

/// "Did you mean" warnings for labels, relationship types and property keys the database lacks.
enum Diagnostics {
  /// The warnings for the names `refs` holds; existence answers, and the warnings of a query
  /// text already seen, are reused from `cache` while the database is unchanged.
  static func warnings(
    _ refs: References, _ db: Database, _ text: String, cache: NameProbeCache? = nil
  ) throws -> [CypherWarning] {
    let version = cache == nil ? nil : NameProbeCache.version(db)
    if let version, let known = cache?.warnings(text, db, version: version) { return known }
    var warnings: [CypherWarning] = []
    var reported = Set<String>()
    var answers = version.map { cache?.answers(db, version: $0) ?? [:] } ?? [:]
    var probed = false
    func check(
      _ items: [(String, SourceRange)], exists: String, all: String, what: String
    ) throws {
      var known: [String]?
      for (name, range) in items where !reported.contains(what + name) {
        let key = what + "\u{0}" + name
        let found: Bool
        if let answer = answers[key] {
          found = answer
        } else {
          found = try Bool.fetchOne(db.boundStatement(exists, [name])) == true
          answers[key] = found
          probed = true
        }
        if found { continue }
        reported.insert(what + name)
        if known == nil { known = try db.rows(all) { $0.text(0) } }
        var message = "no \(what) '\(name)' in the database"
        if let suggestion = closest(name, known ?? []) { message += "; did you mean \(suggestion)?" }
        warnings.append(CypherWarning(message: message, range: range, source: text))
      }
    }
    try check(
      refs.labels,
      exists:
        "SELECT EXISTS(SELECT 1 FROM node WHERE label_id = \(LabelSQL.table.id("?1"))) "
        + "OR EXISTS(SELECT 1 FROM node_extra_label WHERE label_id = \(LabelSQL.table.id("?1")))",
      all: LabelSQL.inUse, what: "label")
    try check(
      refs.types, exists: "SELECT EXISTS(SELECT 1 FROM relationship WHERE type_id = \(RelationshipTypeSQL.id("?")))",
      all: RelationshipTypeSQL.inUse, what: "relationship type")
    try check(
      refs.nodeKeys, exists: nodeKeyExists, all: allNodeKeys, what: "node property")
    try check(
      refs.relationshipKeys, exists: relationshipKeyExists, all: allRelationshipKeys, what: "relationship property")
    if probed, let version, let cache { cache.remember(answers, db, version: version) }
    for (property, range) in refs.propertyVersusTemporal {
      warnings.append(
        CypherWarning(
          message:
            "\(property) is stored as text, so comparing it with a temporal value is always null; "
            + "compare date(\(property)) instead, or \(property) with a string",
          range: range, source: text))
    }
    if let version, let cache { cache.remember(warnings: warnings, for: text, db, version: version) }
    return warnings
  }

  // Built once: building them for every query cost a tenth of a point lookup's time (perf, q11).
  private static let nodeKeyExists = keyExists("node", PropertyStorage.nodeHotKeys)
  private static let allNodeKeys = allKeys("node", PropertyStorage.nodeHotKeys)
  private static let relationshipKeyExists = keyExists("relationship", PropertyStorage.relationshipHotKeys)
  private static let allRelationshipKeys = allKeys("relationship", PropertyStorage.relationshipHotKeys)

  /// `SELECT EXISTS ...` of a property key (`?1`) in `table`'s hot columns or `props` members.
  /// Table and column names are the store's fixed names, never input.
  private static func keyExists(_ table: String, _ hot: [String]) -> String {
    let columns = hot.map { "EXISTS(SELECT 1 FROM \(table) WHERE ?1 = '\($0)' AND \($0) IS NOT NULL)" }
    let members = "EXISTS(SELECT 1 FROM \(table) t, json_each(t.props) j WHERE j.key = ?1)"
    return "SELECT " + (columns + [members]).joined(separator: " OR ")
  }

  /// Every property key in `table`: the hot columns holding a value and the `props` members.
  private static func allKeys(_ table: String, _ hot: [String]) -> String {
    let columns = hot.map { "SELECT '\($0)' WHERE EXISTS(SELECT 1 FROM \(table) WHERE \($0) IS NOT NULL)" }
    return (columns + ["SELECT DISTINCT j.key FROM \(table) t, json_each(t.props) j"]).joined(separator: " UNION ")
  }

  /// The known name closest to `name` (case-insensitive edit distance), if close enough.
  static func closest(_ name: String, _ candidates: [String]) -> String? {
    let target = Array(name.lowercased())
    var best: (String, Int)?
    for candidate in candidates.sorted() {
      let d = distance(target, Array(candidate.lowercased()))
      if let current = best, current.1 <= d { continue }
      best = (candidate, d)
    }
    guard let (match, d) = best else { return nil }
    return d <= max(2, target.count / 3) ? match : nil
  }

  static func distance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...b.count {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }
}
