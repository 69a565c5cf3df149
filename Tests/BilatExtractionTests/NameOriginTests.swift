import Testing

@testable import BilatExtraction

/// A person the text leaves without a country takes the article's country whose office holders'
/// names the name is spelled most like. Invented names.
@Suite("Countries from the spelling of names")
struct NameOriginTests {
  @Test(
    "the Factbook's office holders tell the countries' names apart",
    arguments: [
      ("Hiroki Tanabe", ["Kyrgyzstan", "Japan"], "Japan"),
      ("Nurlan Abdrakhmanov", ["Brazil", "Kazakhstan"], "Kazakhstan"),
      ("Carlos Mendoza Ruiz", ["Kenya", "Argentina"], "Argentina"),
      ("Wanjiru Kamau", ["Kenya", "Argentina"], "Kenya"),
      ("Nguyen Van Thanh", ["Vietnam", "Poland"], "Vietnam"),
    ])
  func bundled(_ name: String, _ countries: [String], _ expected: String) {
    #expect(NameOrigins.bundled.likeliest(name, among: countries) == expected)
  }

  @Test("a model of a few names ranks only the countries it is given")
  func small() {
    var origins = NameOrigins()
    for n in ["Ole Hansen", "Lars Jensen", "Nils Olsen"] { origins.add(n, of: "Norway") }
    for n in ["Akira Sato", "Kenji Mori", "Taro Suzuki"] { origins.add(n, of: "Japan") }
    #expect(origins.likeliest("Jens Larsen", among: ["Japan", "Norway"]) == "Norway")
    #expect(origins.likeliest("Haruto Morita", among: ["Norway", "Japan"]) == "Japan")
    #expect(origins.likeliest("Jens Larsen", among: ["Japan"]) == "Japan")
    #expect(origins.likeliest("Jens Larsen", among: ["Chile"]) == nil)
    #expect(origins.likeliest("—", among: ["Japan", "Norway"]) == nil)
  }

  @Test("an official named without a country gets the article's country his name is spelled like")
  func extraction() throws {
    let x = try Fixture.article(
      "Japanese Prime Minister Kenta Morimoto met Kyrgyz President Almaz Toktogulov in Bishkek on Monday. "
        + "Minister of Health Daiki Hoshino and Minister of Energy Bakyt Sydykbekov also attended.",
      source: "2023-11-20-origin.txt")
    #expect(x.person("Daiki Hoshino")?.properties["country"]?.stringValue == "Japan")
    #expect(x.person("Bakyt Sydykbekov")?.properties["country"]?.stringValue == "Kyrgyzstan")
    #expect(x.relationNames("HOLDS_ROLE").contains { $0 == ("Daiki Hoshino", "Japan") })
  }

  @Test("with one country named, the spelling says nothing")
  func oneCountry() throws {
    let x = try Fixture.article(
      "He was joined in Accra by the Prime Minister's Trade Envoy for Nigeria, Adam Kofi MP.",
      source: "2016-04-07-origin.txt")
    #expect(x.person("Adam Kofi")?.properties["country"]?.stringValue == nil)
  }
}
