import BilatCore
import GRDB
import Testing

@testable import BilatStore

/// The `value_type` names are database content: pinned here, so that the enum cannot rename them.
@Suite struct StoredValueTypeTests {
  @Test(arguments: [
    (PropertyValue.bool(true), "boolean"), (.int(7), "integer"), (.double(0.5), "float"), (.string("x"), "string"),
    (.list([.int(1)]), "list"), (.map(["k": .int(1)]), "map"),
  ])
  func eachValueHasItsStoredName(value: PropertyValue, name: String) {
    #expect(StoredValueType(of: value)?.rawValue == name)
    #expect(StoredValueType(rawValue: name) != nil)
  }

  @Test func nullHasNoStoredType() {
    #expect(StoredValueType(of: .null) == nil)
    #expect(StoredValueType.allCases.map(\.rawValue) == ["boolean", "integer", "float", "string", "list", "map"])
    #expect(StoredValueType.string.sqlLiteral == "'string'")
  }

  @Test func theStoreWritesThoseNames() throws {
    let store = try GraphStore()
    let id = try store.write { g in
      try g.createNode(
        labels: ["Thing"],
        properties: [
          "a": true, "b": 2, "c": 0.25, "d": "text", "e": .list(["x"]), "f": .map(["k": "v"]),
        ])
    }
    let rows = try store.read { db in
      try Row.fetchAll(
        db.db, sql: "SELECT key, value_type FROM node_property WHERE node_id = ? ORDER BY key", arguments: [id]
      ).map { "\($0[0] as String)=\($0[1] as String)" }
    }
    #expect(rows == ["a=boolean", "b=integer", "c=float", "d=string", "e=list", "f=map"])
  }
}
