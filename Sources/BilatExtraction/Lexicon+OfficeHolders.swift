import BilatCore

/// Who held which office when: "the Prime Minister" of Japan in an article of 2018 is the holder
/// in 2018. Built from the hand-written people (their offices and dates) and the Factbook office
/// holders of `Data/gazetteers/officeholders.tsv`.
extension Lexicon {
  /// An office: a country and a canonical title ("prime minister", "president", "crown prince").
  struct OfficeKey: Hashable, Sendable {
    var country: String
    var title: String
  }

  /// One tenure of an office.
  struct Holder: Sendable {
    var name: String
    var from: CalendarDate?
    var to: CalendarDate?
    var handWritten: Bool
  }

  /// The title that names the same office in other words, lowercased: "Premier", "Head of
  /// Government" → "prime minister"; "Head of State" → "president"; "Federal Chancellor" →
  /// "chancellor"; "Amir" → "emir".
  public static func officeTitle(_ title: String) -> String {
    var t = title.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).joined(separator: " ")
    if t.hasPrefix("the ") { t.removeFirst(4) }
    switch t {
    case "premier", "prime minister", "head of government", "prime-minister": return "prime minister"
    case "head of state", "president": return "president"
    case "federal chancellor", "chancellor": return "chancellor"
    case "amir", "emir": return "emir"
    case "vice premier", "vice-premier", "deputy premier": return "vice premier"
    case "federal president": return "president"
    default: return t
    }
  }

  mutating func addHolder(_ name: String, _ office: Office, handWritten: Bool) {
    guard let country = office.country, !office.title.isEmpty else { return }
    let key = OfficeKey(country: country, title: Lexicon.officeTitle(office.title))
    holders[key, default: []].append(Holder(name: name, from: office.from, to: office.to, handWritten: handWritten))
  }

  /// The person who held the office `title` of `country` on `date`: the hand-written
  /// dictionary's holder first, then the one whose tenure began last (two tenures overlap when
  /// a source is late). Nil when no tenure covers the date.
  public func holder(of title: String, in country: String, on date: CalendarDate) -> String? {
    guard let list = holders[OfficeKey(country: country, title: Lexicon.officeTitle(title))] else { return nil }
    let origin = CalendarDate(dayNumber: -100_000)
    let covering = list.filter { ($0.from.map { $0 <= date } ?? true) && ($0.to.map { date <= $0 } ?? true) }
    let hand = covering.filter(\.handWritten)
    if let h = hand.max(by: { ($0.from ?? origin) < ($1.from ?? origin) }) { return h.name }
    // an office held by several at once (deputy prime ministers) names nobody in particular
    guard Set(covering.map(\.name)).count == 1 else { return nil }
    return covering.first?.name
  }

  /// The people a one-word surname may name on `date`: the hand-written people with that surname
  /// (whatever the date), else the generated office holders with it whose office the date falls
  /// in, give or take a year before and two after ("Karimov" in 2023 is not Uzbekistan's
  /// president of 1991–2016). With no date, every holder.
  public func surnameOwners(_ key: String, on date: CalendarDate?) -> [String] {
    if let hand = surnames[key], !hand.isEmpty { return hand }
    guard let generated = generatedSurnames[key] else { return [] }
    guard let date else { return generated }
    return generated.filter { name in
      (offices[name] ?? []).contains { o in
        (o.from.map { $0.adding(days: -366) <= date } ?? true) && (o.to.map { date <= $0.adding(days: 731) } ?? true)
      }
    }
  }
}

extension Lexicon {
  /// The people a lone capitalized word may name when the article has not named them yet: the
  /// owners of ``surnameOwners(_:on:)`` without the ambassadors. A story names an envoy in full
  /// before calling him by his surname, so a lone word that folds onto an envoy's surname is most
  /// often a place or someone else (an island "Bali" is no envoy "Baali").
  public func loneSurnameOwners(_ key: String, on date: CalendarDate?) -> [String] {
    surnameOwners(key, on: date).filter { name in
      surnames[key]?.contains(name) == true
        || (offices[name] ?? []).contains { !$0.title.lowercased().hasPrefix("ambassador") }
    }
  }
}

extension Lexicon {
  /// The office holder a title and one later word of the holder's name name together ("President
  /// Lula", "Prime Minister May", "President Jonathan"), when exactly one holder of that office,
  /// in office around `date` (a year before, two after), has the word after the first word of
  /// the name (``HolderNameWords``).
  public func titledHolder(_ key: String, title: String, on date: CalendarDate?) -> (name: String, office: Office)? {
    let office = Lexicon.officeTitle(title)
    var found: [(name: String, office: Office)] = []
    for name in HolderNameWords.shared[key] ?? [] {
      guard let list = offices[name] else { continue }
      for o in list where Lexicon.officeTitle(o.title) == office {
        if let date {
          if let from = o.from, date < from.adding(days: -366) { continue }
          if let to = o.to, to.adding(days: 731) < date { continue }
        }
        if !found.contains(where: { $0.name == name }) { found.append((name, o)) }
      }
    }
    return found.count == 1 ? found[0] : nil
  }
}
