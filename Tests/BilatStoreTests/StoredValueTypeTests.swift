import BilatCore
import GRDB
import Testing

@testable import BilatStore

/// The type names are database content: the v1 `value_type` names (read by the migration to
/// version 3) and the `json_type` names of `props` members, pinned here.
@Suite struct StoredValueTypeTests {
  @Test(arguments: [
    (PropertyValue.bool(true), "boolean", ["true", "false"]), (.int(7), "integer", ["integer"]),
    (.double(0.5), "float", ["real"]), (.string("x"), "string", ["text"]), (.list([.int(1)]), "list", ["array"]),
    (.map(["k": .int(1)]), "map", ["object"]),
  ])
  func eachValueHasItsStoredNames(value: PropertyValue, name: String, jsonTypes: [String]) throws {
    let type = try #require(StoredValueType(of: value))
    #expect(type.rawValue == name)
    #expect(type.jsonTypes == jsonTypes)
    for jsonType in jsonTypes { #expect(StoredValueType(jsonType: jsonType) == type) }
  }

  @Test func nullHasNoStoredType() {
    #expect(StoredValueType(of: .null) == nil)
    #expect(StoredValueType(jsonType: "null") == nil)
    #expect(StoredValueType.allCases.map(\.rawValue) == ["boolean", "integer", "float", "string", "list", "map"])
  }

  /// A hot key's string value is a column; every other value a `props` member whose
  /// `json_type` is its type's name.
  @Test func theStoreWritesThoseTypes() throws {
    let store = try GraphStore()
    let id = try store.write { g in
      try g.createNode(
        labels: ["Thing"],
        properties: [
          "a": true, "b": 2, "c": 0.25, "d": "text", "e": .list(["x"]), "f": .map(["k": "v"]), "g": 2.0,
          "name": "Named", "country": 7,
        ])
    }
    let rows = try store.read { db in
      try Row.fetchAll(
        db.db, sql: "SELECT j.key, j.type FROM node n, json_each(n.props) j WHERE n.id = ? ORDER BY j.key",
        arguments: [id]
      ).map { "\($0[0] as String)=\($0[1] as String)" }
    }
    #expect(rows == ["a=true", "b=integer", "c=real", "country=integer", "d=text", "e=array", "f=object", "g=real"])
    let name = try store.read { db in
      try String.fetchOne(db.db, sql: "SELECT name FROM node WHERE id = ?", arguments: [id])
    }
    #expect(name == "Named")
    #expect(try store.read { try $0.nodeProperties(id) }["g"] == .double(2.0))
  }
}
