import BilatExport
import BilatStore
import Foundation
import Testing

@Suite struct DOTExporterTests {
  @Test func fixtureGraphIsPinned() throws {
    let store = try GraphStore()
    try FixtureGraph.build(into: store)
    let expected = try String(contentsOf: TestSupport.fixtureURL("founding-example.dot"), encoding: .utf8)
    #expect(try TestSupport.dot(store) == expected)
  }

  @Test func twoExportsAreIdentical() throws {
    let store = try GraphStore()
    try FixtureGraph.build(into: store)
    let options = DOTOptions(clustering: .country, mergeParallel: true)
    #expect(try TestSupport.dot(store, options: options) == TestSupport.dot(store, options: options))
  }

  @Test func mergeParallelDrawsOneWeightedEdgeWithCountAndDateRange() throws {
    let store = try GraphStore()
    let ids = try FixtureGraph.build(into: store)
    let dot = try TestSupport.dot(store, options: DOTOptions(mergeParallel: true))
    let merged = dot.split(separator: "\n").filter { $0.contains("MET_WITH") }
    #expect(
      merged == [
        "  n\(ids.smailov) -> n\(ids.ding) [label=\"MET_WITH ×2\\n2023-11-27 – 2024-05-02\", color=\"#1F618D\", "
          + "fontcolor=\"#1F618D\", penwidth=2.0, weight=2, dir=\"both\"];"
      ])
    // Single relationships keep their own label.
    #expect(dot.contains("  n\(ids.smailov) -> n\(ids.kazakhstan) [label=\"HOLDS_ROLE\\nPrime Minister\""))
    #expect(dot.split(separator: "\n").filter { $0.contains(" -> n") && !$0.contains("legend") }.count == 12)
  }

  @Test func fortyMeetingsBetweenTwoLeadersDrawAsOneWeightedEdge() throws {
    let store = try GraphStore()
    try store.write { db in
      let a = try db.createNode(labels: ["Person"], properties: ["name": "Xi Jinping"])
      let b = try db.createNode(labels: ["Person"], properties: ["name": "Kassym-Jomart Tokayev"])
      for day in 1...40 {
        try db.createRelationship(
          type: "MET_WITH", from: a, to: b,
          properties: ["date": .string("2020-01-\(String(format: "%02d", day % 28 + 1))")])
      }
    }
    let dot = try TestSupport.dot(store, options: DOTOptions(mergeParallel: true, legend: false))
    #expect(
      dot.contains(
        "  n1 -> n2 [label=\"MET_WITH ×40\\n2020-01-01 – 2020-01-28\", color=\"#1F618D\", fontcolor=\"#1F618D\", "
          + "penwidth=6.3, weight=40];"))
  }

  @Test func clustersByCountryPropertyAndEdges() throws {
    let store = try GraphStore()
    let ids = try FixtureGraph.build(into: store)
    let dot = try TestSupport.dot(store, options: DOTOptions(rankDirection: .TB, clustering: .country, legend: false))
    #expect(dot.contains("graph [rankdir=\"TB\""))
    #expect(!dot.contains("cluster_legend"))
    // China: Ding (country property), China itself, the State Council (LOCATED_IN China).
    #expect(
      dot.contains(
        "  subgraph \"cluster_country_1\" {\n    label=\"China\"; style=\"rounded\"; color=\"#7F8C8D\"; fontsize=12;\n"
          + "    n\(ids.ding); n\(ids.china); n11;\n  }\n"))
    // Kazakhstan: Smailov (HOLDS_ROLE), Kazakhstan, Astana and the checkpoint (LOCATED_IN).
    #expect(
      dot.contains(
        "    label=\"Kazakhstan\"; style=\"rounded\"; color=\"#7F8C8D\"; fontsize=12;\n"
          + "    n\(ids.smailov); n\(ids.kazakhstan); n\(ids.astana); n\(ids.checkpoint);\n  }\n"))
  }

  @Test func subsetExportsOnlySelectedNodesAndEdges() throws {
    let store = try GraphStore()
    let ids = try FixtureGraph.build(into: store)
    let selection = try TestSupport.select(store, SelectionCriteria(types: ["MET_WITH"]))
    let dot = try TestSupport.dot(store, selection: selection, options: DOTOptions(legend: false))
    let expected = """
      digraph bilat {
        graph [rankdir="LR", fontname="Helvetica", fontsize=11, nodesep=0.3, ranksep=0.6];
        node [fontname="Helvetica", fontsize=10, style="filled", color="#4D5656"];
        edge [fontname="Helvetica", fontsize=8, arrowsize=0.7];
        n\(ids.smailov) [label="Alikhan Smailov", shape="ellipse", fillcolor="#AED6F1"];
        n\(ids.ding) [label="Ding Xuexiang", shape="ellipse", fillcolor="#AED6F1"];
        n\(ids.smailov) -> n\(ids.ding) [label="MET_WITH\\n2023-11-27", color="#1F618D", fontcolor="#1F618D"];
        n\(ids.ding) -> n\(ids.smailov) [label="MET_WITH\\n2024-05-02", color="#1F618D", fontcolor="#1F618D"];
      }

      """
    #expect(dot == expected)
  }

  @Test func emptySelectionIsValidDOT() throws {
    let store = try GraphStore()
    try FixtureGraph.build(into: store)
    let selection = try TestSupport.select(store, SelectionCriteria(types: ["NO_SUCH_TYPE"]))
    let dot = try TestSupport.dot(store, selection: selection)
    #expect(dot.hasSuffix("  edge [fontname=\"Helvetica\", fontsize=8, arrowsize=0.7];\n}\n"))
  }

  @Test(arguments: [
    ("plain", "\"plain\""),
    ("say \"hi\"", "\"say \\\"hi\\\"\""),
    ("back\\slash", "\"back\\\\slash\""),
    ("two\nlines", "\"two\\nlines\""),
    ("crlf\r\nline", "\"crlf\\nline\""),
    ("AT&T", "\"AT&amp;T\""),
    ("bell\u{07}", "\"bell \""),
    ("Nur Zholy–Khorgos <{x}>", "\"Nur Zholy–Khorgos <{x}>\""),
  ])
  func labelQuoting(input: String, expected: String) {
    #expect(DOTExporter.quotedLabel(input) == expected)
  }
}
