import BilatCore
import BilatStore

/// Writes a selection as Bilat's graph JSON (see README-export.md): one document,
/// `{"nodes":[…],"relationships":[…]}`, one element per line, sorted by id, members in a fixed
/// order, property keys sorted.
///
/// The output is streamed: rows are read with cursors and written as they come.
public enum JSONGraphExporter {
  /// Counts of what was written.
  public struct Summary: Equatable, Sendable {
    public init() {}
    public var nodes = 0
    public var relationships = 0
  }

  /// Writes `selection` of the graph in `db` to `output` (not flushed).
  @discardableResult
  public static func export(
    _ db: GraphDatabase, selection: GraphSelection = .all, to output: TextOutput
  ) throws -> Summary {
    var summary = Summary()
    let reader = GraphReader(db, selection: selection)
    try output.write("{\"nodes\":[")
    try reader.forEachNode(including: [.aliases, .evidence]) { node in
      var line = summary.nodes == 0 ? "\n" : ",\n"
      line += "{\"id\":\(node.id),\"labels\":"
      appendStrings(node.labels, to: &line)
      line += ",\"properties\":"
      JSONText.appendObject(node.properties, to: &line)
      line += ",\"aliases\":"
      appendStrings(node.aliases, to: &line)
      line += ",\"evidence\":"
      appendEvidence(node.evidence, to: &line)
      line += "}"
      try output.write(line)
      summary.nodes += 1
    }
    try output.write("\n],\"relationships\":[")
    try reader.forEachRelationship(including: [.evidence]) { relationship in
      var line = summary.relationships == 0 ? "\n" : ",\n"
      line += "{\"id\":\(relationship.id),\"type\":"
      JSONText.appendString(relationship.type, to: &line)
      line += ",\"start\":\(relationship.start),\"end\":\(relationship.end),\"properties\":"
      JSONText.appendObject(relationship.properties, to: &line)
      line += ",\"evidence\":"
      appendEvidence(relationship.evidence, to: &line)
      line += "}"
      try output.write(line)
      summary.relationships += 1
    }
    try output.write("\n]}\n")
    return summary
  }

  private static func appendStrings(_ strings: [String], to line: inout String) {
    line += "["
    for (index, string) in strings.enumerated() {
      if index > 0 { line += "," }
      JSONText.appendString(string, to: &line)
    }
    line += "]"
  }

  private static func appendEvidence(_ evidence: [EvidenceItem], to line: inout String) {
    line += "["
    for (index, item) in evidence.enumerated() {
      if index > 0 { line += "," }
      line += "{\"article\":"
      JSONText.appendString(item.article, to: &line)
      line += ",\"sentence_index\":\(item.sentenceIndex),\"sentence\":"
      JSONText.appendString(item.sentence, to: &line)
      line += ",\"start\":\(item.start),\"end\":\(item.end),\"rule\":"
      JSONText.appendString(item.rule, to: &line)
      line += ",\"confidence\":" + JSONText.format(item.confidence) + "}"
    }
    line += "]"
  }
}
