import BilatExtraction
import Foundation
import Testing

/// Pages as they come from real sites, built in our own words: a copied page with a slogan,
/// logo lines, breadcrumbs and a lead cut off in its attribution; a wire story whose sentences
/// run together without spaces.
@Suite("Real pages")
struct RealPageTests {
  @Test("copied page: the headline is the title, the cut lead paragraph is the body, the clutter yields nothing")
  func copiedPage() throws {
    let x = try Fixture.extract("founding-like-scraped.txt")
    let a = x.article
    #expect(a.title == "Kazakh and Chinese officials review trade ties in Astana")
    #expect(a.published?.iso == "2023-11-27")
    #expect(
      a.slice(a.paragraphs[0])
        == "On November 27, Prime Minister Alikhan Smailov met with Ding Xuexiang, First Vice Premier of the State "
        + "Council of China, in Astana. The parties went over trade, investment, transport and culture")
    #expect(a.outlet == "TengriBeacon")
    let met = try #require(x.relations("MET_WITH").first)
    #expect(x.participants(met) == ["Alikhan Smailov", "Ding Xuexiang"])
    #expect(met.properties["date"]?.stringValue == "2023-11-27")
    #expect(met.properties["place"]?.stringValue == "Astana")
    #expect(x.entityNames("Person") == ["Alikhan Smailov", "Ding Xuexiang"])
    for clutter in ["Qatar", "Türkiye"] { #expect(!x.entityNames("Country").contains(clutter)) }
    #expect(!x.entityNames("Organization").contains("TengriBeacon"))
  }

  @Test(
    "a lead ending in an attribution is body, without the attribution",
    arguments: [
      (", Steppe Wire reports citing", "Steppe Wire"), (", Steppe Wire reports.", "Steppe Wire"),
      (", according to", nil), (", Steppe Wire reported, citing the", "Steppe Wire"),
    ])
  func attributions(ending: String, outlet: String?) throws {
    let text = """
      Kazakhstan and Oman sign a fertilizer deal
      Kazakh Minister of Agriculture Aidarbek Saparov met with Omani officials in Muscat and signed a deal on fertilizer supplies\(ending)
      Related news
      Almaty mayor Yerbolat Dossayev greets investors from Qatar
      """
    let a = try ArticleReader.read(text: text, source: "lead.txt")
    #expect(
      a.paragraphs.map(a.slice) == [
        "Kazakh Minister of Agriculture Aidarbek Saparov met with Omani officials in Muscat and signed a deal on fertilizer supplies"
      ])
    #expect(a.outlet == outlet)
    #expect(a.title == "Kazakhstan and Oman sign a fertilizer deal")
  }

  @Test(
    "a copy cut off in its last sentence keeps what was read of it; footers and menus stay clutter",
    arguments: [
      (
        "The two ministers also stressed the need to extend the Northern Amber freight corridor (NA",
        "The two ministers also stressed the need to extend the Northern Amber freight corridor"
      ),
      (
        "Both sides noted that the new ferry line to the islands would carry more gr",
        "Both sides noted that the new ferry line to the islands would carry more gr"
      ),
      ("Home | World | Business | Sports | Culture | Weather | Contact Us | Advertise", nil),
      ("Steppe Wire Holding Tower Almaty Central Business District Office Twelve", nil),
      ("Press Office of the Ministry of Transport and Communications of the Republic", nil),
      (
        "Minister of Energy Almasadam Satkaliyev and Deputy Minister Kairat Rakhimov, along with a delegation of bankers, "
          + "were also present at the",
        "Minister of Energy Almasadam Satkaliyev and Deputy Minister Kairat Rakhimov, along with a delegation of bankers, "
          + "were also present at the"
      ),
    ])
  func cutLastSentence(last: String, kept: String?) throws {
    let text = """
      Oman and Kazakhstan review shipping
      Kazakh Minister of Transport Marat Karabayev met with Omani officials in Muscat to review shipping links.

      \(last)
      """
    let a = try ArticleReader.read(text: text, source: "cut.txt")
    let expected = [
      "Kazakh Minister of Transport Marat Karabayev met with Omani officials in Muscat to review shipping links."
    ]
    #expect(a.paragraphs.map(a.slice) == expected + (kept.map { [$0] } ?? []))
  }

  @Test(
    "a weekday before a header date names no dateline city",
    arguments: ["Wednesday, 30.01.2019.", "WEDNESDAY, Jan. 30"])
  func weekdayHeader(_ header: String) throws {
    let text = """
      Oman and Kazakhstan review shipping

      \(header)

      Kazakh Minister of Transport Marat Karabayev met with Omani officials in Muscat to review shipping links.
      """
    let a = try ArticleReader.read(text: text, source: "2019-01-30-weekday.txt")
    #expect(a.datelineCity == nil)
  }

  @Test("a stored page's date stamp and an 'ASTANA. AGENCY' dateline before the lead")
  func dateStampAndAgencyDateline() throws {
    let x = try Fixture.article(
      " date 2021-05-04 ALMATY. STEPPEWIRE – Kazakh Deputy Foreign Minister Roman Vassilenko met with "
        + "Polish Deputy Foreign Minister Piotr Wawrzyk on Tuesday to discuss transit and grain exports.\n\n"
        + "The diplomats also talked about direct flights between Almaty and Warsaw.",
      source: "stamped.txt")
    let a = x.article
    #expect(a.published?.iso == "2021-05-04")
    #expect(a.datelineCity == "Almaty")
    #expect(a.slice(a.paragraphs[0]).hasPrefix("Kazakh Deputy Foreign Minister Roman Vassilenko met with"))
    #expect(x.sentences.first?.text.hasPrefix("Kazakh Deputy Foreign Minister") == true)
    let met = try #require(x.relations("MET_WITH").first)
    #expect(x.participants(met) == ["Roman Vassilenko", "Piotr Wawrzyk"])
    #expect(met.properties["date"]?.stringValue == "2021-05-04")
  }

  @Test("the slogan above the logo and menus is not the headline, wherever the headline stands")
  func sloganIsNotTheTitle() throws {
    let text = """
      The voice of the Great Steppe since 1998
      SteppeVoice
      Home / Economy
      Kazakhstan and Kyrgyzstan open a new border crossing
      Kazakh Deputy Prime Minister Serik Zhumangarin and Kyrgyz Deputy Prime Minister Daniyar Amangeldiyev opened a new border crossing near Karasu on Friday.
      """
    let a = try ArticleReader.read(text: text, source: "slogan.txt")
    #expect(a.title == "Kazakhstan and Kyrgyzstan open a new border crossing")
  }

  @Test("a short capitalized word that starts a sentence is not a dictionary person's name")
  func sentenceInitialShortWord() throws {
    let x = try Fixture.article(
      "Kazakh Prime Minister Olzhas Bektenov met Uzbek Prime Minister Abdulla Aripov in Tashkent on Monday. "
        + "So far the two governments have signed nine agreements. Is the plan ready? Ma said nothing.",
      source: "2024-05-06-short.txt")
    #expect(x.entityNames("Person") == ["Olzhas Bektenov", "Abdulla Aripov"])
  }

  @Test("run-together wire story: sentences split, offsets point into the stored text")
  func runTogether() throws {
    let x = try Fixture.extract("runtogether-wire.txt")
    let a = x.article
    #expect(a.title == "Kazakhstan and Uzbekistan review energy links")
    #expect(a.published?.iso == "2024-03-05")
    #expect(a.datelineCity == "Astana")
    #expect(
      x.sentences.map(\.text) == [
        "Kazakh Foreign Minister Murat Nurtleu met with Uzbek Foreign Minister Bakhtiyor Saidov in Astana on Tuesday.",
        "The two ministers recalled the strategic partnership signed in 2017.",
        "They also looked back at the border treaty of 2022.",
        "Nurtleu called the talks \"frank and useful.\"",
        "The sides agreed to raise trade to 10 billion U.S. dollars and to add 2.5 gigawatts of power links.",
        "Details were posted on Kazinform.kz at 5 p.m. local time.",
        "A first round was held in 2019.", "A second followed in 2023.", "Both were \"useful.\"",
      ])
    #expect(x.sentencesReadFromText)
    let met = try #require(x.relations("MET_WITH").first)
    #expect(x.participants(met) == ["Murat Nurtleu", "Bakhtiyor Saidov"])
    #expect(met.properties["place"]?.stringValue == "Astana")
  }

  @Test(
    "run-together sentences split; abbreviations, decimals, initials, domains and times do not",
    arguments: [
      ("Trade grew in 2017.They agreed.", ["Trade grew in 2017.", "They agreed."]),
      ("One round was in 2019.A second is due.", ["One round was in 2019.", "A second is due."]),
      (
        "The talks ended.Both sides left!Then a dinner followed.",
        ["The talks ended.", "Both sides left!", "Then a dinner followed."]
      ),
      ("It rose 2.5 times, to 3.1 billion dollars.", ["It rose 2.5 times, to 3.1 billion dollars."]),
      ("Envoys of the U.S.Government met.", ["Envoys of the U.S.Government met."]),
      ("The text is on Kazinform.kz today.", ["The text is on Kazinform.kz today."]),
      ("They met at 5 p.m.Talks went on.", ["They met at 5 p.m.Talks went on."]),
      ("A note from Mr.Smith arrived.", ["A note from Mr.Smith arrived."]),
      ("J.Smith and K.Lee spoke.", ["J.Smith and K.Lee spoke."]),
    ])
  func splitting(text: String, expected: [String]) {
    let units = Array(text.utf16)
    let ranges = SentenceSplitter.split(units, 0..<units.count)
    #expect(ranges.map { String(decoding: units[$0], as: UTF16.self) } == expected)
  }
}

extension Extraction {
  /// The two ends of a relation, as a set.
  func participants(_ r: ExtractedRelation) -> Set<String> { [names(of: r).0, names(of: r).1] }

  /// Whether every sentence's UTF-16 range reads its text out of the stored article text.
  var sentencesReadFromText: Bool {
    let units = Array(article.text.utf16)
    return sentences.allSatisfy { String(decoding: units[$0.range], as: UTF16.self) == $0.text }
  }
}
