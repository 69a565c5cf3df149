import BilatExtraction
import Testing

/// Titles that are also name parts ("Amir", "Sultan") stay inside the name they stand in.
@Suite("Titles inside names")
struct TitleInNameTests {
  @Test(
    "a title word between two name words or after 'bin' is part of the name",
    arguments: [
      (
        "Kazakh Foreign Minister Murat Nurtleu met Iranian Foreign Minister Hossein Amir Abdollahian in Astana.",
        "Hossein Amir Abdollahian"
      ),
      (
        "Uzbek President Shavkat Mirziyoyev received Omani Minister of Commerce Qais bin Yusuf bin Sultan in Tashkent.",
        "Qais bin Yusuf bin Sultan"
      ),
    ])
  func titleInsideName(_ text: String, _ name: String) throws {
    let x = try Fixture.article(text)
    #expect(x.entityNames("Person").contains(name))
    #expect(x.relationNames("MET_WITH").contains { $0.1 == name || $0.0 == name })
  }

  @Test("the same word before a name is still a title")
  func titleBeforeName() throws {
    let x = try Fixture.article("Turkish President Recep Tayyip Erdogan met Emir Tamim bin Hamad Al Thani in Ankara.")
    #expect(x.person("Tamim bin Hamad Al Thani")?.properties["title"]?.stringValue == "Emir")
  }
}
