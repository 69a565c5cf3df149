@testable import BilatExtraction
import Testing

/// Sectors implied by a document's or an undertaking's subject words. The sentences are the
/// project's own.
@Suite("Sectors of document subjects")
struct TopicSectorTests {
  static let meeting = "President Ruiz of Peru met President Lagos of Chile in Lima on Monday. "

  @Test(
    "a document's subject word gives its sector",
    arguments: [
      (
        "The two presidents signed an agreement on road haulage.", "agreement on road haulage",
        "transport and logistics"
      ),
      ("The two presidents signed a peace agreement.", "peace agreement", "security"),
      ("The two presidents signed an agreement on debt relief.", "agreement on debt relief", "finance"),
      ("The two presidents signed a memorandum on teacher training.", "memorandum on teacher training", "education"),
    ])
  func topic(_ text: String, _ document: String, _ sector: String) throws {
    let x = try Fixture.article(Self.meeting + text, source: "2024-06-11-topic-sectors.txt")
    #expect(x.relationNames("IN_SECTOR").contains { $0 == (document, sector) }, "\(x.relationNames("IN_SECTOR"))")
  }

  @Test(
    "subject words of a name, without a metaphor in a proper name",
    arguments: [
      ("agreement on road haulage and debt relief", ["transport and logistics", "finance"]),
      ("Silk Road Economic Belt", []),
      ("Peace Accord on police cooperation", ["security"]),
    ])
  func words(_ name: String, _ sectors: [String]) {
    #expect(ExtractionState.topicSectors(ofName: name) == sectors)
  }

  @Test("a road in a proper name is a metaphor, and a facility's name gives no topic")
  func metaphor() throws {
    let x = try Fixture.article(
      Self.meeting + "Both sides praised the Silk Road Initiative. The presidents met at the Peace Palace.",
      source: "2024-06-11-topic-sectors.txt")
    #expect(!x.relationNames("IN_SECTOR").contains { $0.1 == "transport and logistics" || $0.1 == "security" })
  }
}
