import BilatCore
import BilatStore
import GRDB

/// Streams the nodes and relationships of a selection in id order, each with its labels,
/// properties, aliases and evidence, by merging cursors sorted on the owner id. Memory stays
/// bounded by one record, whatever the size of the graph.
struct GraphReader {
  struct Parts: OptionSet {
    let rawValue: Int
    static let aliases = Parts(rawValue: 1)
    static let evidence = Parts(rawValue: 2)
  }

  let db: Database
  let selection: GraphSelection

  init(_ db: GraphDatabase, selection: GraphSelection) {
    self.db = db.db
    self.selection = selection
  }

  /// Calls `body` for each selected node, in id order.
  func forEachNode(including parts: Parts = [], _ body: (NodeRecord) throws -> Void) throws {
    let nodeFilter = selection.nodeIDs.map(GraphSelection.jsonArray)
    let filter = nodeFilter == nil ? "" : " WHERE node_id IN (SELECT value FROM json_each(?))"
    let arguments: SQLArguments = nodeFilter.map { [$0] } ?? []
    let rows = try RawCursor(
      db,
      sql: "SELECT id, \(LabelSQL.name("label_id")), \(PropertyStorage.nodeColumns()) FROM node"
        + (nodeFilter == nil ? "" : " WHERE id IN (SELECT value FROM json_each(?))") + " ORDER BY id",
      arguments: arguments)
    let extraLabels = try GroupedCursor<String>(
      db,
      sql: "SELECT e.node_id, l.name FROM node_extra_label e JOIN label l ON l.id = e.label_id\(filter) "
        + "ORDER BY e.node_id",
      arguments: arguments
    ) { $0.string(1) }
    let aliases =
      parts.contains(.aliases)
      ? try GroupedCursor<String>(
        db, sql: "SELECT node_id, surface FROM alias\(filter) ORDER BY node_id, surface", arguments: arguments
      ) { $0.string(1) } : nil
    let evidence = parts.contains(.evidence) ? try evidenceCursor(owner: "node_id", filter: nodeFilter) : nil
    while try rows.next() {
      let row = rows.row
      let id = row.int64(0)
      let first = row.isNull(1) ? [] : [row.string(1)]
      try body(
        NodeRecord(
          id: id, labels: (first + (try extraLabels.elements(for: id))).sorted(),
          properties: try row.properties(2, hot: PropertyStorage.nodeHotKeys),
          aliases: try aliases?.elements(for: id) ?? [], evidence: try evidence?.elements(for: id).sorted() ?? []))
    }
  }

  /// Calls `body` for each selected relationship, in id order.
  func forEachRelationship(including parts: Parts = [], _ body: (RelationshipRecord) throws -> Void) throws {
    let relationshipFilter = selection.relationshipIDs.map(GraphSelection.jsonArray)
    let arguments: SQLArguments = relationshipFilter.map { [$0] } ?? []
    let rows = try RawCursor(
      db,
      sql: "SELECT id, \(RelationshipTypeSQL.name("type_id")), start_id, end_id, "
        + "\(PropertyStorage.relationshipColumns()) FROM relationship"
        + (relationshipFilter == nil ? "" : " WHERE id IN (SELECT value FROM json_each(?))") + " ORDER BY id",
      arguments: arguments)
    let evidence =
      parts.contains(.evidence) ? try evidenceCursor(owner: "relationship_id", filter: relationshipFilter) : nil
    while try rows.next() {
      let row = rows.row
      let id = row.int64(0)
      try body(
        RelationshipRecord(
          id: id, type: row.string(1), start: row.int64(2), end: row.int64(3),
          properties: try row.properties(4, hot: PropertyStorage.relationshipHotKeys),
          evidence: try evidence?.elements(for: id).sorted() ?? []))
    }
  }

  private func evidenceCursor(owner: String, filter: String?) throws -> GroupedCursor<EvidenceItem> {
    precondition(owner == "node_id" || owner == "relationship_id")
    let restriction = filter == nil ? "" : " AND e.\(owner) IN (SELECT value FROM json_each(?))"
    return try GroupedCursor<EvidenceItem>(
      db,
      sql: """
        SELECT e.\(owner), a.source, e.sentence_index, e.sentence, e.start_offset, e.end_offset, e.rule,
               e.confidence
        FROM evidence e JOIN article a ON a.id = e.article_id
        WHERE e.\(owner) IS NOT NULL\(restriction)
        ORDER BY e.\(owner), e.id
        """,
      arguments: filter.map { [$0] } ?? []
    ) {
      EvidenceItem(
        article: $0.string(1), sentenceIndex: Int($0.int64(2)), sentence: $0.string(3), start: Int($0.int64(4)),
        end: Int($0.int64(5)), rule: $0.string(6), confidence: $0.double(7))
    }
  }
}

/// A cursor over rows `(owner_id, ...)` sorted by owner id, read group by group in step with
/// another cursor over the owners.
final class GroupedCursor<Element> {
  private let cursor: RawCursor
  private let transform: (RawRow) -> Element
  private var pending: (owner: Int64, element: Element)?

  init(_ db: Database, sql: String, arguments: SQLArguments, transform: @escaping (RawRow) -> Element) throws {
    cursor = try RawCursor(db, sql: sql, arguments: arguments)
    self.transform = transform
  }

  /// The elements of `owner`; owners must be asked for in increasing order.
  func elements(for owner: Int64) throws -> [Element] {
    var result: [Element] = []
    while true {
      if pending == nil {
        guard try cursor.next() else { return result }
        pending = (cursor.row.int64(0), transform(cursor.row))
      }
      guard let current = pending else { return result }
      if current.owner > owner { return result }
      if current.owner == owner { result.append(current.element) }
      pending = nil
    }
  }
}
