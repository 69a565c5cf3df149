import Foundation
import Hummingbird

/// The stylesheet and script, served from the target's resources by exact name: a request
/// names one of these files or gets a 404, so no path reaches the file system.
enum StaticAssets {
  static let types = ["bilat.css": "text/css; charset=utf-8", "bilat.js": "text/javascript; charset=utf-8"]

  /// The files' contents, read once.
  static let contents: [String: String] = {
    var loaded: [String: String] = [:]
    for name in types.keys {
      let parts = name.split(separator: ".")
      guard parts.count == 2,
        let url = Bundle.module.url(forResource: String(parts[0]), withExtension: String(parts[1]), subdirectory: "Static"),
        let text = try? String(contentsOf: url, encoding: .utf8)
      else {
        // A build without its resources is broken; say which file is missing instead of serving nothing.
        loaded[name] = "/* bilat: resource Static/\(name) is missing from this build */"
        continue
      }
      loaded[name] = text
    }
    return loaded
  }()

  static func register(on router: Router<BasicRequestContext>) {
    router.get("static/{file}") { _, context -> Response in
      let name = context.parameters.get("file") ?? ""
      guard let type = types[name], let text = contents[name] else {
        throw ServeError.notFound("no static file named '\(name)'")
      }
      var response = Responses.body(text, type: type)
      response.headers[.cacheControl] = "public, max-age=300"
      return response
    }
  }
}
