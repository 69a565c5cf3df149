import BilatServe
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The list pages (who met whom, projects, agreements): their CSV, picture and downloads hold
/// what the page lists, with the page's filters, and nothing else.
@Suite("bilat serve: list pages' CSV, pictures and downloads")
struct ListPageTests {
  struct Page: Sendable, CustomTestStringConvertible {
    /// The page and its filters, as a query string.
    var path: String
    var query: String
    /// The same rows from the JSON API.
    var api: String
    var csvHeader: String
    /// The relationship types its downloads may hold.
    var types: Set<String>
    var testDescription: String { path + query }
  }

  static let pages = [
    Page(
      path: "/who-met", query: "?countries=Kazakhstan,China", api: "/api/who-met?countries=Kazakhstan,China",
      csvHeader: "date,person,person_id,met,met_id,place,mode,articles", types: ["MET_WITH"]),
    Page(
      path: "/agreements", query: "?between=Kazakhstan,China", api: "/api/agreements?between=Kazakhstan,China",
      csvHeader: "date,party,party_id,other,other_id,about,articles", types: ["AGREED"]),
    Page(
      path: "/projects", query: "?sector=energy", api: "/api/projects?sector=energy",
      csvHeader: "name,id,kind,sectors,countries", types: ["IN_SECTOR", "LOCATED_IN", "CONCERNS"]),
  ]

  static func get(_ client: any TestClientProtocol, _ uri: String) async throws -> TestResponse {
    try await client.execute(uri: uri, method: .get) { $0 }
  }

  @Test("the CSV has a row per listed item, the picture and the downloads the same selection", arguments: pages)
  func sameRowsEverywhere(page: Page) async throws {
    try await ServeFixture.withClient { client, _ in
      let listed = try #require(try await Self.get(client, page.api).json() as? [[String: Any]])
      #expect(!listed.isEmpty, "the fixture lists something on \(page.api)")

      let csv = try await Self.get(client, page.path + ".csv" + page.query)
      #expect(csv.status == .ok)
      #expect(csv.headers[.contentDisposition]?.contains("attachment") == true)
      let lines = csv.text.split(separator: "\r\n")
      #expect(lines.first.map(String.init) == page.csvHeader)
      #expect(lines.count == listed.count + 1)

      let picture = try await Self.get(client, page.path + "/picture.svg" + page.query)
      #expect(picture.status == .ok && picture.text.contains("<svg") && picture.text.contains("href=\"/entity/"))

      let export = try await Self.get(client, page.path + "/export/json" + page.query)
      #expect(export.status == .ok)
      let graph = try #require(try export.json() as? [String: Any])
      let relationships = try #require(graph["relationships"] as? [[String: Any]])
      let types = Set(relationships.compactMap { $0["type"] as? String })
      #expect(!relationships.isEmpty && types.isSubset(of: page.types), "\(types)")
      if page.types.count == 1 {
        // meetings and agreements: exactly the listed relationships
        let ids = Set(listed.compactMap { ($0["relationship"] as? NSNumber)?.int64Value })
        #expect(Set(relationships.compactMap { ($0["id"] as? NSNumber)?.int64Value }) == ids)
      } else {
        // projects: every listed project, each relationship starting at one of them
        let ids = Set(listed.compactMap { (($0["project"] as? [String: Any])?["id"] as? NSNumber)?.int64Value })
        let nodes = Set((graph["nodes"] as? [[String: Any]] ?? []).compactMap { ($0["id"] as? NSNumber)?.int64Value })
        #expect(ids.isSubset(of: nodes))
        #expect(relationships.allSatisfy { ids.contains(($0["start"] as? NSNumber)?.int64Value ?? -1) })
      }
      for format in ["dot", "graphml", "svg"] {
        let other = try await Self.get(client, page.path + "/export/\(format)" + page.query)
        #expect(other.status == .ok, "\(format): \(other.text.prefix(200))")
      }
      #expect(try await Self.get(client, page.path + "/export/png" + page.query).status == .notFound)

      // the page links to its own CSV, picture and downloads, with its filters
      let html = try await Self.get(client, page.path + page.query).text
      for link in [page.path + ".csv?", page.path + "/picture.svg?", page.path + "/export/json?"] {
        #expect(html.contains(link), "\(page.path) links to \(link)")
      }
    }
  }

  @Test(
    "bad filters are refused the same way on the CSV, the picture and the downloads",
    arguments: ["/who-met.csv?since=yesterday", "/agreements/picture.svg?between=Kazakhstan",
      "/who-met/export/dot?countries=Kazakhstan", "/projects/export/json?country=Atlantis"])
  func badFilters(uri: String) async throws {
    try await ServeFixture.withClient { client, _ in
      let response = try await Self.get(client, uri)
      #expect(response.status == .badRequest || response.status == .notFound, "\(uri): \(response.status)")
    }
  }
}
