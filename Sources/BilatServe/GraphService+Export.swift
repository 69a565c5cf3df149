import BilatExport
import BilatQuery
import BilatStore
import Foundation
import GRDB

/// The formats `GET /api/export/{format}` and the download links produce.
public enum ExportFormat: String, CaseIterable, Sendable {
  case dot, svg, graphml, json

  var contentType: String {
    switch self {
    case .dot: "text/vnd.graphviz; charset=utf-8"
    case .svg: "image/svg+xml"
    case .graphml: "application/graphml+xml; charset=utf-8"
    case .json: "application/json; charset=utf-8"
    }
  }
}

extension GraphService {
  /// Most relationships an export from the server holds (larger ones: `bilat export`).
  static let exportRelationshipLimit = 50_000

  /// The neighbourhood of a node: nodes within `depth` hops over relationships of `types` (any
  /// when empty), at most `maxNodes` of them, and the relationships among them.
  public func neighbourhood(of center: Int64, depth: Int, types: [String], maxNodes: Int) throws -> GraphSelection {
    guard (0...settings.maxDepth).contains(depth) else {
      throw ServeError.badRequest("depth must be 0...\(settings.maxDepth), not \(depth)")
    }
    return try store.read { graph in
      guard try reference(center, graph.db) != nil else { throw ServeError.notFound("no node has id \(center)") }
      let typeFilter = types.isEmpty ? "" : " AND type_id IN \(RelationshipTypeSQL.ids(jsonArray: ":types"))"
      let sql = """
        SELECT id, end_id FROM relationship WHERE start_id = :node\(typeFilter)
        UNION ALL SELECT id, start_id FROM relationship WHERE end_id = :node\(typeFilter)
        ORDER BY 1
        """
      let statement = try graph.db.cachedStatement(sql: sql)
      let typesJSON = try String(decoding: JSONEncoder().encode(types), as: UTF8.self)
      var reached: [Int64] = [center]
      var seen: Set<Int64> = [center]
      var relationships = Set<Int64>()
      var frontier = [center]
      var hop = 0
      search: while hop < depth, !frontier.isEmpty {
        var next: [Int64] = []
        for node in frontier {
          var arguments: [String: (any DatabaseValueConvertible)?] = ["node": node]
          if !types.isEmpty { arguments["types"] = typesJSON }
          let rows = try Row.fetchCursor(statement, arguments: StatementArguments(arguments))
          while let row = try rows.next() {
            let other: Int64 = row[1]
            if seen.insert(other).inserted {
              if reached.count >= maxNodes { break search }
              reached.append(other)
              next.append(other)
            }
            relationships.insert(row[0])
          }
        }
        frontier = next
        hop += 1
      }
      // Keep only relationships whose both ends were kept.
      let kept = Set(reached)
      let among = try relationships.sorted().filter { id in
        let ends = try Row.fetchOne(graph.db, sql: "SELECT start_id, end_id FROM relationship WHERE id = ?", arguments: [id])
        return ends.map { kept.contains($0[0]) && kept.contains($0[1]) } ?? false
      }
      return try GraphSelection(nodes: reached, relationships: among, in: graph)
    }
  }

  /// The selection an export's criteria choose (the command line's `bilat export` options).
  public func selection(_ criteria: SelectionCriteria) throws -> GraphSelection {
    guard criteria.depth <= settings.maxDepth else {
      throw ServeError.badRequest("depth must be 0...\(settings.maxDepth), not \(criteria.depth)")
    }
    return try store.read { graph in try criteria.resolve(in: graph) }
  }

  /// The selection as DOT, GraphML, JSON or SVG (nodes linking to their pages).
  public func export(_ selection: GraphSelection, format: ExportFormat) throws -> String {
    let size = try store.read { graph in
      try selection.relationshipIDs?.count
        ?? Int.fetchOne(graph.db, sql: "SELECT count(*) FROM relationship") ?? 0
    }
    guard size <= Self.exportRelationshipLimit else {
      throw ServeError.badRequest(
        "the selection holds \(size) relationships, more than the server exports "
          + "(\(Self.exportRelationshipLimit)); narrow it (types, labels, since, until, around) or use `bilat export`")
    }
    if format == .svg {
      guard (selection.nodeIDs?.count ?? Int.max) <= settings.maxPictureNodes * 4 else {
        throw ServeError.badRequest("the selection is too large to draw here; narrow it or use `bilat export --render svg`")
      }
      return try svg(selection)
    }
    return try store.read { graph in
      let output = TextOutput()
      switch format {
      case .dot: try DOTExporter.export(graph, selection: selection, options: Self.dotOptions, to: output)
      case .graphml: try GraphMLExporter.export(graph, selection: selection, to: output)
      case .json, .svg: try JSONGraphExporter.export(graph, selection: selection, to: output)
      }
      try output.flush()
      return output.text
    }
  }

  static var dotOptions: DOTOptions {
    var options = DOTOptions(mergeParallel: true, legend: false)
    options.nodeURLPrefix = "/entity/"
    return options
  }

  /// Draws a selection with Graphviz; nodes link to `/entity/{id}`. Cached by selection.
  public func svg(_ selection: GraphSelection) throws -> String {
    if let cached = pictures.picture(for: selection) { return cached }
    let destination = FileManager.default.temporaryDirectory.appendingPathComponent("bilat-serve-\(UUID().uuidString).svg")
    defer { try? FileManager.default.removeItem(at: destination) }
    // Graphviz's warnings (returned as text) concern layout only; the picture is what matters here.
    _ = try store.read { graph in
      try GraphvizRenderer.render(format: .svg, to: destination) { output in
        try DOTExporter.export(graph, selection: selection, options: Self.dotOptions, to: output)
      }
    }
    let svg = try String(contentsOf: destination, encoding: .utf8)
    pictures.store(svg, for: selection)
    return svg
  }
}
