import BilatCore
import BilatStore
import Foundation
import GRDB

/// Writes a selection of the graph as GraphViz DOT.
///
/// Node ids are `n<id>` (stable across exports), nodes and edges come sorted by id, so two
/// exports of the same graph are identical. Rows are read with cursors and written as they
/// come; only per-node cluster keys (with `--cluster`) and the labels seen are kept in memory.
public enum DOTExporter {
  /// Counts of what was written.
  public struct Summary: Equatable, Sendable {
    public init() {}
    public var nodes = 0
    /// Edges drawn (fewer than relationships when parallel ones are merged).
    public var edges = 0
    public var relationships = 0
  }

  /// Writes `selection` of the graph in `db` to `output` (not flushed).
  @discardableResult
  public static func export(
    _ db: GraphDatabase, selection: GraphSelection = .all, options: DOTOptions = DOTOptions(),
    to output: TextOutput
  ) throws -> Summary {
    var summary = Summary()
    try output.write(
      """
      digraph bilat {
        graph [rankdir="\(options.rankDirection.rawValue)", fontname="Helvetica", fontsize=11, \
      nodesep=0.3, ranksep=0.6];
        node [fontname="Helvetica", fontsize=10, style="filled", color="#4D5656"];
        edge [fontname="Helvetica", fontsize=8, arrowsize=0.7];

      """)
    let countryByEdge = options.clustering == .country ? try countriesByEdge(db) : [:]
    var clusters: [String: [Int64]] = [:]
    var labelsSeen = Set<String>()
    try forEachNode(db, selection: selection) { node in
      let primary = DOTStyle.primaryLabel(node.labels)
      if let primary { labelsSeen.insert(primary) }
      let style = DOTStyle.style(for: primary)
      let caption = DOTStyle.quotedLabel(DOTStyle.nodeCaption(node, primaryLabel: primary))
      let link = options.nodeURLPrefix.map { ", URL=\(DOTStyle.quotedLabel($0 + String(node.id))), target=\"_top\"" } ?? ""
      try output.write(
        "  n\(node.id) [label=\(caption), shape=\"\(style.shape)\", fillcolor=\"\(style.fill)\"\(link)];\n")
      summary.nodes += 1
      if options.clustering == .country, let country = countryKey(node, primary: primary, byEdge: countryByEdge) {
        clusters[country, default: []].append(node.id)
      }
    }
    if options.mergeParallel {
      try writeMergedEdges(db, selection: selection, to: output, summary: &summary)
    } else {
      try writeEdges(db, selection: selection, to: output, summary: &summary)
    }
    for (index, country) in clusters.keys.sorted().enumerated() {
      let members = (clusters[country] ?? []).map { "n\($0);" }.joined(separator: " ")
      try output.write(
        "  subgraph \"cluster_country_\(index + 1)\" {\n    label=\(DOTStyle.quotedLabel(country)); "
          + "style=\"rounded\"; color=\"#7F8C8D\"; fontsize=12;\n    \(members)\n  }\n")
    }
    if options.legend && !labelsSeen.isEmpty { try writeLegend(labelsSeen, to: output) }
    try output.write("}\n")
    return summary
  }

  private static func writeMergedEdges(
    _ db: GraphDatabase, selection: GraphSelection, to output: TextOutput, summary: inout Summary
  ) throws {
    let filter = selection.relationshipIDs.map(GraphSelection.jsonArray)
    // The date column, else a non-string date from `props`; the title's JSON text (`->` keeps
    // U+0000), decoded below.
    let sql = """
      SELECT min(r.start_id, r.end_id) AS a, max(r.start_id, r.end_id) AS b,
             \(RelationshipTypeSQL.name("r.type_id")) AS type, count(*),
             sum(r.start_id <= r.end_id), min(coalesce(r.date, r.props ->> ?1)), max(coalesce(r.date, r.props ->> ?1)),
             max(r.props -> ?2)
      FROM relationship r
      """ + (filter == nil ? "" : " WHERE r.id IN (SELECT value FROM json_each(?3))")
      + " GROUP BY a, b, r.type_id ORDER BY a, b, type"
    var edges = 0
    var relationships: Int64 = 0
    let arguments = SQLArguments(Self.edgePaths + (filter.map { [$0.databaseValue] } ?? []))
    try RawRows.forEach(db.db, sql: sql, arguments: arguments) { row in
      let a = row.int64(0)
      let b = row.int64(1)
      let count = row.int64(3)
      let forward = row.int64(4)
      let (from, to) = forward == 0 ? (b, a) : (a, b)
      try output.write(literal: "  n")
      try output.write(decimal: from)
      try output.write(literal: " -> n")
      try output.write(decimal: to)
      try output.write(literal: " [label=\"")
      let type = row.text(2)
      try output.writeDOTEscaped(type)
      if count > 1 {
        try output.write(literal: " ×")
        try output.write(decimal: count)
      } else if !row.isNull(7), case let title = try DOTStyle.plain(json: row.text(7)), !title.isEmpty {
        try output.write(literal: "\\n")
        try output.writeDOTEscaped(title)
      }
      if !row.isNull(5), !row.isNull(6) {
        // The date, or the first and last dates of the merged relationships.
        let first = row.text(5)
        let last = row.text(6)
        try output.write(literal: "\\n")
        try output.writeDOTEscaped(first)
        if !first.elementsEqual(last) {
          try output.write(literal: " – ")
          try output.writeDOTEscaped(last)
        }
      }
      let color = DOTStyle.edgeColor(String(decoding: type, as: UTF8.self))
      try output.write(literal: "\", color=\"")
      try output.write(literal: color)
      try output.write(literal: "\", fontcolor=\"")
      try output.write(literal: color)
      try output.write(literal: "\"")
      if count > 1 {
        // Pen width 1 + log2(count), at most 8, with one decimal.
        let tenths = Int64((min(1 + log2(Double(count)), 8) * 10).rounded())
        try output.write(literal: ", penwidth=")
        try output.write(decimal: tenths / 10)
        try output.write(literal: ".")
        try output.write(decimal: tenths % 10)
        try output.write(literal: ", weight=")
        try output.write(decimal: count)
      }
      if forward > 0 && forward < count { try output.write(literal: ", dir=\"both\"") }
      try output.write(literal: "];\n")
      edges += 1
      relationships += count
    }
    summary.edges += edges
    summary.relationships += Int(relationships)
  }

  /// One edge per relationship, written byte by byte from SQLite's row buffers (the hot path:
  /// a million rows on the shared large workload). Titles and dates come from a second cursor
  /// over the property table in key order, merged on the relationship id: one sequential scan
  /// instead of two index lookups per relationship.
  private static func writeEdges(
    _ db: GraphDatabase, selection: GraphSelection, to output: TextOutput, summary: inout Summary
  ) throws {
    let filter = selection.relationshipIDs.map(GraphSelection.jsonArray)
    // The date column, else a non-string date's JSON, and the title's JSON (`->` keeps U+0000).
    let relationships = try RawCursor(
      db.db,
      sql: "SELECT id, start_id, end_id, \(RelationshipTypeSQL.name("type_id")), date, props -> ?1, props -> ?2"
        + " FROM relationship"
        + (filter == nil ? "" : " WHERE id IN (SELECT value FROM json_each(?3))") + " ORDER BY id",
      arguments: SQLArguments(Self.edgePaths + (filter.map { [$0.databaseValue] } ?? [])))
    var title: [UInt8] = []
    var date: [UInt8] = []
    var count = 0
    while try relationships.next() {
      let row = relationships.row
      title.removeAll(keepingCapacity: true)
      date.removeAll(keepingCapacity: true)
      if !row.isNull(4) {
        date.append(contentsOf: row.text(4))
      } else if !row.isNull(5) {
        date.append(contentsOf: try DOTStyle.plain(json: row.text(5)).utf8)
      }
      if !row.isNull(6) { title.append(contentsOf: try DOTStyle.plain(json: row.text(6)).utf8) }
      try output.write(literal: "  n")
      try output.write(decimal: row.int64(1))
      try output.write(literal: " -> n")
      try output.write(decimal: row.int64(2))
      try output.write(literal: " [label=\"")
      let type = row.text(3)
      try output.writeDOTEscaped(type)
      if !title.isEmpty {
        try output.write(literal: "\\n")
        try title.withUnsafeBufferPointer { try output.writeDOTEscaped($0) }
      }
      if !date.isEmpty {
        try output.write(literal: "\\n")
        try date.withUnsafeBufferPointer { try output.writeDOTEscaped($0) }
      }
      let color = DOTStyle.edgeColor(String(decoding: type, as: UTF8.self))
      try output.write(literal: "\", color=\"")
      try output.write(literal: color)
      try output.write(literal: "\", fontcolor=\"")
      try output.write(literal: color)
      try output.write(literal: "\"];\n")
      count += 1
    }
    summary.edges += count
    summary.relationships += count
  }

  /// The nodes of a selection with just what drawing needs: labels, the first alias and the
  /// properties name, title, date and country.
  private static func forEachNode(
    _ db: GraphDatabase, selection: GraphSelection, _ body: (NodeRecord) throws -> Void
  ) throws {
    // Three sequential scans in node-id order, merged: cheaper than lookups per node.
    let filter = selection.nodeIDs.map(GraphSelection.jsonArray)
    let arguments: SQLArguments = filter.map { [$0] } ?? []
    let restriction = filter == nil ? "" : " AND node_id IN (SELECT value FROM json_each(?))"
    let nodes = try RawCursor(
      db.db,
      sql: "SELECT id, \(LabelSQL.name("label_id")), \(PropertyStorage.nodeColumns()) FROM node"
        + (filter == nil ? "" : " WHERE id IN (SELECT value FROM json_each(?))") + " ORDER BY id",
      arguments: arguments)
    let labels = try RawCursor(
      db.db,
      sql: "SELECT e.node_id, l.name FROM node_extra_label e JOIN label l ON l.id = e.label_id WHERE 1\(restriction) "
        + "ORDER BY e.node_id",
      arguments: arguments)
    let aliases = try RawCursor(
      db.db,
      sql: "SELECT node_id, min(surface) FROM alias WHERE 1\(restriction) GROUP BY node_id ORDER BY node_id",
      arguments: arguments)
    var labelPending = try labels.next()
    var aliasPending = try aliases.next()
    while try nodes.next() {
      let row = nodes.row
      let id = row.int64(0)
      let properties = try row.properties(2, hot: PropertyStorage.nodeHotKeys).filter { drawnNodeKeys.contains($0.key) }
      var record = NodeRecord(
        id: id, labels: row.isNull(1) ? [] : [row.string(1)], properties: properties, aliases: [], evidence: [])
      while labelPending, labels.row.int64(0) <= id {
        if labels.row.int64(0) == id { record.labels.append(labels.row.string(1)) }
        labelPending = try labels.next()
      }
      record.labels.sort()
      while aliasPending, aliases.row.int64(0) <= id {
        if aliases.row.int64(0) == id { record.aliases.append(aliases.row.string(1)) }
        aliasPending = try aliases.next()
      }
      try body(record)
    }
  }

  /// The JSON paths of the relationship properties drawing uses, `date` and `title` (`?1`, `?2`).
  private static let edgePaths = ["$.date".databaseValue, "$.title".databaseValue]

  /// The node properties drawing uses.
  private static let drawnNodeKeys = ["country", "date", "name", "title"]

  /// The cluster of a node: its own name for a Country, else its `country` property, else the
  /// country it is LOCATED_IN or HOLDS_ROLE at.
  private static func countryKey(_ node: NodeRecord, primary: String?, byEdge: [Int64: String]) -> String? {
    if node.labels.contains("Country"), let name = node.property("name")?.stringValue ?? node.aliases.first {
      return name
    }
    if let country = node.property("country")?.stringValue, !country.isEmpty { return country }
    return byEdge[node.id]
  }

  /// Countries reached by LOCATED_IN or HOLDS_ROLE edges, the alphabetically first per node.
  private static func countriesByEdge(_ db: GraphDatabase) throws -> [Int64: String] {
    var result: [Int64: String] = [:]
    try RawRows.forEach(
      db.db,
      sql: """
        SELECT r.start_id, c.name
        FROM relationship r
        JOIN node c ON c.id = r.end_id AND \(LabelSQL.test("c", parameter: "?1"))
        WHERE r.type_id IN \(RelationshipTypeSQL.ids(["?2", "?3"])) AND c.name IS NOT NULL
        ORDER BY r.start_id, c.name
        """, arguments: ["Country", "LOCATED_IN", "HOLDS_ROLE"]
    ) { row in
      let node = row.int64(0)
      if result[node] == nil { result[node] = row.string(1) }
    }
    return result
  }

  private static func writeLegend(_ labels: Set<String>, to output: TextOutput) throws {
    var entries = DOTStyle.labelStyles.filter { labels.contains($0.label) }.map { ($0.label, $0.style) }
    let others = labels.subtracting(DOTStyle.labelStyles.map(\.label)).sorted()
    if !others.isEmpty { entries.append((others.joined(separator: ", "), DOTStyle.otherStyle)) }
    var text =
      "  subgraph \"cluster_legend\" {\n    label=\"Legend\"; style=\"rounded,dashed\"; "
      + "color=\"#7F8C8D\"; fontsize=12;\n"
    for (index, entry) in entries.enumerated() {
      text +=
        "    legend_\(index + 1) [label=\(DOTStyle.quotedLabel(entry.0)), shape=\"\(entry.1.shape)\", "
        + "fillcolor=\"\(entry.1.fill)\"];\n"
    }
    // One rank: a column beside a left-to-right graph, a row under a top-to-bottom one.
    text += "    { rank=\"same\"; " + entries.indices.map { "legend_\($0 + 1);" }.joined(separator: " ") + " }\n"
    try output.write(text + "  }\n")
  }
}

extension DOTExporter {
  /// `text` quoted as a DOT label (see the escaping rules in README-export.md).
  public static func quotedLabel(_ text: String) -> String {
    DOTStyle.quotedLabel(text)
  }
}
