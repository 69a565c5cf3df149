import BilatCore

extension ExtractionState {
  /// Sectors discussed: each sentence belongs to a meeting (the one it starts, else the one whose
  /// participants it names as taking part, else the previous sentence's); its sectors are that
  /// meeting's topics.
  /// Several meetings told in one sentence ("the minister held separate meetings with A, B and
  /// C") share the sentences that follow: "the parties", "during the meetings" single none of
  /// them out, so their topics go to each, until a sentence names one meeting's participants.
  mutating func discussed(_ ordered: [MeetingInfo], _ ids: [Int], _ analyses: [SentenceAnalysis]) {
    guard !ordered.isEmpty else { return }
    var current: [Int] = [0]
    for a in analyses {
      let si = a.sentence.index
      let started = ordered.indices.filter { ordered[$0].firstSentence == si && !ordered[$0].side }
      if !started.isEmpty {
        current = ExtractionState.sharesSentence(started.map { ordered[$0] }) ? started : [started[started.count - 1]]
      } else if ordered.count > 1, let round = meetingsReferredTo(a, ordered, current, si) {
        current = round
      } else if ordered.count > 1 {
        // (people only mentioned, "under the guidance of both presidents", switch to no meeting)
        let named = Set(participants(a).map(\.entity))
        let scores = ordered.map { m in m.participants.filter { named.contains($0) }.count }
        if let best = scores.max(), best > 0, scores.filter({ $0 == best }).count == 1,
          let k = scores.firstIndex(of: best), !ordered[k].side || ordered[k].firstSentence < si
        {
          current = [k]
        }
      }
      for s in a.spans {
        if s.kind == .sector, let sector = s.entity {
          for k in current {
            relate("DISCUSSED", ids[k], sector, [:], mention(a, s.tokens, "sector-in-meeting", 0.7))
          }
        } else if s.kind == .facility || s.kind == .project {
          // sector words inside a long undertaking's name ("Centre for Industrial Cooperation"), and
          // a named initiative's own sector ("Middle Corridor", "China–Europe Railway Express"),
          // from the words as written (a dictionary project's canonical name may lack them)
          let named = s.rule == "named-project" || s.rule == "dictionary-project"
          guard named || s.tokens.count > 3 else { continue }
          for x in sectors(ofName: a.text(s.tokens), useHead: named) {
            for k in current {
              relate(
                "DISCUSSED", ids[k], table.entity("Sector", x), [:], mention(a, s.tokens, "sector-in-meeting", 0.65))
            }
          }
        }
      }
    }
  }

  /// Whether meetings told in one sentence are one host's round of meetings with several guests
  /// (each shares the host), so that the sentences after them tell all of them.
  static func sharesSentence(_ started: [MeetingInfo]) -> Bool {
    guard started.count > 1, let first = started.first?.participants.first else { return false }
    return started.allSatisfy { $0.participants.count == 2 && $0.participants.contains(first) }
  }

  /// Words telling that one host's meetings with several guests were held one by one: "held
  /// separate meetings with A, B and C", "held meetings with the ministers of X and Y".
  static let separateMeetingWords: Set<String> = ["meetings", "separate", "separately"]

  /// A host's round of meetings told as one ("held separate meetings with A, B and C") split into
  /// one meeting per guest: each guest met the host, not the others, and each meeting has the
  /// topics the following sentences give the round (``discussed(_:_:_:)``). Guests of the host's
  /// own side stay out of it, as they do of a meeting of three or more.
  func separateMeetings(_ meetings: [MeetingInfo], _ analyses: [SentenceAnalysis]) -> [MeetingInfo] {
    var out: [MeetingInfo] = []
    for m in meetings {
      guard m.participants.count > 2, !m.together, let host = m.participants.first, let ev = m.evidence.first,
        let a = analyses.first(where: { $0.sentence.index == ev.sentence }),
        a.tokens.contains(where: { ExtractionState.separateMeetingWords.contains($0.lower) })
      else {
        out.append(m)
        continue
      }
      for guest in m.participants.dropFirst() where !sameSide(host, guest) {
        var one = m
        one.participants = [host, guest]
        one.coSubjects = []
        out.append(one)
      }
    }
    return out
  }

  /// The meetings a sentence refers to by the plural "meetings" without naming anyone ("During
  /// the meetings, ... were discussed"): every meeting told so far of the current meeting's host.
  func meetingsReferredTo(_ a: SentenceAnalysis, _ ordered: [MeetingInfo], _ current: [Int], _ si: Int) -> [Int]? {
    guard a.tokens.contains(where: { $0.lower == "meetings" }), !a.spans.contains(where: { $0.kind == .person }),
      let k = current.first, let host = ordered[k].participants.first
    else { return nil }
    let round = ordered.indices.filter {
      ordered[$0].firstSentence <= si && !ordered[$0].side && ordered[$0].participants.first == host
    }
    return round.count > 1 ? round : nil
  }
}
