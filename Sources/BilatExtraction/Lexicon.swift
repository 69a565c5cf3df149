import BilatCore
import Foundation

/// Everything the extractor knows in advance: the hand-written dictionaries of `Data/dictionaries`
/// (countries, cities, organizations, titles, sectors, people) and the open gazetteers generated
/// into `Data/gazetteers` (world cities, all countries, heads of state and government by year),
/// compiled into a token trie. Hand-written entries take precedence over generated ones.
///
/// Users extend it by adding lines to those files, or by pointing `BILAT_DICTIONARIES` (or
/// ``load(extraDirectory:)``) at a folder with files of the same names and format.
public struct Lexicon: Sendable {
  /// What a dictionary phrase denotes.
  public enum Kind: Int, Sendable, Comparable {
    case person = 0, organization, country, city, place, facility, demonym, title, sector, project
    public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
  }

  /// One dictionary phrase.
  public struct Entry: Sendable, Equatable {
    public var kind: Kind
    /// Canonical name (country, city, organization, person), title as written, or sector name.
    public var canonical: String
    /// Country of a city, organization, person; the country of a demonym.
    public var country: String?
    /// For titles: true when also recognized in lower case.
    public var anyCase: Bool
    /// Exact tokens required (acronyms such as "US", "EU": case-sensitive).
    public var exact: [String]?
    /// A generated name that is also an English word or a common personal name ("Nice",
    /// "Reading", "Charlotte"): it counts only after "in", "at", "from"... or before ", <country>".
    public var needsContext = false
    /// From the generated gazetteers (`Data/gazetteers`), not a hand-written dictionary.
    public var generated = false
  }

  /// An office held by a well-known person.
  public struct Office: Sendable, Equatable {
    public var title: String
    public var organization: String?
    public var country: String?
    public var from: CalendarDate?
    public var to: CalendarDate?
  }

  /// A dictionary match over tokens.
  public struct Match: Sendable, Equatable {
    public var tokens: Range<Int>
    public var entries: [Entry]
    public var best: Entry { entries[0] }
  }

  var children: [[String: Int32]] = [[:]]
  var entriesAt: [[Entry]] = [[]]
  var prefixSectors: [Int: [(prefix: String, sector: String)]] = [:]
  /// Offices of well-known people by canonical name.
  public internal(set) var offices: [String: [Office]] = [:]
  /// The canonical name of an office holder by the transliteration-folded form of its name and
  /// multi-word variants ("José María Pérez" for "Jose Maria Perez").
  var officeNames: [String: String] = [:]
  /// Canonical name of each country, city and organization with its country ("" if none).
  public internal(set) var countryOf: [String: String] = [:]
  /// The city of each dictionary facility that has one (`places.tsv`, fifth column).
  public internal(set) var cityOf: [String: String] = [:]
  /// Canonical country names.
  public internal(set) var countries: Set<String> = []
  /// Capital city of each country (canonical names).
  public internal(set) var capitals: [String: String] = [:]
  /// Canonical city names.
  public internal(set) var cities: Set<String> = []
  /// Well-known people by a single-word form (surname or variant), lowercased.
  public internal(set) var surnames: [String: [String]] = [:]
  /// Title phrases (lowercased) known to the title dictionary.
  public internal(set) var titleWords: Set<String> = []
  /// Holders of each office by country and canonical title (see ``holder(of:in:on:)``).
  var holders: [OfficeKey: [Holder]] = [:]
  /// Canonical names of the hand-written people (a generated line for one of them only joins the
  /// holder index).
  var handPeople: Set<String> = []
  /// Generated office holders by one-word surname (see ``surnameOwners(_:on:)``).
  var generatedSurnames: [String: [String]] = [:]

  public init() {}

  /// The bundled dictionaries and gazetteers, extended by `BILAT_DICTIONARIES` when set. A
  /// gazetteer that cannot be read is reported on stderr; extraction then goes on without it.
  public static let shared: Lexicon = {
    let extra = ProcessInfo.processInfo.environment["BILAT_DICTIONARIES"]
    do {
      return try load(extraDirectory: extra)
    } catch {
      FileHandle.standardError.write(Data("bilat: warning: \(error); going on without the gazetteers\n".utf8))
      do {
        return try load(extraDirectory: extra, gazetteers: false)
      } catch {
        FileHandle.standardError.write(Data("bilat: warning: \(error); going on without dictionaries\n".utf8))
        return Lexicon()
      }
    }
  }()

  /// Loads the bundled dictionaries, then, if given, the same-named files of `extraDirectory`,
  /// then (unless `gazetteers` is false) the bundled generated gazetteers, whose entries never
  /// replace a hand-written one.
  public static func load(extraDirectory: String? = nil, gazetteers: Bool = true) throws(LexiconError) -> Lexicon {
    var lex = Lexicon()
    var dirs: [URL] = []
    if let bundled = Bundle.module.url(forResource: "dictionaries", withExtension: nil) { dirs.append(bundled) }
    if let extraDirectory { dirs.append(URL(fileURLWithPath: extraDirectory)) }
    for dir in dirs {
      for file in [
        "countries.tsv", "cities.tsv", "places.tsv", "organizations.tsv", "titles.tsv", "sectors.tsv", "people.tsv",
      ] {
        let url = dir.appendingPathComponent(file)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where !line.hasPrefix("#") {
          let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: CharacterSet.whitespaces)
          }
          guard let name = cols.first, !name.isEmpty else { continue }
          switch file {
          case "countries.tsv": lex.addCountry(cols)
          case "cities.tsv": lex.addCity(cols)
          case "places.tsv": lex.addPlace(cols)
          case "organizations.tsv": lex.addOrganization(cols)
          case "titles.tsv": lex.addTitle(cols)
          case "sectors.tsv": lex.addSector(cols)
          default: lex.addPerson(cols)
          }
        }
      }
    }
    if gazetteers { try lex.loadGazetteers() }
    return lex
  }

  static func list(_ cols: [String], _ i: Int) -> [String] {
    guard i < cols.count else { return [] }
    return cols[i].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }

  static func col(_ cols: [String], _ i: Int) -> String? {
    i < cols.count && !cols[i].isEmpty ? cols[i] : nil
  }

  mutating func addCountry(_ c: [String]) {
    countries.insert(c[0])
    countryOf[c[0]] = c[0]
    if let capital = Lexicon.col(c, 3) { capitals[c[0]] = capital }
    for s in [c[0]] + Lexicon.list(c, 1) {
      insert(s, Entry(kind: .country, canonical: c[0], country: c[0], anyCase: false))
    }
    for s in Lexicon.list(c, 2) { insert(s, Entry(kind: .demonym, canonical: c[0], country: c[0], anyCase: false)) }
  }

  mutating func addCity(_ c: [String]) {
    cities.insert(c[0])
    countryOf[c[0]] = Lexicon.col(c, 1) ?? ""
    for s in [c[0]] + Lexicon.list(c, 2) {
      insert(s, Entry(kind: .city, canonical: c[0], country: Lexicon.col(c, 1), anyCase: false))
    }
  }

  mutating func addPlace(_ c: [String]) {
    let label = Lexicon.col(c, 1)?.lowercased()
    let kind: Kind = label == "facility" ? .facility : label == "project" ? .project : .place
    countryOf[c[0]] = Lexicon.col(c, 2) ?? ""
    if let city = Lexicon.col(c, 4) { cityOf[c[0]] = city }
    for s in [c[0]] + Lexicon.list(c, 3) {
      insert(s, Entry(kind: kind, canonical: c[0], country: Lexicon.col(c, 2), anyCase: false))
    }
  }

  mutating func addOrganization(_ c: [String]) {
    countryOf[c[0]] = Lexicon.col(c, 1) ?? ""
    for s in [c[0]] + Lexicon.list(c, 2) {
      insert(s, Entry(kind: .organization, canonical: c[0], country: Lexicon.col(c, 1), anyCase: false))
    }
  }

  mutating func addTitle(_ c: [String]) {
    titleWords.insert(c[0].lowercased())
    insert(
      c[0], Entry(kind: .title, canonical: c[0], country: Lexicon.col(c, 2), anyCase: Lexicon.col(c, 1) == "lower"))
  }

  mutating func addSector(_ c: [String]) {
    guard let sector = Lexicon.col(c, 1) else { return }
    let key = c[0].lowercased()
    if key.hasSuffix("*"), key.contains(" ") {
      // a phrase's star stands for its last word's common endings ("border crossing*": crossing,
      // crossings; "space agenc*": agency, agencies): phrases are matched whole, never by prefix
      let stem = String(key.dropLast())
      for ending in Lexicon.phraseEndings {
        insert(stem + ending, Entry(kind: .sector, canonical: sector, country: nil, anyCase: true))
      }
    } else if key.hasSuffix("*") {
      let p = String(key.dropLast())
      // longest prefix first, so that an exception ("importan*" → "-") wins over "import*"
      prefixSectors[Lexicon.prefixKey(p), default: []].append((p, sector))
      prefixSectors[Lexicon.prefixKey(p)]?.sort { $0.0.count > $1.0.count }
    } else {
      insert(key, Entry(kind: .sector, canonical: sector, country: nil, anyCase: true))
    }
  }

  /// The endings a phrase keyword's star stands for (`sectors.tsv`).
  static let phraseEndings = ["", "s", "es", "y", "ies"]

  mutating func addPerson(_ c: [String]) {
    let name = c[0]
    let office = Office(
      title: Lexicon.col(c, 3) ?? "", organization: Lexicon.col(c, 4), country: Lexicon.col(c, 2),
      from: Lexicon.col(c, 5).flatMap(CalendarDate.init(iso:)), to: Lexicon.col(c, 6).flatMap(CalendarDate.init(iso:)))
    offices[name, default: []].append(office)
    addHolder(name, office, handWritten: true)
    handPeople.insert(name)
    for s in [name] + Lexicon.list(c, 1) where s.contains(" ") {
      officeNames[NameKey.transliterationFolded(s)] = officeNames[NameKey.transliterationFolded(s)] ?? name
    }
    // Bare surnames are resolved in context by the extractor, not from the dictionary.
    for s in [name] + Lexicon.list(c, 1) {
      if let last = s.split(separator: " ").last {
        let key = NameKey.transliterationFolded(String(last))
        if !(surnames[key]?.contains(name) ?? false) { surnames[key, default: []].append(name) }
      }
    }
    for s in [name] + Lexicon.list(c, 1) where s.contains(" ") {
      insert(s, Entry(kind: .person, canonical: name, country: Lexicon.col(c, 2), anyCase: false))
    }
  }

  mutating func insert(_ surface: String, _ entry: Entry) {
    let u = Array(surface.utf16)
    insert(tokens: Tokenizer.tokenize(u, 0..<u.count), surface, entry)
  }

  mutating func insert(tokens: [Token], _ surface: String, _ entry: Entry) {
    guard !tokens.isEmpty else { return }
    var e = entry
    if entry.kind != .sector && entry.kind != .title, tokens.allSatisfy({ $0.isAllCaps || $0.kind != .word }),
      surface.count <= 6
    {
      e.exact = tokens.map(\.text)
    }
    insertPath(tokens.map(\.lower), e)
    // British and American spellings of a body's words ("Shanghai Co-operation Organization" for
    // the dictionary's "Shanghai Cooperation Organisation"): every combination matches
    if e.exact == nil, entry.kind != .person, entry.kind != .sector, entry.kind != .title {
      var spellings: [[String]] = [[]]
      for t in tokens {
        let other = Lexicon.otherSpelling[t.lower]
        spellings = spellings.flatMap { s in [s + [t.lower]] + (other.map { [s + [$0]] } ?? []) }
      }
      for words in spellings.dropFirst() { insertPath(words, e) }
    }
    // texts write either apostrophe ("N'Djamena", "Côte d’Ivoire"): the other spelling matches too
    if e.exact == nil, tokens.contains(where: { $0.lower.contains("'") || $0.lower.contains("’") }) {
      insertPath(tokens.map { Lexicon.otherApostrophe($0.lower) }, e)
    }
  }

  /// Words of names that British and American English spell differently, both ways.
  static let otherSpelling: [String: String] = {
    let pairs = [
      ("cooperation", "co-operation"), ("organisation", "organization"), ("organisations", "organizations"),
      ("programme", "program"), ("programmes", "programs"), ("centre", "center"), ("defence", "defense"),
      ("labour", "labor"), ("harbour", "harbor"),
    ]
    var map: [String: String] = [:]
    for (a, b) in pairs {
      map[a] = b
      map[b] = a
    }
    return map
  }()

  static func otherApostrophe(_ s: String) -> String {
    String(s.map { $0 == "'" ? "’" : $0 == "’" ? "'" : $0 })
  }

  private mutating func insertPath(_ words: [String], _ e: Entry) {
    var node = 0
    for w in words {
      if let next = children[node][w] {
        node = Int(next)
      } else {
        children.append([:])
        entriesAt.append([])
        let id = Int32(children.count - 1)
        children[node][w] = id
        node = Int(id)
      }
    }
    if !entriesAt[node].contains(e) { entriesAt[node].append(e) }
  }

  /// The office `name` held on `date`, else the last one held before it (the latest one when
  /// the date is unknown).
  public func office(of name: String, on date: CalendarDate?) -> Office? {
    guard let list = offices[name] ?? officeNames[NameKey.transliterationFolded(name)].flatMap({ offices[$0] }) else {
      return nil
    }
    let origin = CalendarDate(dayNumber: -100_000)
    guard let date else { return list.max { ($0.from ?? origin) < ($1.from ?? origin) } }
    if let current = list.first(where: { ($0.from.map { $0 <= date } ?? true) && ($0.to.map { date <= $0 } ?? true) }) {
      return current
    }
    return list.filter { ($0.from ?? origin) <= date }.max { ($0.from ?? origin) < ($1.from ?? origin) }
  }

  /// The sector column of a prefix keyword that only looks like another ("importan*": importance
  /// is no import).
  static let notASector = "-"

  /// The sector signalled by a single word through a prefix keyword ("exports" ← "export*").
  public func prefixSector(_ lower: String) -> String? {
    guard lower.utf8.count >= 3, let list = prefixSectors[Lexicon.prefixKey(lower)] else { return nil }
    for (p, s) in list where lower.hasPrefix(p) { return s == Lexicon.notASector ? nil : s }
    return nil
  }

  /// The first three UTF-8 bytes packed in an integer (0 when shorter).
  static func prefixKey(_ s: String) -> Int {
    var key = 0
    var n = 0
    for b in s.utf8 {
      key = key << 8 | Int(b)
      n += 1
      if n == 3 { return key }
    }
    return 0
  }
}
