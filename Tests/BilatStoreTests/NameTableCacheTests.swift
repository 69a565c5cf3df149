import Foundation
import GRDB
import Testing

@testable import BilatStore

/// The importers' per-row name lookup (``NameTable/Cache/id(bytes:_:)``) gives the ids the
/// `String` lookup gives: each name registered once, beyond the byte-compared names too, and
/// bytes that are not UTF-8 read as `String(decoding:as:)` reads them.
@Suite struct NameTableCacheTests {
  /// Names in the order rows meet them: runs, returns to an earlier name, the empty name,
  /// and more distinct names than the cache compares byte by byte.
  static let orders: [[String]] = [
    ["MET_WITH", "MET_WITH", "AGREED", "MET_WITH", "AGREED", "AGREED"],
    ["A", "AB", "ABC", "AB", "A", ""],
    (0..<(NameTable.Cache.byteKeyLimit + 8)).map { "TYPE_\($0)" } + [
      "TYPE_0", "TYPE_\(NameTable.Cache.byteKeyLimit + 3)",
    ],
  ]

  @Test(arguments: orders)
  func bytesGiveTheStringIDs(names: [String]) throws {
    let store = try GraphStore()
    try store.writer.write { db in
      var bytesCache = NameTable.Cache(.relationshipTypes)
      var ids: [Int64] = []
      for name in names {
        var text = name
        ids.append(try text.withUTF8 { try bytesCache.id(bytes: $0, db) })
      }
      var stringCache = NameTable.Cache(.relationshipTypes)
      #expect(try names.map { try stringCache.id($0, db) } == ids)
      let registered = try Int.fetchOne(db, sql: "SELECT count(*) FROM relationship_type") ?? 0
      #expect(registered == Set(names).count)
    }
  }

  @Test func invalidUTF8IsDecodedAsStringsDecodeIt() throws {
    let store = try GraphStore()
    try store.writer.write { db in
      var cache = NameTable.Cache(.labels)
      let invalid: [UInt8] = [0x41, 0xFF, 0x42]
      let id = try invalid.withUnsafeBufferPointer { try cache.id(bytes: $0, db) }
      #expect(try cache.id(String(decoding: invalid, as: UTF8.self), db) == id)
      #expect(try String.fetchOne(db, sql: "SELECT name FROM label WHERE id = ?", arguments: [id]) == "A\u{FFFD}B")
    }
  }
}
