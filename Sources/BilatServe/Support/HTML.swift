import Foundation

/// Builds HTML text. Every piece of data goes through ``escape(_:)``; nothing else in this
/// target writes data into markup.
enum HTML {
  /// Text safe inside elements and inside double- or single-quoted attributes.
  static func escape(_ text: String) -> String {
    var output = ""
    output.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "\"": output += "&quot;"
      case "'": output += "&#39;"
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output
  }

  /// A URL query component (for links built from data).
  static func query(_ text: String) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
  }

  /// `?a=1&b=2` from pairs, skipping empty values; escaped for an attribute.
  static func queryString(_ pairs: [(String, String?)]) -> String {
    let parts = pairs.compactMap { key, value in
      value.flatMap { $0.isEmpty ? nil : "\(key)=\(query($0))" }
    }
    return parts.isEmpty ? "" : "?" + parts.joined(separator: "&amp;")
  }

  /// A link to a node's page.
  static func entityLink(_ node: NodeReference) -> String {
    "<a href=\"/entity/\(node.id)\">\(escape(node.name))</a>"
  }

  /// `text` with the UTF-16 range wrapped in `<mark>`, all of it escaped.
  static func highlighted(_ text: String, _ ranges: [SpanRange], markClass: String = "span") -> String {
    let units = Array(text.utf16)
    var output = ""
    var offset = 0
    for range in ranges.sorted(by: { $0.start < $1.start }) where range.start >= offset && range.end <= units.count {
      output += escape(String(decoding: units[offset..<range.start], as: UTF16.self))
      output += "<mark class=\"\(markClass)\">"
      output += escape(String(decoding: units[range.start..<range.end], as: UTF16.self)) + "</mark>"
      offset = range.end
    }
    return output + escape(String(decoding: units[offset...], as: UTF16.self))
  }

  /// A table: header names and rows of ready-made (escaped) cells.
  static func table(_ headers: [String], _ rows: [[String]], id: String? = nil) -> String {
    var output = "<table\(id.map { " id=\"\($0)\"" } ?? "")><thead><tr>"
    output += headers.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead><tbody>\n"
    for row in rows { output += "<tr>" + row.map { "<td>\($0)</td>" }.joined() + "</tr>\n" }
    return output + "</tbody></table>"
  }

  /// The page frame: navigation, the body, the stylesheet and script (files, never inline).
  static func page(title: String, body: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="en"><head><meta charset="utf-8">
    <meta name="referrer" content="no-referrer">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(escape(title)) · Bilat</title>
    <link rel="stylesheet" href="/static/bilat.css">
    <script src="/static/bilat.js" defer></script>
    </head><body>
    <nav><a class="brand" href="/">Bilat</a> <a href="/who-met">Who met whom</a> <a href="/projects">Projects</a>
    <a href="/agreements">Agreements</a> <a href="/console">Query console</a>
    <form action="/" method="get" class="navsearch"><input name="q" placeholder="Search names and articles" aria-label="Search"></form></nav>
    <main>
    \(body)
    </main></body></html>
    """
  }

  /// Links to the same selection as DOT, SVG, GraphML and JSON.
  static func downloads(_ query: String, from base: String = "/api/export/") -> String {
    let separator = query.isEmpty ? "?" : query + "&amp;"
    let links = ExportFormat.allCases.map {
      "<a href=\"\(base)\($0.rawValue)\(separator)download=1\">\($0.rawValue.uppercased())</a>"
    }
    return "<p class=\"downloads\">Download this selection: " + links.joined(separator: " · ") + "</p>"
  }

  /// A placeholder the script fills with the picture at `source` (a link without script).
  static func picture(_ source: String) -> String {
    "<div class=\"picture\" data-src=\"\(source)\"><a href=\"\(source)\">Open the picture</a></div>"
  }
}
