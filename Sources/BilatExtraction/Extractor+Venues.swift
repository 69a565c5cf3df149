import BilatCore

/// Where a venue is: the city written against its name ("the Bogor Presidential Palace", "Lima's
/// Government Palace", "State House Nairobi"), else the city of the meeting told in the sentence
/// that names it ("held talks at State House" in a meeting placed in Nairobi).
extension ExtractionState {
  mutating func venueCities(_ analyses: [SentenceAnalysis], _ meetings: [MeetingInfo]) {
    for a in analyses {
      let t = a.tokens
      // venues, and facilities named by a venue head ("Government Palace" from the facility rules)
      for s in a.spans
      where s.rule == "venue" || s.kind == .facility && Patterns.venueHeads.contains(t[s.tokens.upperBound - 1].lower) {
        guard let id = s.entity else { continue }
        let lo = s.tokens.lowerBound
        var city: Span?
        if lo > 0, let c = a.span(at: lo - 1), c.kind == .city {
          city = c
        } else if lo > 1, t[lo - 1].lower == "'s", let c = a.span(at: lo - 2), c.kind == .city {
          city = c
        } else if s.tokens.upperBound < t.count, let c = a.span(at: s.tokens.upperBound), c.kind == .city,
          c.tokens.lowerBound == s.tokens.upperBound
        {
          city = c
        }
        if let c = city, let ce = c.entity {
          let r = min(lo, c.tokens.lowerBound)..<max(s.tokens.upperBound, c.tokens.upperBound)
          relate("LOCATED_IN", id, ce, [:], mention(a, r, "venue-city", 0.7))
        }
      }
    }
    for e in table.entities where e.label == "Facility" {
      guard let m = e.mentions.first(where: { $0.rule == "venue" }),
        !relationList.contains(where: { $0.type == "LOCATED_IN" && $0.start == e.id }),
        let place = meetings.first(where: { meeting in
          meeting.place != nil && meeting.evidence.contains { $0.sentence == m.sentence }
        })?.place
      else { continue }
      relate(
        "LOCATED_IN", e.id, place, [:],
        Mention(sentence: m.sentence, start: m.start, end: m.end, rule: "venue-of-meeting", confidence: 0.6))
    }
  }
}
