import BilatServe
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("bilat serve: pages, static files and safety")
struct PageRouteTests {
  @Test("the entity page lists the Smailov–Ding meeting with its date and the highlighted evidence")
  func entityPage() async throws {
    try await ServeFixture.withClient { client, _ in
      let id = try await APIRouteTests.smailov(client)
      try await client.execute(uri: "/entity/\(id)?depth=2&types=MET_WITH", method: .get) { response in
        #expect(response.status == .ok)
        let page = response.text
        let meetings = try #require(page.range(of: "<table id=\"meetings\""))
        let table = page[meetings.lowerBound...].prefix(3000)
        #expect(table.contains("<td>2023-11-27</td>"))
        #expect(table.contains(">Ding Xuexiang</a>"))
        #expect(page.contains("<mark class=\"span\">"))
        #expect(page.contains("data-src=\"/api/export/svg?node=\(id)&amp;depth=2&amp;types=MET_WITH\""))
        #expect(page.contains("<option selected>2</option>"))
      }
    }
  }

  @Test("the article view highlights mentions and facts and lists rule and confidence")
  func articlePage() async throws {
    try await ServeFixture.withClient { client, _ in
      let id = try await APIRouteTests.smailov(client)
      let articleID = try await client.execute(uri: "/api/nodes/\(id)", method: .get) { response in
        let object = try #require(try response.json() as? [String: Any])
        let evidence = try #require((object["evidence"] as? [[String: Any]])?.first)
        return try #require((evidence["articleID"] as? NSNumber)?.int64Value)
      }
      try await client.execute(uri: "/articles/\(articleID)", method: .get) { response in
        #expect(response.status == .ok)
        #expect(response.text.contains("<mark class=\"k-mention\" tabindex=\"0\" data-marks="))
        #expect(response.text.contains("<mark class=\"k-fact\"") || response.text.contains("<mark class=\"k-both\""))
        #expect(response.text.contains("data-summary=\"fact MET_WITH: "))
      }
      try await client.execute(uri: "/articles/424242", method: .get) { response in
        #expect(response.status == .notFound)
        #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
      }
    }
  }

  @Test(
    "every page answers, with the security headers",
    arguments: [
      "/", "/?q=Smailov", "/?q=Ding", "/who-met", "/who-met?person=Smailov", "/who-met?countries=Kazakhstan,China",
      "/projects", "/projects?sector=energy", "/agreements", "/agreements?between=Kazakhstan,China", "/console",
      "/console?query=MATCH%20(n)%20RETURN%20count(*)", "/static/bilat.css", "/static/bilat.js",
      "/who-met/picture.svg?person=Smailov",
    ])
  func pages(uri: String) async throws {
    try await ServeFixture.withClient { client, _ in
      try await client.execute(uri: uri, method: .get) { response in
        #expect(response.status == .ok, "\(uri): \(response.text.prefix(400))")
        let policy = try #require(response.headers[.contentSecurityPolicy])
        #expect(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"))
        #expect(response.headers[.xContentTypeOptions] == "nosniff")
        if response.headers[.contentType]?.hasPrefix("text/html") == true {
          #expect(!response.text.contains("<script>"), "inline script in \(uri)")
        }
      }
    }
  }

  @Test("the who-met CSV has a header and the meeting row")
  func csv() async throws {
    try await ServeFixture.withClient { client, _ in
      try await client.execute(uri: "/who-met.csv?person=Smailov", method: .get) { response in
        let lines = response.text.split(separator: "\r\n")
        #expect(lines.first == "date,person,person_id,met,met_id,place,mode,articles")
        #expect(lines.contains { $0.hasPrefix("2023-11-27,") && $0.contains(",Ding Xuexiang,") })
      }
    }
  }

  @Test("the console shows results, a picture of graph results, EXPLAIN as text and errors with the caret")
  func console() async throws {
    try await ServeFixture.withClient { client, _ in
      func post(_ query: String) async throws -> TestResponse {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let body = "query=" + (query.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
        return try await client.execute(
          uri: "/console", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
          body: ByteBuffer(string: body))
      }
      let graph = try await post("MATCH (a:Person)-[m:MET_WITH]-(b:Person {name: 'Ding Xuexiang'}) RETURN a, m, b")
      #expect(graph.status == .ok)
      #expect(graph.text.contains("<table id=\"result\">"))
      #expect(graph.text.contains("<svg") && graph.text.contains("href=\"/entity/"))
      let explain = try await post("EXPLAIN MATCH (n:Person) RETURN count(*)")
      #expect(explain.text.contains("<pre class=\"plan\" id=\"plan\">"))
      let error = try await post("MATCH (n:Person RETURN n")
      #expect(error.status == .badRequest)
      #expect(error.text.contains("<pre class=\"caret\">") && error.text.contains("^"))
    }
  }

  @Test(
    "static files are served by exact name only",
    arguments: ["/static/../Package.swift", "/static/%2e%2e%2fPackage.swift", "/static/..%2F..%2FPackage.swift",
      "/static/bilat.css%00.txt", "/static/", "/static/Static/bilat.css"])
  func traversal(uri: String) async throws {
    try await ServeFixture.withClient { client, _ in
      try await client.execute(uri: uri, method: .get) { response in
        #expect(response.status == .notFound, "\(uri)")
        #expect(!response.text.contains("PackageDescription"))
      }
    }
  }

  @Test("hostile names show as text in pages, attributes, pictures and JSON")
  func hostileNames() async throws {
    try await ServeFixture.withClient { client, graph in
      for node in [graph.scriptNode, graph.attributeNode] {
        for uri in ["/entity/\(node)", "/who-met?person=\(node)", "/?q=script"] {
          try await client.execute(uri: uri, method: .get) { response in
            #expect(response.status == .ok, "\(uri)")
            #expect(!response.text.contains(ServeFixture.scriptName), "\(uri)")
            #expect(!response.text.contains(ServeFixture.attributeName), "\(uri)")
            #expect(!response.text.contains("<b>Astana</b>"), "\(uri)")
          }
        }
        try await client.execute(uri: "/entity/\(graph.scriptNode)", method: .get) { response in
          #expect(response.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
          #expect(response.text.contains("&quot; onmouseover=&quot;x"))
        }
        try await client.execute(uri: "/api/export/svg?node=\(node)", method: .get) { response in
          #expect(response.status == .ok)
          #expect(!response.text.contains(ServeFixture.scriptName))
          #expect(!response.text.contains(ServeFixture.attributeName))
        }
        try await client.execute(uri: "/api/nodes/\(node)", method: .get) { response in
          let object = try #require(try response.json() as? [String: Any])
          #expect([ServeFixture.scriptName, ServeFixture.attributeName].contains(object["name"] as? String ?? ""))
        }
      }
    }
  }

  @Test("with a token, every request needs it; off loopback a token is required")
  func token() async throws {
    #expect(throws: ServeError.self) { try ServeSettings(host: "0.0.0.0").validate() }
    try ServeSettings(host: "0.0.0.0", token: "s3cret").validate()
    try ServeSettings(host: "127.0.0.1").validate()
    try await ServeFixture.withClient(settings: ServeSettings(token: "s3cret")) { client, _ in
      for uri in ["/", "/api/search?q=Ding", "/static/bilat.css"] {
        try await client.execute(uri: uri, method: .get) { response in #expect(response.status == .unauthorized) }
        try await client.execute(uri: uri, method: .get, headers: [.authorization: "Bearer wrong"]) { response in
          #expect(response.status == .unauthorized)
        }
        try await client.execute(uri: uri, method: .get, headers: [.authorization: "Bearer s3cret"]) { response in
          #expect(response.status == .ok)
        }
      }
      try await client.execute(uri: "/?token=s3cret", method: .get) { response in
        #expect(response.headers[.setCookie]?.hasPrefix("bilat_token=s3cret;") == true)
      }
      try await client.execute(uri: "/", method: .get, headers: [.cookie: "bilat_token=s3cret"]) { response in
        #expect(response.status == .ok)
      }
    }
  }

  @Test("the server's database connection refuses writes")
  func readOnly() throws {
    let graph = try ServeFixture.graph.get()
    let service = try GraphService(readOnlyPath: graph.path, settings: ServeSettings())
    #expect(throws: (any Error).self) {
      try service.store.write { db in _ = try db.createNode(labels: ["Person"]) }
    }
  }
}
