import BilatCore
import BilatQuery
import BilatStore
import Foundation
import GRDB

/// Filters of the who-met list.
public struct MeetingFilter: Sendable, Equatable {
  public var person: String?
  /// Two countries: meetings between a person of one and a person of the other.
  public var countries: [String]
  public var since: String?
  public var until: String?

  public init(person: String? = nil, countries: [String] = [], since: String? = nil, until: String? = nil) {
    self.person = person
    self.countries = countries
    self.since = since
    self.until = until
  }
}

extension GraphService {
  /// Most rows a list (meetings, projects, agreements) returns.
  public static let listLimit = 5_000

  /// Meetings, ordered by date, filtered by person, country pair and date range.
  public func meetings(_ filter: MeetingFilter, limit: Int = listLimit) throws -> [MeetingRow] {
    let dates: DateWindow
    do { dates = try DateWindow(since: filter.since, until: filter.until) } catch {
      throw ServeError.badRequest(error.description)
    }
    guard filter.countries.isEmpty || filter.countries.count == 2 else {
      throw ServeError.badRequest("a country pair is two names, e.g. countries=Kazakhstan,China")
    }
    let person = try filter.person.map { try resolve($0, label: "Person", what: "person") }
    let countries = try filter.countries.map { try resolve($0, label: "Country", what: "country") }
    let metWith = RelationshipTypeSQL.id(":metWith")
    return try store.read { graph in
      let source =
        person == nil
        ? "SELECT id, start_id, end_id FROM relationship WHERE type_id = \(metWith)"
        : """
          SELECT id, start_id, end_id FROM relationship WHERE type_id = \(metWith) AND start_id = :person
          UNION ALL SELECT id, start_id, end_id FROM relationship
          WHERE type_id = \(metWith) AND end_id = :person AND start_id <> :person
          """
      var conditions: [String] = []
      // The `date` column holds text or NULL; NULL is in no window (DateWindow).
      if !dates.isEmpty { conditions.append("r.date >= :from AND r.date < :before") }
      // Sorted and cut in the inner query, so that names, labels, places and counts are read
      // only for the rows returned (the busiest person has tens of thousands of meetings).
      // Without a country pair the cut is the limit; with one, rows are filtered afterwards.
      let cut = countries.isEmpty ? "LIMIT :limit" : ""
      let sql = """
        WITH m AS (\(source)),
        dated AS (
          SELECT m.id, m.start_id, m.end_id, r.date AS date, r.props FROM m
          JOIN relationship r ON r.id = m.id
          \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
          ORDER BY r.date IS NULL, r.date, m.id \(cut))
        SELECT m.id, m.start_id, m.end_id, m.date, m.props ->> '$.place', m.props ->> '$.mode',
               (SELECT count(DISTINCT article_id) FROM evidence e WHERE e.relationship_id = m.id),
               (SELECT name FROM node WHERE id = m.start_id),
               (SELECT name FROM node WHERE id = m.end_id),
               (SELECT group_concat(label, ',') FROM (\(Self.labelsSQL("m.start_id")))),
               (SELECT group_concat(label, ',') FROM (\(Self.labelsSQL("m.end_id"))))
        FROM dated m ORDER BY m.date IS NULL, m.date, m.id
        """
      var arguments: [String: (any DatabaseValueConvertible)?] = ["metWith": RelationshipType.metWith.rawValue]
      if let person { arguments["person"] = person }
      if countries.isEmpty { arguments["limit"] = limit }
      if !dates.isEmpty {
        arguments["from"] = dates.lowerBound
        arguments["before"] = dates.upperBound
      }
      var rows: [MeetingRow] = []
      var countryCache: [Int64: Set<Int64>] = [:]
      let cursor = try Row.fetchCursor(graph.db, sql: sql, arguments: StatementArguments(arguments))
      while let row = try cursor.next(), rows.count < limit {
        let start = NodeReference(id: row[1], name: Self.name(row[7], row[1]), labels: Self.labels(row[9]))
        let end = NodeReference(id: row[2], name: Self.name(row[8], row[2]), labels: Self.labels(row[10]))
        if countries.count == 2 {
          let a = try countriesOf(start.id, graph.db, cache: &countryCache)
          let b = try countriesOf(end.id, graph.db, cache: &countryCache)
          let (x, y) = (countries[0], countries[1])
          guard (a.contains(x) && b.contains(y)) || (a.contains(y) && b.contains(x)) else { continue }
        }
        // The filtered person first; otherwise the relationship's own direction.
        let swap = person != nil && end.id == person
        rows.append(
          MeetingRow(
            relationship: row[0], person: swap ? end : start, counterpart: swap ? start : end,
            date: Self.text(row[3]), place: Self.text(row[4]), mode: Self.text(row[5]), articles: row[6]))
      }
      return rows
    }
  }

  /// The countries a node belongs to: Country nodes it holds a role at or is located in
  /// (directly or through an organization), and the Country named by its `country` property.
  func countriesOf(_ node: Int64, _ db: Database, cache: inout [Int64: Set<Int64>]) throws -> Set<Int64> {
    if let cached = cache[node] { return cached }
    let ids = try Int64.fetchAll(
      db,
      sql: """
        SELECT r.end_id FROM relationship r JOIN node l ON l.id = r.end_id AND \(LabelSQL.test("l", parameter: "?2"))
        WHERE r.start_id = ?1 AND r.type_id IN \(RelationshipTypeSQL.ids(["?3", "?4"]))
        UNION SELECT r2.end_id FROM relationship r
        JOIN relationship r2 ON r2.start_id = r.end_id AND r2.type_id = \(RelationshipTypeSQL.id("?4"))
        JOIN node l ON l.id = r2.end_id AND \(LabelSQL.test("l", parameter: "?2"))
        WHERE r.start_id = ?1 AND r.type_id = \(RelationshipTypeSQL.id("?3"))
        UNION SELECT c.id FROM node p
        JOIN node c ON c.name = p.country AND \(LabelSQL.test("c", parameter: "?2"))
        WHERE p.id = ?1
        """, arguments: [node, "Country", "HOLDS_ROLE", "LOCATED_IN"])
    let result = Set(ids)
    cache[node] = result
    return result
  }

  /// The node a user's name means, or a 404/400 that says what was found instead.
  func resolve(_ name: String, label: String?, what: String) throws -> Int64 {
    guard !name.isEmpty else { throw ServeError.notFound("no \(what) has an empty name") }
    if let id = Int64(name), try store.read({ graph in try reference(id, graph.db) }) != nil { return id }
    switch try NameResolver.resolve(name, label: label, in: store) {
    case .found(let id, _):
      return id
    case .ambiguous(let candidates):
      throw ServeError.badRequest(
        "'\(name)' could be \(candidates.count) \(what)s: "
          + candidates.prefix(10).map { "\($0.name) (node \($0.id))" }.joined(separator: "; ")
          + "; use a fuller name or the node id")
    case .unknown(let suggestions):
      let closest = suggestions.prefix(5).map(\.name).joined(separator: "; ")
      throw ServeError.notFound("no \(what) named '\(name)'" + (suggestions.isEmpty ? "" : "; closest: " + closest))
    }
  }

  /// Dates are ISO 8601 prefixes: 2023, 2023-11 or 2023-11-27.
  /// Checks a `since` or `until` parameter (``BilatCore/DateWindow``).
  static func checkDate(_ text: String, parameter: String) throws {
    do { try DateWindow.validate(text, option: parameter) } catch { throw ServeError.badRequest(error.description) }
  }

  static func name(_ value: DatabaseValue, _ id: Int64) -> String {
    String.fromDatabaseValue(value) ?? "#\(id)"
  }

  static func text(_ value: DatabaseValue) -> String? {
    if value.isNull { return nil }
    if let text = String.fromDatabaseValue(value) { return text }
    return value.description
  }

  static func labels(_ value: DatabaseValue) -> [String] {
    (String.fromDatabaseValue(value) ?? "").split(separator: ",").map(String.init).sorted()
  }
}
