import Foundation
import GRDB
import Testing

@testable import BilatStore

/// Alias lookups of schema version 4: both the exact (typography-folded) key and the
/// transliteration-folded key go through `alias_by_folded_key`; the exact lookup still tells
/// apart two keys that fold alike.
@Suite struct AliasLookupTests {
  static func store() throws -> (GraphStore, horgos: Int64, khorgos: Int64, person: Int64) {
    let store = try GraphStore(path: temporaryDatabasePath())
    let ids = try store.write { g in
      let horgos = try g.createNode(labels: ["City"], properties: ["name": "Horgos"])
      let khorgos = try g.createNode(labels: ["Facility"], properties: ["name": "Khorgos"])
      let person = try g.createNode(labels: ["Person"], properties: ["name": "Kassym-Jomart Tokayev"])
      try g.addAlias("Horgos", to: horgos)
      try g.addAlias("Khorgos", to: khorgos)
      try g.addAlias("Kassym-Jomart Tokayev", to: person)
      return (horgos, khorgos, person)
    }
    return (store, ids.0, ids.1, ids.2)
  }

  @Test func exactKeyIsExactAndFoldedKeyFindsVariants() throws {
    let (store, horgos, khorgos, person) = try Self.store()
    let found = try store.read { g in
      [
        try g.nodes(withAlias: "HORGOS"), try g.nodes(withAlias: "Khorgos"), try g.nodes(withFoldedAlias: "Horgos"),
        try g.nodes(withAlias: "kassym jomart tokayev"), try g.nodes(withAlias: "Kassym–Jomart  Tokayev"),
        try g.nodes(withFoldedAlias: "Kasym-Zhomart Tokaev"), try g.nodes(withAlias: "Khorgos", label: "Facility"),
        try g.nodes(withAlias: "Khorgos", label: "City"), try g.nodes(withFoldedAlias: "Khorgos", label: "City"),
      ]
    }
    #expect(found == [[horgos], [khorgos], [horgos, khorgos], [], [person], [person], [khorgos], [], [horgos]])
  }

  /// Pinned plan: the folded key's index, then the node by its id (no scan of `alias`). Since
  /// schema version 6 the index covers the lookup (its entries hold the primary key's surface,
  /// which the lookup reads to check the normalized key).
  @Test func lookupUsesTheFoldedKeyIndex() throws {
    let (store, _, _, _) = try Self.store()
    let plan = try store.read { g in
      try Row.fetchAll(
        g.db,
        sql: "EXPLAIN QUERY PLAN " + GraphDatabase.aliasLookupSQL, arguments: ["horgos", "City"]
      ).map { $0["detail"] as String }
    }
    #expect(plan.contains("SEARCH a USING COVERING INDEX alias_by_folded_key (folded_key=?)"), "\(plan)")
    #expect(plan.contains("SEARCH n USING INTEGER PRIMARY KEY (rowid=?)"), "\(plan)")
  }
}
