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
    try output.write(literal: "{\"nodes\":[")
    try reader.forEachNode(including: [.aliases, .evidence]) { node in
      try output.write(literal: summary.nodes == 0 ? "\n{\"id\":" : ",\n{\"id\":")
      try output.write(decimal: node.id)
      try output.write(literal: ",\"labels\":")
      try output.writeJSONStrings(node.labels)
      try output.write(literal: ",\"properties\":")
      try output.writeJSONObject(node.properties)
      try output.write(literal: ",\"aliases\":")
      try output.writeJSONStrings(node.aliases)
      try output.write(literal: ",\"evidence\":")
      try writeEvidence(node.evidence, to: output)
      try output.write(literal: "}")
      summary.nodes += 1
    }
    try output.write(literal: "\n],\"relationships\":[")
    try reader.forEachRelationship(including: [.evidence]) { relationship in
      try output.write(literal: summary.relationships == 0 ? "\n{\"id\":" : ",\n{\"id\":")
      try output.write(decimal: relationship.id)
      try output.write(literal: ",\"type\":")
      try output.writeJSONString(relationship.type)
      try output.write(literal: ",\"start\":")
      try output.write(decimal: relationship.start)
      try output.write(literal: ",\"end\":")
      try output.write(decimal: relationship.end)
      try output.write(literal: ",\"properties\":")
      try output.writeJSONObject(relationship.properties)
      try output.write(literal: ",\"evidence\":")
      try writeEvidence(relationship.evidence, to: output)
      try output.write(literal: "}")
      summary.relationships += 1
    }
    try output.write(literal: "\n]}\n")
    return summary
  }

  private static func writeEvidence(_ evidence: [EvidenceItem], to output: TextOutput) throws {
    try output.write(literal: "[")
    for (index, item) in evidence.enumerated() {
      if index > 0 { try output.write(literal: ",") }
      try output.write(literal: "{\"article\":")
      try output.writeJSONString(item.article)
      try output.write(literal: ",\"sentence_index\":")
      try output.write(decimal: Int64(item.sentenceIndex))
      try output.write(literal: ",\"sentence\":")
      try output.writeJSONString(item.sentence)
      try output.write(literal: ",\"start\":")
      try output.write(decimal: Int64(item.start))
      try output.write(literal: ",\"end\":")
      try output.write(decimal: Int64(item.end))
      try output.write(literal: ",\"rule\":")
      try output.writeJSONString(item.rule)
      try output.write(literal: ",\"confidence\":")
      try output.write(JSONText.format(item.confidence))
      try output.write(literal: "}")
    }
    try output.write(literal: "]")
  }
}
