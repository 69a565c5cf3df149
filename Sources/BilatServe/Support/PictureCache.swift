import BilatExport
import Foundation

/// Rendered pictures by selection: Graphviz takes tens of milliseconds per picture, and the
/// server's graph does not change under it (it is opened read-only).
final class PictureCache: @unchecked Sendable {
  private var pictures: [String: String] = [:]
  private let lock = NSLock()
  /// Bounded: when full, the cache starts over.
  private let capacity = 128

  private static func key(_ selection: GraphSelection) -> String {
    guard let nodes = selection.nodeIDs else { return "all" }
    let relationships = selection.relationshipIDs ?? []
    return nodes.map(String.init).joined(separator: ",") + "|" + relationships.map(String.init).joined(separator: ",")
  }

  func picture(for selection: GraphSelection) -> String? {
    lock.withLock { pictures[Self.key(selection)] }
  }

  func store(_ svg: String, for selection: GraphSelection) {
    lock.withLock {
      if pictures.count >= capacity { pictures.removeAll() }
      pictures[Self.key(selection)] = svg
    }
  }
}
