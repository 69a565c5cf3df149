import BilatCore
import BilatExport
import BilatStore
import Foundation
import Testing

@Suite struct JSONExportTests {
  @Test func fixtureGraphIsPinned() throws {
    let store = try GraphStore()
    try FixtureGraph.build(into: store)
    let expected = try String(contentsOf: TestSupport.fixtureURL("founding-example.json"), encoding: .utf8)
    #expect(try TestSupport.json(store) == expected)
  }

  @Test func shapeFollowsTheDocumentedFormat() throws {
    let store = try GraphStore()
    try FixtureGraph.build(into: store)
    let json = try TestSupport.json(store)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(Set(object.keys) == ["nodes", "relationships"])
    let nodes = try #require(object["nodes"] as? [[String: Any]])
    let relationships = try #require(object["relationships"] as? [[String: Any]])
    #expect(nodes.count == 11)
    #expect(relationships.count == 13)
    for node in nodes { #expect(Set(node.keys) == ["id", "labels", "properties", "aliases", "evidence"]) }
    for relationship in relationships {
      #expect(Set(relationship.keys) == ["id", "type", "start", "end", "properties", "evidence"])
    }
    let evidence = try #require((relationships[0]["evidence"] as? [[String: Any]])?.first)
    #expect(Set(evidence.keys) == ["article", "sentence_index", "sentence", "start", "end", "rule", "confidence"])
    #expect(evidence["article"] as? String == "news/2023-11-27-astana.txt")
  }

  @Test func typedValuesSurvive() throws {
    let store = try GraphStore()
    _ = try store.write { db in
      try db.createNode(
        labels: ["Thing"],
        properties: [
          "int": 42, "float": 1.0, "small": 1e-5, "big": 1.5e20, "yes": true, "text": "x",
          "list": .list([1, "two", 3.5]), "map": .map(["b": 1, "a": .list([])]),
        ])
    }
    let json = try TestSupport.json(store)
    #expect(
      json.contains(
        #""properties":{"big":1.5e+20,"float":1.0,"int":42,"list":[1,"two",3.5],"map":{"a":[],"b":1},"small":1e-05,"text":"x","yes":true}"#
      ))
    let copy = try GraphStore()
    _ = try GraphImporter.importGraph(json: json, into: copy)
    let properties = try copy.read { db in try db.nodeProperties(1) }
    #expect(properties["int"] == .int(42))
    #expect(properties["float"] == .double(1.0))
    #expect(properties["small"] == .double(1e-5))
    #expect(properties["big"] == .double(1.5e20))
    #expect(properties["yes"] == .bool(true))
    #expect(properties["list"] == .list([1, "two", 3.5]))
    #expect(properties["map"] == .map(["b": 1, "a": .list([])]))
  }
}
