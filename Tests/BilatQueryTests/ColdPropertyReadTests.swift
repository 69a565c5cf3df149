import BilatStore
import Testing

@testable import BilatQuery

/// Properties read from `props` JSON in one SQL statement (``SQLProperty``): a string with an
/// escape in its JSON text (a backslash, a quote, U+0000) comes back whole, whether or not the
/// row's other properties have escapes, and the rows are the step-by-step executor's.
@Suite struct ColdPropertyReadTests {
  static let values: [(about: String, note: String)] = [
    ("plain", "plain too"),
    ("back\\slash", "plain"),
    ("plain", "quote \" and tab \t"),
    ("nul\u{0}inside", "new\nline"),
    ("\u{0}", "\\"),
  ]

  @Test(arguments: values.indices)
  func stringsComeBackWhole(_ i: Int) throws {
    let store = try GraphStore()
    let engine = CypherEngine(store: store)
    let (about, note) = Self.values[i]
    try store.write { g in
      let a = try g.createNode(labels: ["Country"], properties: ["name": .string("A")])
      let b = try g.createNode(labels: ["Country"], properties: ["name": .string("B")])
      try g.createRelationship(
        type: "AGREED", from: a, to: b,
        properties: ["about": .string(about), "note": .string(note), "year": .int(2024)])
    }
    let text = """
      MATCH (:Country {name: 'A'})-[r:AGREED]->(:Country {name: 'B'})
      RETURN r.about AS about, r.note AS note, r.year AS year ORDER BY about
      """
    #expect(try engine.compile(text).strategy == "single SQL statement")
    let expected: [[CypherValue]] = [[.string(about), .string(note), .int(2024)]]
    #expect(try engine.run(text).rows == expected)
    #expect(try CypherEngine.stepByStep(store).run(text).rows == expected)
  }
}
