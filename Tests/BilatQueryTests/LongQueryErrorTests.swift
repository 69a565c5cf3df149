import BilatQuery
import BilatStore
import Testing

/// An error in a very long one-line query is shown as a window around the caret, not the whole line.
@Suite struct LongQueryErrorTests {
  @Test func errorInAMegabyteLongLineStaysShort() throws {
    let engine = CypherEngine(store: try GraphStore())
    let padding = String(repeating: "a", count: 1_000_000)
    let query = "RETURN '" + padding + "' +) AS x"
    do {
      _ = try engine.run(query)
      Issue.record("the query should not compile")
    } catch {
      let lines = error.description.split(separator: "\n", omittingEmptySubsequences: false)
      #expect(lines.count == 3)
      #expect(error.description.count < 1_000)
      let caretLine = try #require(lines.last)
      let sourceLine = lines[1]
      let caretOffset = try #require(caretLine.firstIndex(of: "^")).utf16Offset(in: caretLine)
      // The caret sits under the offending ')' in the excerpt.
      #expect(Array(sourceLine)[caretOffset] == ")")
      #expect(sourceLine.hasPrefix("…"))
    }
  }
}
