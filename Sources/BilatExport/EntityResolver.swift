import BilatCore
import BilatQuery
import BilatStore

/// `export --around NAME`: the node a name means, through the one resolver every command uses
/// (``NameResolver``), with the export's errors.
enum EntityResolver {
  /// The node named `name` (any label).
  ///
  /// - Throws: ``ExportError/ambiguousEntity(name:candidates:)`` or
  ///   ``ExportError/unknownEntity(name:suggestions:)``.
  static func resolve(_ name: String, in db: GraphDatabase) throws -> Int64 {
    switch try NameResolver.resolve(name, label: nil, in: db) {
    case .found(let id, _):
      return id
    case .ambiguous(let candidates):
      throw ExportError.ambiguousEntity(
        name: name, candidates: try candidates.prefix(20).map { try describe($0.id, in: db) })
    case .unknown(let suggestions):
      throw ExportError.unknownEntity(name: name, suggestions: try suggestions.map { try describe($0.id, in: db) })
    }
  }

  /// "Alikhan Smailov (Person, node 12)".
  static func describe(_ node: Int64, in db: GraphDatabase) throws -> String {
    let labels = try db.labels(of: node)
    let name = try db.nodeProperties(node)["name"]?.stringValue ?? db.aliases(of: node).first ?? "unnamed"
    let kind = labels.isEmpty ? "" : labels.joined(separator: ":") + ", "
    return "\(name) (\(kind)node \(node))"
  }
}
