import BilatExport
import Foundation
import Hummingbird

/// The JSON API, documented in docs/openapi.yaml.
struct APIRoutes: Sendable {
  let server: BilatServer

  /// The request body of `POST /api/query`.
  struct QueryRequest: Decodable {
    var query: String
    var parameters: [String: JSONValue]?
  }

  func register(on router: Router<BasicRequestContext>) {
    let service = server.service
    let api = router.group("api")
    api.get("search") { request, _ -> Response in
      let text = request.rawParameters("q").first ?? ""
      return try Responses.json(try await server.work { try service.search(text) })
    }
    api.get("nodes/{id}") { request, context -> Response in
      let id = try Self.nodeID(context)
      return try Responses.json(try await server.work { try service.entity(id) })
    }
    api.get("who-met") { request, _ -> Response in
      let filter = try request.meetingFilter()
      return try Responses.json(try await server.work { try service.meetings(filter) })
    }
    api.get("projects") { request, _ -> Response in
      let (sector, country) = (request.parameter("sector"), request.parameter("country"))
      return try Responses.json(try await server.work { try service.projects(sector: sector, country: country) })
    }
    api.get("agreements") { request, _ -> Response in
      let between = try request.pair("between")
      return try Responses.json(try await server.work { try service.agreements(between: between) })
    }
    api.post("query") { request, context -> Response in
      let body = try await request.body.collect(upTo: server.settings.maxBodyBytes)
      let input: QueryRequest
      do {
        input = try JSONDecoder().decode(QueryRequest.self, from: body)
      } catch {
        throw ServeError.badRequest(
          "the body must be JSON: {\"query\": \"MATCH (n) RETURN n LIMIT 5\", \"parameters\": {}} (\(Self.reason(error)))")
      }
      let (query, parameters) = (input.query, input.parameters ?? [:])
      return try Responses.json(try await server.work { try service.query(query, parameters: parameters).1 })
    }
    api.get("export/{format}") { request, context -> Response in
      let name = context.parameters.get("format") ?? ""
      guard let format = ExportFormat(rawValue: name) else {
        throw ServeError.notFound("no export format '\(name)'; use dot, svg, graphml or json")
      }
      let selection = try request.exportSelection(service)
      let text = try await server.work { try service.export(try selection.resolve(service), format: format) }
      let attachment = request.parameter("download") != nil ? "bilat.\(format.rawValue)" : nil
      return Responses.body(text, type: format.contentType, attachment: attachment)
    }
  }

  static func nodeID(_ context: BasicRequestContext) throws -> Int64 {
    let text = context.parameters.get("id") ?? ""
    guard let id = Int64(text) else { throw ServeError.badRequest("a node id is a whole number, not '\(text)'") }
    return id
  }

  /// A decoding error in one line.
  static func reason(_ error: any Error) -> String {
    switch error {
    case DecodingError.keyNotFound(let key, _): "missing \"\(key.stringValue)\""
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
      "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)"
    case DecodingError.dataCorrupted(let context): context.debugDescription
    default: "\(error)"
    }
  }
}
