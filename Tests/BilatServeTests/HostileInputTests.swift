import BilatIngest
import BilatServe
import BilatStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Hostile text in every place a user's data can reach: node names, titles, aliases, relationship
/// properties, an agreement's subject, a project and its sector, an article's sentences. Every
/// page, picture, export and JSON answer must show it as text: never as markup, and exactly as
/// stored where the format carries text (JSON).
@Suite("bilat serve: hostile inputs on every surface")
struct HostileInputTests {
  static let hostile = [
    "<script>alert(1)</script>",
    "\" onmouseover=\"x",
    "' onfocus='x' autofocus='",
    "</textarea><img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "]]><x>&amp;</x>",
    "&lt;b&gt;already escaped&lt;/b&gt;",
    "</title></head><body onload=x>",
    "line\u{2028}separator</script>",
    "x'); DROP TABLE node; --",
  ]

  struct Fixture: Sendable {
    var path: String
    /// The node of each hostile name, in the order of `hostile`.
    var people: [Int64]
    var article: Int64
  }

  static let fixture: Result<Fixture, any Error> = Result { try build() }

  private static func build() throws -> Fixture {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bilat-hostile-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let store = try GraphStore(path: directory.appendingPathComponent("hostile.sqlite").path)
    // an article whose sentences carry the hostile text, read by the real reader and extractor
    let article = directory.appendingPathComponent("2024-05-02-kz-cn-hostile-wire.txt")
    let sentences = hostile.map { "Prime Minister Alikhan Smailov discussed \($0) with Ding Xuexiang in Astana." }
    try (["Hostile text " + hostile[0]] + sentences).joined(separator: "\n\n").write(to: article, atomically: true, encoding: .utf8)
    _ = try Ingestor(store: store).ingest(path: article.path)
    let people = try store.write { graph -> [Int64] in
      var ids: [Int64] = []
      for name in hostile {
        let id = try graph.createNode(labels: ["Person"], properties: ["name": .string(name), "title": .string(name)])
        try graph.addAlias(name + " alias", to: id)
        if let previous = ids.last {
          _ = try graph.createRelationship(
            type: "MET_WITH", from: previous, to: id, properties: ["date": .string("2024-05-02"), "place": .string(name)])
        }
        ids.append(id)
      }
      let a = try graph.createNode(labels: ["Country"], properties: ["name": .string(hostile[1])])
      let b = try graph.createNode(labels: ["Country"], properties: ["name": .string(hostile[0])])
      _ = try graph.createRelationship(type: "AGREED", from: a, to: b, properties: ["about": .string(hostile[3])])
      let project = try graph.createNode(labels: ["Project"], properties: ["name": .string(hostile[4])])
      let sector = try graph.createNode(labels: ["Sector"], properties: ["name": .string(hostile[5])])
      _ = try graph.createRelationship(type: "IN_SECTOR", from: project, to: sector, properties: [:])
      return ids
    }
    let articleID = try store.read { graph in
      try Int64.fetchOne(graph.db, sql: "SELECT min(id) FROM article") ?? -1
    }
    return Fixture(path: store.path, people: people, article: articleID)
  }

  static func withClient(_ test: @escaping @Sendable (any TestClientProtocol, Fixture) async throws -> Void) async throws {
    let fixture = try fixture.get()
    let service = try GraphService(readOnlyPath: fixture.path, settings: ServeSettings())
    let app = Application(router: BilatServer(service: service).makeRouter())
    try await app.test(.router) { client in try await test(client, fixture) }
  }

  /// Markup a hostile string would inject if it were not escaped: the string itself, whenever it
  /// holds a character that means something there. HTML and SVG put text in attributes too, so
  /// quotes count; GraphML puts it in element content only, where quotes are plain text.
  static func isMarkup(_ text: String, in uri: String) -> Bool {
    text.contains { (uri.contains("graphml") ? "<&" : "<>\"'&").contains($0) }
  }

  static func surfaces(_ f: Fixture) -> [String] {
    let console = "MATCH (p:Person) RETURN p.name, p.title, p".addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    return f.people.flatMap { ["/entity/\($0)", "/who-met?person=\($0)", "/who-met/picture.svg?person=\($0)",
      "/api/export/svg?node=\($0)", "/api/export/graphml?node=\($0)"] }
      + ["/articles/\(f.article)", "/agreements", "/agreements/picture.svg", "/projects", "/projects/picture.svg",
        "/?q=alias", "/?q=script", "/console?query=\(console)", "/api/export/graphml", "/who-met"]
  }

  @Test("pages, pictures and GraphML show every hostile string as text")
  func escapedEverywhere() async throws {
    try await Self.withClient { client, fixture in
      var checked = 0
      for uri in Self.surfaces(fixture) {
        try await client.execute(uri: uri, method: .get) { response in
          #expect(response.status == .ok, "\(uri): \(response.text.prefix(300))")
          for text in Self.hostile where Self.isMarkup(text, in: uri) {
            #expect(!response.text.contains(text), "\(uri) holds raw \(text)")
            checked += 1
          }
          #expect(!response.text.contains("<script>"), "\(uri)")
        }
      }
      #expect(checked > 300)
    }
  }

  @Test("JSON answers carry each hostile string exactly as stored")
  func exactInJSON() async throws {
    try await Self.withClient { client, fixture in
      for (id, name) in zip(fixture.people, Self.hostile) {
        try await client.execute(uri: "/api/nodes/\(id)", method: .get) { response in
          let object = try #require(try response.json() as? [String: Any])
          #expect(object["name"] as? String == name)
        }
      }
      try await client.execute(uri: "/api/agreements", method: .get) { response in
        let rows = try #require(try response.json() as? [[String: Any]])
        #expect(rows.contains { $0["about"] as? String == Self.hostile[3] })
      }
      let body = try JSONSerialization.data(withJSONObject: ["query": "MATCH (p:Person) RETURN p.name AS name"])
      try await client.execute(uri: "/api/query", method: .post, headers: [.contentType: "application/json"],
        body: ByteBuffer(data: body)) { response in
        let object = try #require(try response.json() as? [String: Any])
        let names = Set((object["rows"] as? [[Any]] ?? []).compactMap { $0.first as? String })
        #expect(Set(Self.hostile).isSubset(of: names))
      }
    }
  }
}
