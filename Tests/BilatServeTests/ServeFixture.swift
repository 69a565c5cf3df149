import BilatIngest
import BilatServe
import BilatStore
import Foundation
import Hummingbird
import HummingbirdTesting

/// A small graph for the HTTP tests: two bundled briefs of the Smailov–Ding meeting of
/// 27 November 2023, ingested into a file, plus hand-made nodes with hostile names.
enum ServeFixture {
  /// The two hostile names every page and response must show as text.
  static let scriptName = "<script>alert(1)</script>"
  static let attributeName = "\" onmouseover=\"x"

  struct Graph: Sendable {
    var path: String
    var scriptNode: Int64
    var attributeNode: Int64
  }

  /// Built once per test run.
  static let graph: Result<Graph, any Error> = Result { try build() }

  static var repositoryRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  }

  private static func build() throws -> Graph {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bilat-serve-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let path = directory.appendingPathComponent("fixture.sqlite").path
    let store = try GraphStore(path: path)
    let ingestor = Ingestor(store: store)
    let briefs = repositoryRoot.appendingPathComponent("Data/articles/dev")
    for name in ["2023-11-27-kz-cn-smailov-ding-scraped.txt", "2023-11-28-kz-cn-smaiylov-ding-wire.txt"] {
      _ = try ingestor.ingest(path: briefs.appendingPathComponent(name).path)
    }
    let (script, attribute) = try store.write { graph -> (Int64, Int64) in
      let script = try graph.createNode(labels: ["Person"], properties: ["name": .string(scriptName), "title": .string(scriptName)])
      let attribute = try graph.createNode(labels: ["Person"], properties: ["name": .string(attributeName)])
      try graph.addAlias(scriptName, to: script)
      _ = try graph.createRelationship(type: "MET_WITH", from: script, to: attribute, properties: ["date": .string("2024-01-02"), "place": .string("<b>Astana</b>")])
      return (script, attribute)
    }
    return Graph(path: path, scriptNode: script, attributeNode: attribute)
  }

  /// Runs `test` against the server's router (no socket).
  static func withClient<T: Sendable>(
    settings: ServeSettings = ServeSettings(), _ test: @escaping @Sendable (any TestClientProtocol, Graph) async throws -> T
  ) async throws -> T {
    let graph = try self.graph.get()
    let service = try GraphService(readOnlyPath: graph.path, settings: settings)
    let router = BilatServer(service: service).makeRouter()
    let app = Application(router: router)
    return try await app.test(.router) { client in try await test(client, graph) }
  }
}

extension TestResponse {
  var text: String { String(buffer: body) }

  /// The body as a JSON object (or array, under the key "").
  func json() throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
  }
}
