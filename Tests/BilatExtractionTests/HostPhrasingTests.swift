import BilatExtraction
import Testing

/// Meetings outside Central Asia that real pages tell in their own ways: a monarch named by style
/// and one name, "the crown prince" in lower case, a style abbreviated before a name, a host
/// "honoured to welcome" a guest, two leaders who "shared a frank discussion". Invented names,
/// real countries and cities.
@Suite("Monarchs, abbreviated styles and hosts' phrasing")
struct HostPhrasingTests {
  @Test(
    "the pairs that met, exactly",
    arguments: [
      // an abbreviated style does not end the sentence
      (
        "President Luis Reyes of Chile and the Rt Hon. Paul Tremblay, Prime Minister of Canada, met today in "
          + "Vancouver.", [["Luis Reyes", "Paul Tremblay"]]
      ),
      // "the crown prince", written in lower case, is the crown prince named before
      (
        "Saudi Crown Prince Faisal bin Khalid arrived in Rabat on Monday. The crown prince signed three agreements "
          + "on Monday while meeting with Moroccan Prime Minister Aziz Bennani.",
        [["Aziz Bennani", "Faisal bin Khalid"]]
      ),
      // a host's pleasure at welcoming a guest
      (
        "Prime Minister Jonas Berg was honoured to welcome Prime Minister Tavita Lemalu of Samoa in Wellington on "
          + "Tuesday.", [["Jonas Berg", "Tavita Lemalu"]]
      ),
      // a discussion two leaders shared
      (
        "New Zealand Prime Minister Jonas Berg and Samoan Prime Minister Tavita Lemalu shared a wide-ranging and "
          + "frank discussion on fisheries.", [["Jonas Berg", "Tavita Lemalu"]]
      ),
      // a ceremonial unit or a royal household is no one who meets
      (
        "President Luis Reyes of Chile reviewed the Honor Guard and met with President Jonas Berg of Norway in "
          + "Oslo.", [["Jonas Berg", "Luis Reyes"]]
      ),
      // a first lady is titled, and her name is all hers
      (
        "Chinese President Wu Hao was welcomed by Brazilian President Carlos Mendes and First Lady Ana Ferreira da "
          + "Costa at the Alvorada Palace.", [["Carlos Mendes", "Wu Hao"], ["Ana Ferreira da Costa", "Wu Hao"]]
      ),
      // welcoming a decision, or a warm welcome with no one met, is no meeting
      (
        "Prime Minister Jonas Berg was pleased to welcome the decision of Prime Minister Tavita Lemalu on fisheries.",
        []
      ),
      (
        "New Zealand Prime Minister Jonas Berg praised the warm welcome Samoan Prime Minister Tavita Lemalu gave "
          + "to students.", []
      ),
    ] as [(String, [[String]])])
  func pairs(_ text: String, _ expected: [[String]]) throws {
    try Fixture.expectMeetings(text, source: "2022-06-14-hosts.txt", expected)
  }

  @Test(
    "a monarch known by one name is also known by the styled name",
    arguments: [
      ("King Tariq met with Chilean President Luis Reyes at the palace in Amman.", "King Tariq"),
      ("Sultan Harith received Chilean President Luis Reyes in Muscat on Monday.", "Sultan Harith"),
    ])
  func monarch(_ text: String, _ styled: String) throws {
    let x = try Fixture.article(text, source: "2022-05-10-monarch.txt")
    let names = x.entities("Person").flatMap { [$0.name] + $0.aliases }
    #expect(names.contains(styled), "\(names)")
  }
}
