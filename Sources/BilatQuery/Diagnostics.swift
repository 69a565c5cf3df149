import BilatStore
import GRDB

/// "Did you mean" warnings for labels, relationship types and property keys the database lacks.
enum Diagnostics {
  /// The warnings for the names `refs` holds; existence answers are reused from `cache` while
  /// the database is unchanged.
  static func warnings(
    _ refs: References, _ db: Database, _ text: String, cache: NameProbeCache? = nil
  ) throws -> [CypherWarning] {
    var warnings: [CypherWarning] = []
    var reported = Set<String>()
    let version = cache == nil ? nil : NameProbeCache.version(db)
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
      refs.labels, exists: "SELECT EXISTS(SELECT 1 FROM node_label WHERE label = ?)",
      all: "SELECT DISTINCT label FROM node_label", what: "label")
    try check(
      refs.types, exists: "SELECT EXISTS(SELECT 1 FROM relationship WHERE type = ?)",
      all: "SELECT DISTINCT type FROM relationship", what: "relationship type")
    try check(
      refs.nodeKeys, exists: "SELECT EXISTS(SELECT 1 FROM node_property WHERE key = ?)",
      all: "SELECT DISTINCT key FROM node_property", what: "node property")
    try check(
      refs.relationshipKeys, exists: "SELECT EXISTS(SELECT 1 FROM relationship_property WHERE key = ?)",
      all: "SELECT DISTINCT key FROM relationship_property", what: "relationship property")
    if probed, let version, let cache { cache.remember(answers, db, version: version) }
    for (property, range) in refs.propertyVersusTemporal {
      warnings.append(
        CypherWarning(
          message:
            "\(property) is stored as text, so comparing it with a temporal value is always null; "
            + "compare date(\(property)) instead, or \(property) with a string",
          range: range, source: text))
    }
    return warnings
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
