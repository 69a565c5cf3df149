import BilatExtraction
import Testing

/// Officials named without a country: companions of a leader are of the leader's country, and
/// a government official of a datelined report is of the dateline's country when the text names
/// that country. Invented names, real countries and cities.
@Suite("Home countries of officials")
struct HomeCountryTests {
  @Test(
    "an official of no stated country holds a role in the leader's or the dateline's country",
    arguments: [
      (
        "NEW DELHI, March 3, 2021 (Wire) -- Petroleum Minister Arun Mehta held talks on Monday with Nigerian "
          + "Minister of State Emeka Obi on refineries. India wants to invest in Nigeria, and India buys its oil.",
        "Arun Mehta", "India"
      ),
      // the guest of a datelined report is of the other side, not of the dateline's country
      (
        "NEW DELHI, March 3, 2021 (Wire) -- Indian Prime Minister Arun Mehta told his counterpart Diego Fuentes on "
          + "Monday that India and Chile should trade more. Chile and India signed two deals.", "Diego Fuentes", "Chile"
      ),
      (
        "Turkish President Kemal Arslan visited Latvia on Monday. He was accompanied by Trade Minister Selim Kaya "
          + "and Energy Minister Ayse Demir.", "Ayse Demir", "Türkiye"
      ),
    ])
  func home(_ text: String, _ person: String, _ country: String) throws {
    let x = try Fixture.article(text, source: "2021-03-03-home.txt")
    let roles = x.relationNames("HOLDS_ROLE").filter { $0.0 == person }.map(\.1)
    #expect(roles.contains(country), "roles: \(x.relationNames("HOLDS_ROLE"))")
  }

  @Test("an agency's dateline far from the story says nothing of the people in it")
  func farDateline() throws {
    let x = try Fixture.article(
      "BAKU, March 3, 2021 (Wire) -- Tajik President Aliyar Karimzoda and Foreign Minister Dovlet Amanov "
        + "discussed cooperation in Dushanbe.", source: "2021-03-03-home.txt")
    #expect(x.person("Dovlet Amanov")?.properties["country"]?.stringValue != "Azerbaijan")
    #expect(!x.relationNames("HOLDS_ROLE").contains { $0.0 == "Dovlet Amanov" && $0.1 == "Azerbaijan" })
  }
}
