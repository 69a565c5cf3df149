import BilatExport
import BilatQuery
import Foundation
import Hummingbird

extension PageRoutes {
  static let exampleQuery = """
    MATCH (a:Person)-[m:MET_WITH]-(b:Person)
    RETURN a, m, b LIMIT 25
    """

  /// The console: a query box; the result as a table, as a picture when it holds nodes,
  /// relationships or paths, EXPLAIN as text, and errors with the caret under their position.
  func consolePage(_ query: String?) -> (String, HTTPResponse.Status) {
    var body = """
      <h1>Query console</h1>
      <p class="note">Read-only openCypher, at most \(server.settings.queryRowLimit) rows and \
      \(String(format: "%g", server.settings.queryTimeout)) s. Prefix EXPLAIN to see the SQL and its plan.</p>
      <form action="/console" method="post"><textarea name="query" rows="6" id="query" aria-label="Query">\
      \(HTML.escape(query ?? Self.exampleQuery))</textarea><br><button>Run</button></form>
      """
    guard let query, !query.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
      return (HTML.page(title: "Query console", body: body), .ok)
    }
    do {
      let (result, _) = try service.query(query, parameters: [:])
      body += "<h2>Result</h2>"
      for warning in result.warnings { body += "<pre class=\"caret warning\">\(HTML.escape(warning.description))</pre>" }
      if result.columns == ["plan"] {
        let plan = result.rows.map { $0.first.map { JSONValue($0).displayText } ?? "" }.joined(separator: "\n")
        body += "<pre class=\"plan\" id=\"plan\">\(HTML.escape(plan))</pre>"
        return (HTML.page(title: "Query console", body: body), .ok)
      }
      let shown = result.rows.prefix(server.settings.displayedRows)
      body += HTML.table(result.columns, shown.map { row in row.map { HTML.escape(Self.cell($0)) } }, id: "result")
      body += "<p class=\"note\">\(result.rows.count) rows"
      body += result.rows.count > shown.count ? ", the first \(shown.count) shown.</p>" : ".</p>"
      body += picture(of: result)
    } catch {
      let failure = ServeError.wrapping(error)
      body += "<h2>Error</h2><p class=\"error\" id=\"query-error\">\(HTML.escape(failure.message))</p>"
      if let position = failure.position {
        body += "<p class=\"note\">line \(position.line), column \(position.column)</p>"
      }
      if let caret = failure.caret { body += "<pre class=\"caret\">\(HTML.escape(caret))</pre>" }
      return (HTML.page(title: "Query console", body: body), failure.status)
    }
    return (HTML.page(title: "Query console", body: body), .ok)
  }

  /// The result drawn, when it holds graph values and is small enough.
  private func picture(of result: QueryResult) -> String {
    let holdsGraph = result.rows.contains { row in row.contains(where: Self.isGraphValue) }
    guard holdsGraph else { return "" }
    do {
      let selection = try service.store.read { graph in try GraphSelection(queryResult: result, in: graph) }
      guard (selection.nodeIDs?.count ?? 0) <= server.settings.maxPictureNodes else {
        return "<p class=\"note\">The result holds more than \(server.settings.maxPictureNodes) nodes: too many to draw.</p>"
      }
      return "<h2>Picture</h2><div class=\"picture drawn\">\(Self.inlineSVG(try service.svg(selection)))</div>"
    } catch {
      return "<p class=\"error\">The result could not be drawn: \(HTML.escape(ServeError.wrapping(error).message))</p>"
    }
  }

  static func isGraphValue(_ value: CypherValue) -> Bool {
    switch value {
    case .node, .relationship, .path: true
    case .list(let items): items.contains(where: isGraphValue)
    case .map(let members): members.values.contains(where: isGraphValue)
    default: false
    }
  }

  /// A result cell: nodes as `(:Label {name})`, the rest as JSON-like text.
  static func cell(_ value: CypherValue) -> String {
    switch value {
    case .node(let node):
      let name = node.properties["name"].map { JSONValue($0).displayText } ?? "#\(node.id)"
      return "(" + node.labels.map { ":" + $0 }.joined() + " \(name))"
    case .relationship(let relationship):
      return "[:\(relationship.type) \(relationship.startID)→\(relationship.endID)]"
    default:
      return JSONValue(value).displayText
    }
  }

  /// Graphviz's SVG document without its XML prologue and doctype, for inclusion in a page.
  /// Graphviz escapes every label it writes (`&lt;` …), so names stay text.
  static func inlineSVG(_ svg: String) -> String {
    guard let start = svg.range(of: "<svg") else { return "" }
    return String(svg[start.lowerBound...])
  }
}
