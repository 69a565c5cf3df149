import BilatExtraction
import Testing

/// Leaders under whose guidance the work talked of goes on take no part in the talks, and name
/// no meeting the sentence's topics go to. The sentences are the project's own.
@Suite("People under whose guidance")
struct GuidancePersonTests {
  static let text = """
     date 2007-04-02 During his visit, Minister Adama Traore was received by President Kofi Mensah. Minister Ama \
    Owusu held talks with her counterpart, Minister Adama Traore. They agreed to work together under the \
    guidance of both presidents, President Ibrahim Keita and President Kofi Mensah. The ministers noted \
    cooperation in trade, mining and tourism.
    """

  @Test("the leaders guiding the work meet no one, and the topics stay with the ministers' talks")
  func guidance() throws {
    let x = try Fixture.article(Self.text)
    #expect(
      x.meetingPairs() == [["Adama Traore", "Kofi Mensah"], ["Adama Traore", "Ama Owusu"]],
      "meetings: \(x.meetingPairs())")
    let topics = x.relations("DISCUSSED").map { x.names(of: $0).0 }
    #expect(!topics.isEmpty && topics.allSatisfy { $0.contains("Ama Owusu") }, "\(topics)")
  }
}
