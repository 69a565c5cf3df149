import BilatServe
import Foundation
import Hummingbird
import Testing
import Yams

@Suite("bilat serve: docs/openapi.yaml matches the routes")
struct OpenAPITests {
  /// "GET /api/nodes/{id}" for each documented operation.
  static func documented() throws -> Set<String> {
    let url = ServeFixture.repositoryRoot.appendingPathComponent("docs/openapi.yaml")
    let document = try #require(try Yams.load(yaml: String(contentsOf: url, encoding: .utf8)) as? [String: Any])
    #expect((document["openapi"] as? String)?.hasPrefix("3.") == true)
    let paths = try #require(document["paths"] as? [String: Any])
    var operations = Set<String>()
    for (path, item) in paths {
      let methods = try #require(item as? [String: Any]).keys.filter {
        ["get", "post", "put", "delete", "patch", "head", "options"].contains($0)
      }
      for method in methods { operations.insert("\(method.uppercased()) \(path)") }
    }
    return operations
  }

  /// "GET /api/nodes/{id}" for each API route the server registers.
  static func served() throws -> Set<String> {
    let graph = try ServeFixture.graph.get()
    let router = BilatServer(service: try GraphService(readOnlyPath: graph.path, settings: ServeSettings())).makeRouter()
    return Set(
      router.routes.map { route in
        let path = "\(route.path)".split(separator: "/").map { part in
          part.hasPrefix(":") ? "{\(part.dropFirst())}" : String(part)
        }
        return "\(route.method) /" + path.joined(separator: "/")
      }.filter { $0.contains(" /api/") })
  }

  @Test("every documented operation is served and every API route is documented")
  func routesMatch() throws {
    let documented = try Self.documented()
    let served = try Self.served()
    #expect(served.count >= 7)
    #expect(documented == served, "documented only: \(documented.subtracting(served)); served only: \(served.subtracting(documented))")
  }
}
