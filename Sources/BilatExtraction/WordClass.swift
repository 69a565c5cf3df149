/// Word classes the rules look for, as bits computed once per token (one hash lookup) so that
/// each rule skips most tokens without further string work.
enum WordClass {
  static let facilityHead: UInt32 = 1 << 0
  static let orgHead: UInt32 = 1 << 1
  static let projectTrigger: UInt32 = 1 << 2
  static let agreementHead: UInt32 = 1 << 3
  static let placeHead: UInt32 = 1 << 4
  static let namedProjectHead: UInt32 = 1 << 5
  static let reference: UInt32 = 1 << 6
  static let meetingWord: UInt32 = 1 << 7
  static let agreementTrigger: UInt32 = 1 << 8
  static let dateWord: UInt32 = 1 << 9
  static let orgIntroducer: UInt32 = 1 << 10
  static let placePrefix: UInt32 = 1 << 11
  static let settlementWord: UInt32 = 1 << 12
  static let geographicWord: UInt32 = 1 << 13

  static let meetingWords: [String] = [
    "met", "meets", "meet", "talks", "negotiations", "consultations", "meeting", "received", "receives", "hosted",
    "hosts", "welcomed", "videoconference", "video-conference", "teleconference", "tele-conference", "call",
    "conference", "link", "conversation",
    "spoke", "talked", "speaks", "discussed", "exchanged", "co-chaired", "co-chairs", "co-chair", "co-chairing",
    "telephoned", "phoned", "meetings", "lunch", "dinner", "breakfast", "luncheon", "called", "visit", "audience",
    "talk", "discussion", "discussions", "receiving", "welcomes", "gathered", "summit", "speaking",
    "welcome", "invitation",
  ]
  static let agreementTriggers: [String] = [
    "agreed", "agree", "reached", "achieved", "signed", "inked", "concluded", "adopted", "signing", "signature",
    "issued", "released", "penned", "formalized", "formalised", "exchanged", "adoption", "sign", "signs", "ink", "inks",
  ]

  /// Bits of each known lowercased word.
  static let table: [String: UInt32] = {
    var t: [String: UInt32] = [:]
    func add(_ words: some Sequence<String>, _ bit: UInt32) { for w in words { t[w, default: 0] |= bit } }
    for h in Patterns.facilityHeads {
      add([h, h + "s", h + "es"], facilityHead)
      if h.hasSuffix("y") { add([String(h.dropLast()) + "ies"], facilityHead) }
    }
    add(Patterns.orgHeads, orgHead)
    add(Patterns.projectTriggers, projectTrigger)
    add(Patterns.projectGerunds.keys, projectTrigger)
    add(Patterns.flowTriggers, projectTrigger)
    add(["production"], projectTrigger)
    add(Patterns.agreementHeads, agreementHead)
    add(Patterns.placeHeads, placeHead)
    add(Patterns.namedProjectHeads, namedProjectHead)
    add(Patterns.groupWords, reference)
    add(Patterns.groupPeople, reference)
    add(["side", "delegation", "sides", "he", "she", "they", "him", "her"], reference)
    add(meetingWords, meetingWord)
    add(agreementTriggers, agreementTrigger)
    add(DateFinder.months.keys, dateWord)
    add(DateFinder.weekdays.keys, dateWord)
    add(["today", "tonight", "yesterday", "tomorrow"], dateWord)
    add(Patterns.orgIntroducers, orgIntroducer)
    add(Patterns.placePrefixes.map { $0.lowercased() }, placePrefix)
    add(Patterns.settlementWords, settlementWord)
    add(Patterns.geographicPrefixes.union(Patterns.geographicHeads), geographicWord)
    return t
  }()
}

extension Token {
  @inline(__always) func has(_ bits: UInt32) -> Bool { flags & bits != 0 }
}
