import Foundation
import Hummingbird

/// Security headers on every response, the token check, and errors turned into JSON or pages.
struct ServeMiddleware<Context: RequestContext>: RouterMiddleware {
  let token: String?

  /// No inline script or style anywhere; everything comes from this server.
  static var contentSecurityPolicy: String {
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
      + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
  }

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
    -> Response
  {
    var response: Response
    var grantCookie = false
    if let token, !authorized(request, token: token) {
      response = Responses.error(
        ServeError(
          status: .unauthorized,
          message: "this server needs its token: header 'Authorization: Bearer TOKEN', or ?token=TOKEN once"),
        path: request.uri.path)
    } else {
      grantCookie = token != nil && request.uri.queryParameters.get("token") != nil
      do {
        response = try await next(request, context)
      } catch let error as HTTPError where error.status == .notFound {
        if let allowed = Self.allowedMethods(request.uri.path) {
          response = Responses.error(
            ServeError(status: .methodNotAllowed, message: "\(request.uri.path) takes \(allowed), not \(request.method)"),
            path: request.uri.path)
          response.headers[.allow] = allowed
        } else {
          response = Responses.error(.notFound("no page or API route at \(request.uri.path)"), path: request.uri.path)
        }
      } catch let error as HTTPError {
        response = Responses.error(ServeError(status: error.status, message: error.body ?? "\(error.status)"), path: request.uri.path)
      } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
        response = Responses.error(
          ServeError(status: error.status, message: "the request body is too large; the server takes bodies up to 64 KiB"),
          path: request.uri.path)
      } catch let error as any HTTPResponseError {
        response = Responses.error(ServeError(status: error.status, message: "\(error)"), path: request.uri.path)
      } catch {
        response = Responses.error(ServeError.wrapping(error), path: request.uri.path)
      }
    }
    response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
    response.headers[.xContentTypeOptions] = "nosniff"
    if grantCookie, let token {
      response.headers[.setCookie] = "bilat_token=\(token); Path=/; HttpOnly; SameSite=Strict"
    }
    return response
  }

  /// The methods of the API route a path belongs to (the router only says "not found").
  static func allowedMethods(_ path: String) -> String? {
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count >= 3, parts[0].isEmpty, parts[1] == "api" else { return nil }
    switch (parts.count, parts[2]) {
    case (3, "search"), (3, "who-met"), (3, "projects"), (3, "agreements"), (4, "nodes"), (4, "export"): return "GET"
    case (3, "query"): return "POST"
    default: return nil
    }
  }

  private func authorized(_ request: Request, token: String) -> Bool {
    var offered: [String] = []
    if let header = request.headers[.authorization], header.hasPrefix("Bearer ") {
      offered.append(String(header.dropFirst("Bearer ".count)))
    }
    if let query = request.uri.queryParameters.get("token") { offered.append(query) }
    if let cookies = request.headers[.cookie] {
      for part in cookies.split(separator: ";") {
        let pair = part.trimmingCharacters(in: .whitespaces)
        if pair.hasPrefix("bilat_token=") { offered.append(String(pair.dropFirst("bilat_token=".count))) }
      }
    }
    return offered.contains { Self.equalInConstantTime($0, token) }
  }

  static func equalInConstantTime(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8)
    let y = Array(b.utf8)
    var difference = UInt8(x.count == y.count ? 0 : 1)
    for index in 0..<max(x.count, y.count) {
      difference |= (index < x.count ? x[index] : 0) ^ (index < y.count ? y[index] : 0)
    }
    return difference == 0
  }
}
