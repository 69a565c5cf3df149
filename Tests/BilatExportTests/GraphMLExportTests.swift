import BilatExport
import BilatStore
import Foundation
import Testing

@Suite struct GraphMLExportTests {
  @Test func fixtureIsWellFormedWithExpectedKeys() throws {
    let store = try GraphStore()
    let ids = try FixtureGraph.build(into: store)
    let document = try GraphMLDocument.parse(try TestSupport.graphML(store))
    let keys = document.keys.map { "\($0.domain) \($0.name) \($0.type)" }
    #expect(
      keys == [
        "node labels string", "node label string", "edge type string", "edge label string",
        "node budget_usd double", "node country string", "node date string", "node iso string", "node name string",
        "node population long", "node round_the_clock boolean",
        "edge date string", "edge mode string", "edge place string", "edge title string",
      ])
    #expect(document.nodes.count == 11)
    #expect(document.edges.count == 13)
    let smailov = try #require(document.nodes["n\(ids.smailov)"])
    #expect(smailov["labels"] == ":Person")
    #expect(smailov["label"] == "Alikhan Smailov")
    let astana = try #require(document.nodes["n\(ids.astana)"])
    #expect(astana[try #require(document.keyID(for: "node", name: "population"))] == "1350000")
    let checkpoint = try #require(document.nodes["n\(ids.checkpoint)"])
    #expect(checkpoint[try #require(document.keyID(for: "node", name: "round_the_clock"))] == "true")
    #expect(checkpoint[try #require(document.keyID(for: "node", name: "name"))] == "Nur Zholy–Khorgos")
    let met = try #require(document.edges["e\(ids.metWith)"])
    #expect(met["source"] == "n\(ids.smailov)")
    #expect(met["target"] == "n\(ids.ding)")
    #expect(met["type"] == "MET_WITH")
    #expect(met[try #require(document.keyID(for: "edge", name: "date"))] == "2023-11-27")
  }

  @Test func mixedTypesWidenToDoubleOrString() throws {
    let store = try GraphStore()
    try store.write { db in
      try db.createNode(labels: ["A"], properties: ["n": 1, "m": 1, "s": "x"])
      try db.createNode(labels: ["A"], properties: ["n": 2.5, "m": "two", "s": .list(["a", "<b>"])])
    }
    let xml = try TestSupport.graphML(store)
    let document = try GraphMLDocument.parse(xml)
    #expect(
      document.keys.filter { $0.domain == "node" }.map { "\($0.name) \($0.type)" }.suffix(3) == [
        "m string", "n double", "s string",
      ])
    let s = try #require(document.keyID(for: "node", name: "s"))
    #expect(document.nodes["n2"]?[s] == #"["a","<b>"]"#)
  }

  @Test func selectionLimitsNodesEdgesAndKeys() throws {
    let store = try GraphStore()
    try FixtureGraph.build(into: store)
    let selection = try TestSupport.select(store, SelectionCriteria(labels: ["Sector", "Project"]))
    let document = try GraphMLDocument.parse(try TestSupport.graphML(store, selection: selection))
    #expect(document.nodes.count == 3)
    #expect(document.edges.count == 1)
    #expect(document.keys.filter { $0.domain == "node" }.map(\.name) == ["labels", "label", "budget_usd", "name"])
  }
}

@Suite struct GraphMLEscapingTests {
  @Test func charactersXMLCannotHoldBecomeReplacementCharacters() throws {
    let store = try GraphStore()
    _ = try store.write { db in
      try db.createNode(
        labels: ["Odd<Label>"],
        properties: ["name": "a\u{1}b\u{FFFE}c\u{FFFF}d\u{FFFD}e & <f> \"g\"", "key with \"quotes\" & <>": "x"])
    }
    let xml = try TestSupport.graphML(store)
    let document = try GraphMLDocument.parse(xml)
    let name = try #require(document.keyID(for: "node", name: "name"))
    #expect(document.nodes["n1"]?[name] == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e & <f> \"g\"")
    #expect(document.nodes["n1"]?["labels"] == ":Odd<Label>")
    #expect(document.keyID(for: "node", name: "key with \"quotes\" & <>") != nil)
  }
}
