import BilatQuery
import Foundation
import GRDB

extension GraphService {
  /// Projects and facilities with their sectors and countries, optionally of one sector and
  /// one country (resolved through aliases: "PRC" finds China).
  public func projects(sector: String?, country: String?) throws -> [ProjectRow] {
    var parameters: [String: CypherValue] = [:]
    if let sector { parameters["sector"] = .string(sector) }
    if let country {
      let id = try resolve(country, label: "Country", what: "country")
      parameters["country"] = .string(try store.read { graph in try reference(id, graph.db)?.name } ?? country)
    }
    let query =
      ProjectListing.clauses(sectorFilter: sector != nil, countryFilter: country != nil) + """
      RETURN id(p), p.name, labels(p), sectors, countries
      ORDER BY p.name LIMIT \(Self.listLimit)
      """
    return try engine.run(query, parameters: parameters).rows.map { row in
      let id = Self.int(row[0])
      return ProjectRow(
        project: NodeReference(id: id, name: Self.string(row[1]) ?? "#\(id)", labels: Self.strings(row[2])),
        sectors: Array(Set(Self.strings(row[3]))).sorted(), countries: Array(Set(Self.strings(row[4]))).sorted())
    }
  }

  /// AGREED relationships between two parties (either direction), or all of them.
  public func agreements(between names: [String]) throws -> [AgreementRow] {
    guard names.isEmpty || names.count == 2 else {
      throw ServeError.badRequest("between takes two names separated by a comma, e.g. between=Kazakhstan,China")
    }
    var parameters: [String: CypherValue] = [:]
    var condition = ""
    if names.count == 2 {
      parameters["a"] = .int(try resolve(names[0], label: nil, what: "party"))
      parameters["b"] = .int(try resolve(names[1], label: nil, what: "party"))
      condition = "WHERE id(a) = $a AND id(b) = $b"
    }
    let pattern = names.isEmpty ? "(a)-[r:AGREED]->(b)" : "(a)-[r:AGREED]-(b)"
    let query = """
      MATCH \(pattern) \(condition)
      RETURN id(r), id(a), a.name, labels(a), id(b), b.name, labels(b), r.date, r.about,
             size([e IN evidence(r) | e.source]) AS mentions, [e IN evidence(r) | e.source] AS sources
      ORDER BY r.date, a.name, b.name, r.about LIMIT \(Self.listLimit)
      """
    return try engine.run(query, parameters: parameters).rows.map { row in
      let a = Self.int(row[1])
      let b = Self.int(row[4])
      return AgreementRow(
        relationship: Self.int(row[0]),
        party: NodeReference(id: a, name: Self.string(row[2]) ?? "#\(a)", labels: Self.strings(row[3])),
        other: NodeReference(id: b, name: Self.string(row[5]) ?? "#\(b)", labels: Self.strings(row[6])),
        date: Self.string(row[7]), about: Self.string(row[8]), articles: Set(Self.strings(row[10])).count)
    }
  }

  static func int(_ value: CypherValue) -> Int64 {
    if case .int(let number) = value { return number }
    return -1
  }

  static func string(_ value: CypherValue) -> String? {
    switch value {
    case .string(let text): text
    case .null: nil
    default: JSONValue(value).displayText
    }
  }

  static func strings(_ value: CypherValue) -> [String] {
    if case .list(let items) = value { return items.compactMap(string) }
    return []
  }
}
