import Foundation
import GRDB

/// Article texts (as NSString, for UTF-16 offsets) and titles, kept after the first read: the
/// server never writes, and evidence of one page usually points into a few articles.
final class ArticleTextCache: @unchecked Sendable {
  struct Entry {
    var title: String?
    var text: NSString
  }

  private var entries: [Int64: Entry] = [:]
  private let lock = NSLock()
  /// Bounded: when full, the cache starts over.
  private let capacity = 256

  func text(_ id: Int64, _ db: Database) throws -> Entry? {
    if let cached = lock.withLock({ entries[id] }) { return cached }
    guard let row = try Row.fetchOne(db, sql: "SELECT title, text FROM article WHERE id = ?", arguments: [id]) else {
      return nil
    }
    let entry = Entry(title: row[0], text: (row[1] as String) as NSString)
    lock.withLock {
      if entries.count >= capacity { entries.removeAll() }
      entries[id] = entry
    }
    return entry
  }
}
