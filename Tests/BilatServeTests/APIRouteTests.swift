import BilatServe
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("bilat serve: the JSON API")
struct APIRouteTests {
  /// Smailov's node id, found through the search API.
  static func smailov(_ client: any TestClientProtocol) async throws -> Int64 {
    try await client.execute(uri: "/api/search?q=Smailov", method: .get) { response in
      let object = try #require(try response.json() as? [String: Any])
      let entities = try #require(object["entities"] as? [[String: Any]])
      let person = try #require(entities.first { ($0["labels"] as? [String])?.contains("Person") == true })
      return try #require(person["id"] as? Int64 ?? (person["id"] as? Int).map(Int64.init))
    }
  }

  @Test("search finds a person by name and by a transliteration variant, and articles with highlights")
  func search() async throws {
    try await ServeFixture.withClient { client, _ in
      let id = try await Self.smailov(client)
      try await client.execute(uri: "/api/search?q=Smaiylov", method: .get) { response in
        #expect(response.status == .ok)
        let object = try #require(try response.json() as? [String: Any])
        let ids = (object["entities"] as? [[String: Any]] ?? []).compactMap { ($0["id"] as? NSNumber)?.int64Value }
        #expect(ids.contains(id))
      }
      // as an HTML form sends it: '+' is a space, '%2B' a plus sign
      for uri in ["/api/search?q=Alikhan+Smailov", "/api/search?q=%20Alikhan%20Smailov+"] {
        try await client.execute(uri: uri, method: .get) { response in
          let object = try #require(try response.json() as? [String: Any])
          let ids = (object["entities"] as? [[String: Any]] ?? []).compactMap { ($0["id"] as? NSNumber)?.int64Value }
          #expect(ids.first == id, "\(uri)")
        }
      }
      try await client.execute(uri: "/api/who-met?person=Alikhan+Smailov&since=+2023+", method: .get) { response in
        #expect(response.status == .ok, "\(response.text)")
      }
      try await client.execute(uri: "/api/search?q=Ding%20Xuexiang", method: .get) { response in
        let object = try #require(try response.json() as? [String: Any])
        let articles = try #require(object["articles"] as? [[String: Any]])
        #expect(articles.count == 2)
        let first = try #require(articles.first)
        let snippet = try #require(first["snippet"] as? String) as NSString
        let highlight = try #require((first["highlights"] as? [[String: Int]])?.first)
        let start = try #require(highlight["start"])
        let end = try #require(highlight["end"])
        #expect(["Ding", "Xuexiang"].contains(snippet.substring(with: NSRange(location: start, length: end - start))))
      }
    }
  }

  @Test("a node comes with its meeting, the evidence sentence and the span inside it")
  func node() async throws {
    try await ServeFixture.withClient { client, _ in
      let id = try await Self.smailov(client)
      try await client.execute(uri: "/api/nodes/\(id)", method: .get) { response in
        #expect(response.status == .ok)
        let object = try #require(try response.json() as? [String: Any])
        #expect((object["name"] as? String)?.contains("Smailov") == true)
        let relationships = try #require(object["relationships"] as? [[String: Any]])
        let meeting = try #require(relationships.first {
          $0["type"] as? String == "MET_WITH" && ($0["other"] as? [String: Any])?["name"] as? String == "Ding Xuexiang"
        })
        #expect((meeting["properties"] as? [String: Any])?["date"] as? String == "2023-11-27")
        let evidence = try #require(meeting["evidence"] as? [[String: Any]])
        #expect(evidence.count >= 2)
        for item in evidence {
          let sentence = try #require(item["sentence"] as? String) as NSString
          let span = try #require(item["spanInSentence"] as? [String: Int])
          let start = try #require(span["start"])
          let end = try #require(span["end"])
          #expect(start >= 0 && start < end && end <= sentence.length)
        }
      }
    }
  }

  @Test(
    "bad parameters are 400s and unknown things 404s, each a JSON message",
    arguments: [
      ("/api/nodes/abc", 400), ("/api/nodes/99999999", 404), ("/api/search?q=", 400), ("/api/search", 400),
      ("/api/who-met?since=yesterday", 400), ("/api/who-met?until=2023-13", 400), ("/api/who-met?since=2023-1-1", 400),
      ("/api/who-met?person=Nobody%20Atall", 404), ("/api/who-met?countries=Kazakhstan", 400),
      ("/api/projects?country=Atlantis", 404), ("/api/agreements?between=Kazakhstan", 400),
      ("/api/agreements?between=Kazakhstan,,China", 400), ("/api/agreements?between=Kazakhstan,", 400),
      ("/api/who-met?countries=Kazakhstan,China,Russia", 400),
      ("/api/export/png", 404), ("/api/export/dot?depth=9", 400), ("/api/export/dot?types=MET_WITH;DROP", 400),
      ("/api/export/dot?node=x", 400), ("/api/export/svg?around=Nobody%20Atall", 404), ("/api/nowhere", 404),
      // types and labels are ASCII identifiers, as the OpenAPI pattern says
      ("/api/export/dot?types=M%C3%89T_WITH", 400), ("/api/export/json?labels=Person,%F0%9F%8F%BB", 400),
      // a part that is only spaces is no name
      ("/api/agreements?between=Kazakhstan,%20%20", 400),
    ])
  func badRequests(uri: String, status: Int) async throws {
    try await ServeFixture.withClient { client, _ in
      try await client.execute(uri: uri, method: .get) { response in
        #expect(response.status.code == status, "\(uri): \(response.text)")
        #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
        let object = try #require(try response.json() as? [String: Any])
        #expect((object["message"] as? String)?.isEmpty == false)
      }
    }
  }

  /// Found by the schemathesis pass: a comma followed by an emoji modifier or a combining mark is
  /// one Swift Character, yet it still separates the two names the schema allows.
  @Test(
    "a pair of names is split at its comma, whatever follows it",
    arguments: ["Kazakhstan,%F0%9F%8F%BB", "%C2%A3x,%CC%81China", "%20Kazakhstan%20,%20China%20"])
  func pairSplitsAtTheComma(value: String) async throws {
    try await ServeFixture.withClient { client, _ in
      for path in ["/api/who-met?countries=", "/api/agreements?between="] {
        try await client.execute(uri: path + value, method: .get) { response in
          // unknown names may be a 404 (agreements) or an empty list, but never a 400
          #expect(response.status.code == 200 || response.status.code == 404, "\(path)\(value): \(response.text)")
        }
      }
    }
  }

  @Test("another method on an API path is a 405 naming the allowed one")
  func methodNotAllowed() async throws {
    try await ServeFixture.withClient { client, _ in
      for (uri, method, allowed) in [
        ("/api/search?q=x", HTTPRequest.Method.post, "GET"), ("/api/nodes/1", .delete, "GET"),
        ("/api/query", .get, "POST"), ("/api/export/dot", .put, "GET"),
      ] {
        try await client.execute(uri: uri, method: method) { response in
          #expect(response.status == .methodNotAllowed, "\(method) \(uri)")
          #expect(response.headers[.allow] == allowed)
        }
      }
      try await client.execute(uri: "/api/nodes/1/more", method: .get) { response in #expect(response.status == .notFound) }
    }
  }

  @Test("who met whom: the Smailov–Ding meeting, with its date and both reporting articles")
  func whoMet() async throws {
    try await ServeFixture.withClient { client, _ in
      try await client.execute(uri: "/api/who-met?person=Smailov&since=2023-11&until=2023", method: .get) { response in
        #expect(response.status == .ok)
        let rows = try #require(try response.json() as? [[String: Any]])
        let row = try #require(rows.first { ($0["counterpart"] as? [String: Any])?["name"] as? String == "Ding Xuexiang" })
        #expect(row["date"] as? String == "2023-11-27")
        #expect(row["articles"] as? Int == 2)
      }
      try await client.execute(uri: "/api/who-met?person=Smailov&since=2024", method: .get) { response in
        let rows = try response.json() as? [Any]
        #expect(rows?.isEmpty == true)
      }
      try await client.execute(uri: "/api/who-met?countries=Kazakhstan,China", method: .get) { response in
        let rows = try #require(try response.json() as? [[String: Any]])
        #expect(rows.contains { ($0["counterpart"] as? [String: Any])?["name"] as? String == "Ding Xuexiang"
          || ($0["person"] as? [String: Any])?["name"] as? String == "Ding Xuexiang" })
      }
    }
  }

  @Test("projects and agreements answer JSON arrays")
  func lists() async throws {
    try await ServeFixture.withClient { client, _ in
      for uri in ["/api/projects", "/api/projects?sector=energy", "/api/agreements", "/api/agreements?between=Kazakhstan,China"] {
        try await client.execute(uri: uri, method: .get) { response in
          #expect(response.status == .ok, "\(uri): \(response.text)")
          let value = try response.json()
          #expect(value is [Any])
        }
      }
    }
  }

  static func post(_ client: any TestClientProtocol, _ body: String) async throws -> TestResponse {
    try await client.execute(
      uri: "/api/query", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: body))
  }

  @Test("queries: rows with parameters; errors with their position; writes, bad bodies and huge bodies refused")
  func query() async throws {
    try await ServeFixture.withClient { client, _ in
      let ok = try await Self.post(
        client, #"{"query": "MATCH (p:Person {name: $name}) RETURN p.name AS name", "parameters": {"name": "Ding Xuexiang"}}"#)
      #expect(ok.status == .ok)
      let answer = try #require(try ok.json() as? [String: Any])
      #expect(answer["columns"] as? [String] == ["name"])
      #expect(answer["rows"] as? [[String]] == [["Ding Xuexiang"]])

      let syntax = try await Self.post(client, #"{"query": "MATCH (n:Person RETURN n"}"#)
      // The parser stops at RETURN: column 17, 1-based.
      let expectedColumn = "MATCH (n:Person ".count + 1
      #expect(syntax.status == .badRequest)
      let error = try #require(try syntax.json() as? [String: Any])
      let position = try #require(error["position"] as? [String: Int])
      #expect(position["line"] == 1)
      #expect(position["column"] == expectedColumn, "\(error)")
      #expect((error["caret"] as? String)?.contains("^") == true)

      let write = try await Self.post(client, #"{"query": "CREATE (:Person {name: 'X'})"}"#)
      #expect(write.status.code == 400 || write.status.code == 422)
      #expect(write.text.contains("read-only"))

      #expect(try await Self.post(client, "not json").status == .badRequest)
      #expect(try await Self.post(client, #"{"parameters": {}}"#).status == .badRequest)
      let huge = "{\"query\": \"" + String(repeating: "x", count: 100_000) + "\"}"
      #expect(try await Self.post(client, huge).status == .contentTooLarge)
    }
  }

  @Test("a runaway query ends with a time-limit error, not a hung server")
  func runaway() async throws {
    try await ServeFixture.withClient(settings: ServeSettings(queryTimeout: 0.5)) { client, _ in
      let start = Date()
      let response = try await Self.post(
        client, #"{"query": "UNWIND range(1, 3000) AS a UNWIND range(1, 3000) AS b UNWIND range(1, 3000) AS c RETURN count(*)"}"#)
      #expect(response.status == .unprocessableContent, "\(response.text)")
      #expect(response.text.contains("LimitExceeded"))
      // Unbounded, the query would run for hours. The bound is loose because on 2 cores the test
      // runner's other suites can starve the server's tasks for tens of seconds (seen: 38 s).
      #expect(Date().timeIntervalSince(start) < 180)
    }
  }

  @Test("exports of a neighbourhood in each format, with their content types", arguments: ExportFormat.allCases)
  func export(format: ExportFormat) async throws {
    try await ServeFixture.withClient { client, _ in
      let id = try await Self.smailov(client)
      try await client.execute(uri: "/api/export/\(format.rawValue)?node=\(id)&depth=1&download=1", method: .get) { response in
        #expect(response.status == .ok, "\(response.text)")
        #expect(response.headers[.contentDisposition] == "attachment; filename=\"bilat.\(format.rawValue)\"")
        switch format {
        case .dot: #expect(response.text.contains("URL=\"/entity/\(id)\""))
        case .svg: #expect(response.text.contains("href=\"/entity/\(id)\""))
        case .graphml: #expect(response.text.contains("<graphml"))
        case .json:
          let object = try response.json() as? [String: Any]
          #expect(object?["nodes"] is [Any])
        }
      }
    }
  }
}
