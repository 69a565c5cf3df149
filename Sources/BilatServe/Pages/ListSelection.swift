import BilatExport
import BilatStore
import Foundation
import GRDB
import Hummingbird

/// What a list page (who met whom, projects, agreements) shows, read from its filters: the same
/// rows give the page's table, its CSV, its picture and its downloads, so that each of them
/// holds what the page lists and nothing else.
enum ListSelection: Sendable {
  case meetings(MeetingFilter)
  case projects(sector: String?, country: String?)
  case agreements(between: [String])

  /// The pages that have one, by path (`/who-met`, `/projects`, `/agreements`).
  static let pages = ["who-met", "projects", "agreements"]

  /// The filters of `page` from the request's query string.
  init(page: String, _ request: Request) throws {
    switch page {
    case "who-met": self = .meetings(try request.meetingFilter())
    case "projects": self = .projects(sector: request.parameter("sector"), country: request.parameter("country"))
    default: self = .agreements(between: try request.pair("between"))
    }
  }

  /// The page's rows as RFC 4180 CSV (all of them, up to the service's list limit).
  func csv(_ service: GraphService) throws -> String {
    switch self {
    case .meetings(let filter):
      return Self.csv(
        ["date", "person", "person_id", "met", "met_id", "place", "mode", "articles"],
        try service.meetings(filter).map {
          [$0.date ?? "", $0.person.name, String($0.person.id), $0.counterpart.name, String($0.counterpart.id),
           $0.place ?? "", $0.mode ?? "", String($0.articles)]
        })
    case .projects(let sector, let country):
      return Self.csv(
        ["name", "id", "kind", "sectors", "countries"],
        try service.projects(sector: sector, country: country).map {
          [$0.project.name, String($0.project.id), $0.project.labels.joined(separator: ";"),
           $0.sectors.joined(separator: ";"), $0.countries.joined(separator: ";")]
        })
    case .agreements(let between):
      return Self.csv(
        ["date", "party", "party_id", "other", "other_id", "about", "articles"],
        try service.agreements(between: between).map {
          [$0.date ?? "", $0.party.name, String($0.party.id), $0.other.name, String($0.other.id), $0.about ?? "",
           String($0.articles)]
        })
    }
  }

  /// The nodes and relationships the page lists, at most `maxNodes` nodes (the picture's bound):
  /// meetings and agreements are their relationships; a project comes with its sectors, places
  /// and the facilities it concerns.
  func graph(_ service: GraphService, maxNodes: Int) throws -> GraphSelection {
    var nodes: [Int64] = []
    var seen = Set<Int64>()
    var relationships: [Int64] = []
    func add(_ relationship: Int64, _ ends: Int64...) -> Bool {
      for node in ends where seen.insert(node).inserted { nodes.append(node) }
      guard nodes.count <= maxNodes else { return false }
      relationships.append(relationship)
      return true
    }
    switch self {
    case .meetings(let filter):
      for m in try service.meetings(filter, limit: maxNodes) {
        guard add(m.relationship, m.person.id, m.counterpart.id) else { break }
      }
    case .agreements(let between):
      for a in try service.agreements(between: between) {
        guard add(a.relationship, a.party.id, a.other.id) else { break }
      }
    case .projects(let sector, let country):
      let projects = try service.projects(sector: sector, country: country).prefix(maxNodes).map(\.project.id)
      let links = try service.store.read { graph in
        try Row.fetchAll(
          graph.db,
          sql: """
            SELECT id, start_id, end_id FROM relationship
            WHERE start_id IN (SELECT value FROM json_each(?))
              AND type_id IN \(RelationshipTypeSQL.ids(["?", "?", "?"])) ORDER BY start_id, id
            """,
          arguments: [Self.jsonArray(projects), "IN_SECTOR", "LOCATED_IN", "CONCERNS"]
        ).map { (id: $0[0] as Int64, start: $0[1] as Int64, end: $0[2] as Int64) }
      }
      for project in projects where seen.insert(project).inserted { nodes.append(project) }
      for link in links {
        guard add(link.id, link.start, link.end) else { break }
      }
    }
    let kept = nodes.prefix(maxNodes)
    return try service.store.read { graph in try GraphSelection(nodes: kept, relationships: relationships, in: graph) }
  }

  static func jsonArray(_ ids: [Int64]) -> String { "[" + ids.map(String.init).joined(separator: ",") + "]" }

  static func csv(_ header: [String], _ rows: [[String]]) -> String {
    ([header] + rows).map { $0.map(csvCell).joined(separator: ",") + "\r\n" }.joined()
  }

  /// One CSV cell; a cell that a spreadsheet would run as a formula is prefixed with a quote.
  static func csvCell(_ text: String) -> String {
    var value = text
    if let first = value.first, "=+-@\t\r".contains(first) { value = "'" + value }
    guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
