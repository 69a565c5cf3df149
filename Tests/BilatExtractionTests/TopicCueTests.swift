import BilatExtraction
import Testing

/// Topic cue words of the sector lexicon added in session 16 ("drug trafficking" → security,
/// "loans" → finance, "teachers" → education, "dairy" → agriculture, "river basin" → water,
/// "internet" → digital): what real pages say a meeting was about without the sector's own name.
/// The sentences are the project's own.
@Suite("Topic cue words of a meeting")
struct TopicCueTests {
  static let meeting = "President Santos of Colombia met President Noboa of Ecuador in Quito on Monday. "
  static let source = "2024-06-03-topic-cues.txt"

  @Test(
    "a cue word makes its sector a topic of the meeting",
    arguments: [
      ("The two presidents discussed drug trafficking along the border.", ["security"]),
      ("They reviewed loans from the regional development lender.", ["finance"]),
      ("The leaders talked about teachers for rural areas.", ["education"]),
      ("They also spoke about milk and dairy farmers.", ["agriculture"]),
      ("The presidents discussed the river basin they share.", ["water"]),
      ("The talks covered internet access in remote villages.", ["digital"]),
    ])
  func cue(_ text: String, _ sectors: [String]) throws {
    var extractor = Extractor()
    // the rules' topics, before the learned relation model judges them
    extractor.relationModel = nil
    let x = extractor.extract(try ArticleReader.read(text: Self.meeting + text, source: Self.source))
    #expect(x.entityNames("Sector") == Set(sectors), "\(x.entityNames("Sector"))")
    #expect(Set(x.relationNames("DISCUSSED").map(\.1)) == Set(sectors), "\(x.relationNames("DISCUSSED"))")
  }
}
