import BilatCore

/// The country a visit goes to: "began a state visit to Norway", "concluded a visit to Peru",
/// "the second visit by a foreign leader this year to Chile", "arrived in Ghana". Stories of a visit often
/// place the talks only by the country ("the visit to Peru"), and their capital is where a state
/// or official visit's talks are held; they also tell the visitor's next leg ("then flew on to
/// Lima's neighbour's capital"), which is not where the talks were.
extension ExtractionState {
  /// Words of a visit or an arrival that may stand a few words before "to"/"in" and the country.
  static let countryVisitWords: Set<String> = [
    "visit", "visits", "visited", "visiting", "trip", "tour", "arrived", "arrives", "arriving", "arrival",
  ]

  /// Every country of the article that a visit goes to, in reading order, each time it is told,
  /// with the sentence that tells it: the country right after "visited"/"visiting", or after
  /// "to"/"in" with a visit word at most six words before it in the same clause; not when the
  /// clause tells a plan ("will visit", "invited to visit"), the speaker's own trip ("my visit
  /// to") or a return home ("arrived back in"). The first is the article's visit.
  func visitedCountries(_ analyses: [SentenceAnalysis]) -> [(name: String, sentence: Int)] {
    var out: [(name: String, sentence: Int)] = []
    for a in analyses {
      let t = a.tokens
      for s in a.spans where s.kind == .country {
        guard let c = s.entity, s.tokens.lowerBound > 0 else { continue }
        let lo = s.tokens.lowerBound
        var cue: Int?
        // "visiting New Zealand's minister": the visitor's country, not where the visit goes
        let possessive = s.tokens.upperBound < t.count && t[s.tokens.upperBound].lower == "'s"
        if ["visited", "visiting"].contains(t[lo - 1].lower), !possessive {
          cue = lo - 1
        } else if ["to", "in"].contains(t[lo - 1].lower) {
          var k = lo - 2
          while k >= 0, lo - 1 - k <= 6, ![",", ";", ":", "."].contains(t[k].text) {
            if ExtractionState.countryVisitWords.contains(t[k].lower) {
              cue = k
              break
            }
            k -= 1
          }
        }
        guard let at = cue else { continue }
        if at > 0, ["my", "our"].contains(t[at - 1].lower) { continue }
        let clause = ExtractionState.clauseStart(t, before: at)
        if t[clause..<lo].contains(where: { ExtractionState.planWords.contains($0.lower) }) { continue }
        // "arrived back in South Africa": the visitor's return home
        if t[at..<lo].contains(where: { $0.lower == "back" }) { continue }
        out.append((table.entities[c].name, a.sentence.index))
      }
    }
    return out
  }

  /// The article's city whose name or alias is `name` but for accents ("Brasilia" for
  /// "Brasília"), if any.
  func cityWritten(_ name: String) -> Int? {
    let key = NameKey.transliterationFolded(name)
    return table.entities.indices.first { k in
      let e = table.entities[k]
      return e.label == "City" && ([e.name] + e.aliases).contains { NameKey.transliterationFolded($0) == key }
    }
  }

  /// Whether a city guessed for a meeting (the dateline's, the last one named) lies outside the
  /// country a side of the meeting was visited in, as told by the meeting's sentence or before:
  /// "TEHRAN - The president arrived in Brazil and met President X": the wire filed at home, the
  /// talks were in the host's country.
  func isOutsideVisitedCountry(_ city: Int, participants: [Int], sentence: Int) -> Bool {
    guard let home = table.entities[city].properties["country"]?.stringValue else { return false }
    let countries = Set(participants.compactMap { table.entities[$0].properties["country"]?.stringValue })
    // the last visit told of a side's country: "arrived back in South Africa after a visit to
    // Brazil" ends in Brazil; "then visited Gambia" moves on from an earlier host
    guard let last = visits.last(where: { $0.sentence <= sentence && countries.contains($0.name) }) else {
      return false
    }
    return last.name != home
  }

  /// Whether a visited city lies in another country than the one the article's visit went to,
  /// told before it: the visitor's next leg, not the place of the talks.
  func isNextLeg(_ city: Int, sentence: Int, _ visited: (name: String, sentence: Int)?) -> Bool {
    guard let visited, visited.sentence <= sentence,
      let country = table.entities[city].properties["country"]?.stringValue
    else { return false }
    return country != visited.name
  }

  /// A meeting in person that nothing placed, one of whose sides is of the country the article's
  /// visit went to, is in that country's capital, when the article names the capital.
  mutating func placeInVisitedCapital(_ meetings: inout [MeetingInfo], visited: (name: String, sentence: Int)?) {
    guard meetings.contains(where: { $0.place == nil && $0.mode == "in person" }),
      let visited, let capital = lexicon.capitals[visited.name],
      let city = table.find("City", capital) ?? cityWritten(capital)
    else { return }
    for k in meetings.indices where meetings[k].place == nil && meetings[k].mode == "in person" {
      let hosts = meetings[k].participants.contains {
        table.entities[$0].properties["country"]?.stringValue == visited.name
      }
      if hosts { meetings[k].place = city }
    }
  }
}
