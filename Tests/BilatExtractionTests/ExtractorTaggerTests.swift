import Testing

@testable import BilatExtraction

/// The tagger inside extraction: it fills names the rules miss, rules keep precedence, and the
/// precision guards hold. Sentences are our own, with invented names.
@Suite("Extraction with the entity tagger")
struct ExtractorTaggerTests {
  static func extract(_ text: String, _ options: Extractor.Options = .both) throws -> Extraction {
    Extractor(options: options).extract(try ArticleReader.read(text: text, source: "tagger-test.txt"))
  }

  static func people(_ x: Extraction) -> [String: [String]] {
    var out: [String: [String]] = [:]
    for e in x.entities("Person") { out[e.name] = e.mentions.map(\.rule) }
    return out
  }

  @Test("an unknown name the rules do not know becomes a person with a tagger rule")
  func unknownName() throws {
    let text = "The new plant was opened on Monday. Speaking at the ceremony, Tomasz Wierzbicki praised the workers.\n"
    let both = ExtractorTaggerTests.people(try ExtractorTaggerTests.extract(text))
    #expect(both["Tomasz Wierzbicki"]?.allSatisfy { $0.hasPrefix("tagger-person") } == true)
    let rules = ExtractorTaggerTests.people(try ExtractorTaggerTests.extract(text, .rulesOnly))
    #expect(rules["Tomasz Wierzbicki"] == nil)
  }

  @Test("the people rules still attach a title to a tagged name")
  func titled() throws {
    let x = try ExtractorTaggerTests.extract(
      "Kazakh Minister of Energy Almas Zhetpisbayuly met the delegation in Astana on Monday.\n")
    let p = try #require(x.entities("Person").first { $0.name == "Almas Zhetpisbayuly" })
    #expect(p.properties["title"]?.stringValue == "Minister of Energy")
    #expect(p.mentions.map(\.rule) == ["tagger-person+title"])
  }

  @Test("a lone capitalized word or a given name alone is no person", arguments: [
    "Michael said the talks would go on.\n",
    "Harvest figures were published on Friday, and Officials welcomed them.\n",
    "The agreement covers Energy and Transport.\n",
  ])
  func guards(_ text: String) throws {
    #expect(try ExtractorTaggerTests.extract(text).entities("Person").isEmpty)
  }

  @Test("a company name is no person, and generic capitalized words are no organization")
  func companyAndGenericWords() throws {
    let x = try ExtractorTaggerTests.extract(
      "The turbines will come from Ridgeway Turbines Limited, the minister said.\n")
    #expect(!x.entities("Person").map(\.name).contains("Ridgeway Turbines Limited"))
    // the tagger alone proposes "Joint Development" (two common words) as an organization; the guard drops it
    let tagged = try ExtractorTaggerTests.extract(
      "The works were paid for by the Joint Development fund.\n", .taggerOnly)
    #expect(tagged.entities("Organization").isEmpty, "\(tagged.entities("Organization").map(\.name))")
  }

  @Test("a capitalized word opening the sentence is not taken into the name after it")
  func sentenceInitial() throws {
    let x = try ExtractorTaggerTests.extract("Officials said that Khalid bin Suhail al-Harthami would travel to Doha.\n")
    #expect(x.entities("Person").map(\.name) == ["Khalid bin Suhail al-Harthami"])
  }

  @Test("dictionary names keep their dictionary rule when the tagger is on")
  func rulesOverride() throws {
    let x = try ExtractorTaggerTests.extract("Kassym-Jomart Tokayev arrived in Beijing on Monday.\n")
    let p = try #require(x.entities("Person").first)
    #expect(p.name == "Kassym-Jomart Tokayev")
    #expect(p.mentions.allSatisfy { $0.rule.hasPrefix("dictionary") })
  }

  @Test("tagger-only extraction finds names without dictionary spans")
  func taggerOnly() throws {
    let x = try ExtractorTaggerTests.extract("Tomasz Wierzbicki met Henrik van der Zwaluw in Gdansk.\n", .taggerOnly)
    #expect(Set(x.entities("Person").map(\.name)) == ["Tomasz Wierzbicki", "Henrik van der Zwaluw"])
    #expect(x.entities("Person").allSatisfy { $0.mentions.allSatisfy { $0.rule == "tagger-person" } })
  }
}
