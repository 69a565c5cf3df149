import BilatExtraction
import Testing

/// The date of a meeting: the page's header date over a stored copy's later stamp, and dates in
/// relative clauses, which belong to the meeting only when the clause is about it.
@Suite("Meeting dates")
struct MeetingDateTests {
  @Test(
    "a header date up to three days before the stamp is the publication date; an older one is not",
    arguments: [("04.03.2025, 10:15", "2025-03-04"), ("01.02.2025, 10:15", "2025-03-05")])
  func headerBeforeStamp(_ header: String, _ published: String) throws {
    let text = """
       date 2025-03-05 \(header)
      Ministers discuss trade
      Kazakh Foreign Minister Murat Nurtleu held talks with Polish Foreign Minister Radoslaw Sikorski in Warsaw.
      """
    let x = try Fixture.article(text, source: "stamp.txt")
    #expect(x.article.published?.iso == published)
    #expect(try Fixture.article(text).meetingProperty("date") == published)
  }

  @Test(
    "a day range written with a hyphen dates the talks at its first day, like one with a dash",
    arguments: ["on March 14-15", "on 14-15 March", "on March 14–15", "from March 14 to 15"])
  func hyphenatedDayRange(_ when: String) throws {
    let text =
      " date 2019-03-30 Azerbaijani President Rauf Gasimov paid a state visit to Tashkent \(when) and held "
      + "talks with Uzbek President Timur Saidov."
    #expect(try Fixture.article(text).meetingProperty("date") == "2019-03-14")
  }

  @Test("numbers joined by a hyphen that are no day range are no date", arguments: ["14-14", "31-40", "3-2"])
  func notADayRange(_ days: String) throws {
    let units = Array("talks on March \(days) in Tashkent".utf16)
    let tokens = Tokenizer.tokenize(units, 0..<units.count)
    #expect(DateFinder.find(in: tokens).isEmpty, "\(DateFinder.find(in: tokens))")
  }

  @Test("a date in a clause about someone's arrival is not the date of the talks")
  func arrivalClause() throws {
    let text =
      " date 2024-09-12 Uzbek President Shavkat Mirziyoyev and his Latvian counterpart, President Edgars "
      + "Rinkevics, who arrived in Tashkent yesterday, are holding talks at the Kuksaroy residence."
    #expect(try Fixture.article(text).meetingProperty("date") == "2024-09-12")
  }

  @Test("a date in a clause about the talks is their date")
  func talksClause() throws {
    let text =
      " date 2024-09-12 Uzbek President Shavkat Mirziyoyev held talks with Latvian President Edgars Rinkevics.\n\n"
      + "During the talks, which were held on September 10, Mirziyoyev thanked Rinkevics for the visit."
    #expect(try Fixture.article(text).meetingProperty("date") == "2024-09-10")
  }

  @Test("the first day of a visit's span gives way to the day a later sentence tells the talks")
  func visitSpanThenDay() throws {
    let text = """
       date 2014-05-09 Peruvian President Ana Quispe paid an official visit to Ghana between May 5 and 7 at the \
      invitation of Ghanaian President Kofi Mensah.

      On Tuesday, May 6, Mensah held talks with Quispe at the presidential palace.
      """
    #expect(try Fixture.article(text).meetingProperty("date") == "2014-05-06")
  }

  @Test("a document's date ('a decree dated May 2') is not the date of the talks told after it")
  func documentDate() throws {
    let text = """
       date 2014-05-09 Quispe received an honorary degree by a senate decision dated May 2, 2014.

      Peruvian President Ana Quispe also held talks with Ghanaian Prime Minister Kofi Mensah.
      """
    #expect(try Fixture.article(text).meetingProperty("date") == "2014-05-09")
  }

  @Test(
    "a meeting dated after the article was published is one to come, not one held",
    arguments: [
      "During the meeting, the leaders called on their ministers, Kofi Mensah for Ghana and Peru's Jose Rojas, "
        + "to work out proposals for presentation on June 17, 2011 in Lima.",
      "Talks between Kofi Mensah and Jose Rojas are set for June 17, 2011 in Lima.",
    ])
  func afterPublication(_ sentence: String) throws {
    let x = try Fixture.article(
      " date 2010-12-06 Ghanaian President Ana Quispe met Peruvian President Luis Paredes in Lima on Monday. "
        + sentence)
    #expect(x.meetingPairs() == [["Ana Quispe", "Luis Paredes"]], "\(x.relationNames("MET_WITH"))")
  }
}
