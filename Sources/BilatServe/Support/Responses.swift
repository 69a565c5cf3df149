import Foundation
import Hummingbird

/// Response builders with the content types and caching the server uses.
enum Responses {
  static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
    body(text, type: "text/html; charset=utf-8", status: status)
  }

  static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
    let data = try JSONEncoder.bilat.encode(value)
    var buffer = ByteBuffer()
    buffer.writeBytes(data)
    return Response(
      status: status, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: buffer))
  }

  static func body(
    _ text: String, type: String, status: HTTPResponse.Status = .ok, attachment: String? = nil
  ) -> Response {
    var headers: HTTPFields = [.contentType: type]
    if let attachment { headers[.contentDisposition] = "attachment; filename=\"\(attachment)\"" }
    return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
  }

  /// The error as JSON (`{"message": …, "position": …}`) under /api/, else as a page.
  static func error(_ error: ServeError, path: String) -> Response {
    if path.hasPrefix("/api/") {
      return (try? json(ErrorBody(error), status: error.status))
        ?? body("{\"message\":\"internal error\"}", type: "application/json", status: .internalServerError)
    }
    var page = "<h1>\(error.status.code) \(HTML.escape(error.status.reasonPhrase))</h1>"
    page += "<p class=\"error\">\(HTML.escape(error.message))</p>"
    if let caret = error.caret { page += "<pre class=\"caret\">\(HTML.escape(caret))</pre>" }
    return html(HTML.page(title: "Error", body: page), status: error.status)
  }
}

/// What an API error looks like.
struct ErrorBody: Codable {
  var message: String
  var position: QueryPosition?
  var caret: String?

  init(_ error: ServeError) {
    message = error.message
    position = error.position
    caret = error.caret
  }
}
