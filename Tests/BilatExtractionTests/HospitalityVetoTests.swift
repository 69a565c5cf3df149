import BilatExtraction
import Testing

/// A welcome or hospitality given to people the sentence does not name as the visiting side is
/// no meeting of its two leaders, whatever the learned model weighs; given to the visitor, it is.
/// The model here says "met" for every pair of two countries, so only the vetoes decide.
@Suite("Hospitality given to others")
struct HospitalityVetoTests {
  static func pairs(_ text: String) throws -> Set<[String]> {
    let eager = try MeetingModel.parse("# bilat meeting-pair model\tformat 1\tthreshold 0\nbias\t10\n", path: "e.tsv")
    let x = try LearnedMeetingTests.extract(text, model: eager)
    return LearnedMeetingTests.pairs(x)
  }

  @Test(
    "a welcome given to others is no meeting",
    arguments: [
      "Fijian Prime Minister Sitiveni Rova praised the warm welcome Australian Prime Minister Karen Doyle gave to "
        + "seasonal workers.",
      "Chilean President Rosa Mardones thanked Peruvian President Luis Quispe for the hospitality extended to "
        + "Chilean students in Cusco.",
      "Ghanaian President Kwame Mensah recalled the reception Nigerian President Bola Adeyemi offered to refugees.",
    ])
  func others(_ text: String) throws {
    #expect(try HospitalityVetoTests.pairs(text).isEmpty)
  }

  @Test(
    "a welcome given to the visitor keeps the meeting",
    arguments: [
      "Fijian Prime Minister Sitiveni Rova thanked Australian Prime Minister Karen Doyle for the warm welcome "
        + "extended to him and his delegation.",
      "Chilean President Rosa Mardones praised the hospitality Peruvian President Luis Quispe gave to the Chilean "
        + "delegation.",
    ])
  func visitor(_ text: String) throws {
    #expect(try HospitalityVetoTests.pairs(text).count == 1)
  }

  @Test(
    "a thing welcomed, a meeting still to come, or a guest's greeting at the airport is no meeting",
    arguments: [
      "Canadian Prime Minister Tom Becker welcomed Indonesia's invitation to Ukrainian President Ivan Petrenko to "
        + "attend the summit.",
      "Kenyan President Samuel Otieno received a letter from Chinese Premier Gao Mingyuan about the railway.",
      "Both sides looked ahead to next month's meeting in Riyadh between US President Mark Dalton and "
        + "Jordanian King Omar Hassan.",
      "Chilean President Rosa Mardones was received by Peruvian Foreign Minister Luis Quispe upon arrival at the "
        + "airport in Lima.",
      // an invitation to a visit yet to come
      "The envoy conveyed the invitation of Chilean President Rosa Mardones to Peruvian President Luis Quispe to "
        + "visit Santiago next year.",
      "Ghanaian President Kwame Mensah invited Nigerian President Bola Adeyemi to pay Accra a state visit.",
      "Minister Ama Owusu conveyed Ghanaian President Kwame Mensah's invitation to Nigerian President Bola Adeyemi "
        + "to attend the opening of the new port.",
      // someone's reported words about two leaders, with no meeting's words
      "Ghana's envoy said, Ghanaian President Kwame Mensah and Nigerian President Bola Adeyemi have built a deep "
        + "friendship.",
      "He noted that Ghanaian President Kwame Mensah values the friendship with Nigerian President Bola Adeyemi.",
    ])
  func notMet(_ text: String) throws {
    #expect(try HospitalityVetoTests.pairs(text).isEmpty)
  }

  @Test(
    "reported words that tell a meeting keep it",
    arguments: [
      "The source noted that the plan was handed to Ghanaian Ambassador Kwame Mensah and Nigerian Ambassador "
        + "Bola Adeyemi during their meeting in Abuja."
    ])
  func reportedMeeting(_ text: String) throws {
    #expect(try HospitalityVetoTests.pairs(text).count == 1)
  }
}
