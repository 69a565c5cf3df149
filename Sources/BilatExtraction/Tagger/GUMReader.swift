import Foundation

/// Reads GUM CoNLL-U files (`Entity=` brackets in the MISC column) into tagged sentences.
/// A mention is a name when it is a person, place or organization with a Wikipedia identity
/// or a proper-noun head; its tagged words are the capitalized run around the head, without
/// nested names, leading titles or lower-case words.
public enum GUMReader {
  struct Word {
    var form: String
    var upos: String
    var head: Int
    var spaceAfter: Bool
  }
  struct Mention {
    var id: String
    var type: String
    var identity: Bool
    var first: Int
    var last: Int
  }

  /// Documents of `directory` (sorted by file name), each as tagged sentences.
  public static func documents(directory: String, titleWords: Set<String>) throws(TaggerModelError) -> [(
    name: String, sentences: [TaggedSentence]
  )] {
    let files: [String]
    do {
      files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".conllu") }.sorted()
    } catch {
      throw .noTrainingData(path: directory)
    }
    var out: [(String, [TaggedSentence])] = []
    for f in files {
      let path = (directory as NSString).appendingPathComponent(f)
      out.append((f, try sentences(try TaggerModelError.text(of: path), path: path, titleWords: titleWords)))
    }
    return out
  }

  static func sentences(_ text: String, path: String, titleWords: Set<String>) throws(TaggerModelError)
    -> [TaggedSentence]
  {
    var out: [TaggedSentence] = []
    var words: [Word] = []
    var mentions: [Mention] = []
    var open: [Mention] = []
    func flush() {
      if !words.isEmpty { out.append(tagged(words, mentions, titleWords: titleWords)) }
      words = []
      mentions = []
      open = []
    }
    var lineNumber = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      if line.isEmpty {
        flush()
        continue
      }
      if line.hasPrefix("#") { continue }
      let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard cols.count >= 10 else { throw .badCorpus(path: path, line: lineNumber, reason: "expected 10 columns") }
      if cols[0].contains("-") || cols[0].contains(".") { continue }
      let index = words.count
      let misc = cols[9].split(separator: "|")
      words.append(
        Word(
          form: String(cols[1]), upos: String(cols[3]), head: Int(cols[6]) ?? 0,
          spaceAfter: !misc.contains("SpaceAfter=No")))
      guard let entity = misc.first(where: { $0.hasPrefix("Entity=") })?.dropFirst(7) else { continue }
      var s = Substring(entity)
      while let c = s.first {
        if c == "(" {
          s = s.dropFirst()
          let end = s.firstIndex { $0 == "(" || $0 == ")" } ?? s.endIndex
          let fields = s[..<end].split(separator: "-", omittingEmptySubsequences: false)
          let m = Mention(
            id: fields.first.map(String.init) ?? "", type: fields.count > 1 ? String(fields[1]) : "",
            identity: fields.count > 7, first: index, last: index)
          s = s[end...]
          if s.first == ")" {
            mentions.append(m)
            s = s.dropFirst()
          } else {
            open.append(m)
          }
        } else if c.isNumber {
          let end = s.firstIndex(of: ")") ?? s.endIndex
          let id = String(s[..<end])
          if let k = open.lastIndex(where: { $0.id == id }) {
            var m = open.remove(at: k)
            m.last = index
            mentions.append(m)
          }
          s = end < s.endIndex ? s[s.index(after: end)...] : ""
        } else {
          s = s.dropFirst()
        }
      }
    }
    flush()
    return out
  }

  static let types: [String: EntityTag.EntityType] = ["person": .person, "place": .location, "organization": .organization]
  static let honorifics: Set<String> = [
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "professor", "prof.", "sir", "dame", "senator", "sen.",
    "governor", "gov.", "general", "gen.", "king", "queen", "prince", "princess", "pope", "rev.", "reverend",
    "judge", "justice", "captain", "capt.", "lord", "lady", "saint", "st.", "mayor", "chancellor", "premier",
  ]

  /// The sentence text rebuilt from its words, and the UTF-16 ranges of the names.
  static func tagged(_ words: [Word], _ mentions: [Mention], titleWords: Set<String>) -> TaggedSentence {
    var text = ""
    var ranges: [Range<Int>] = []
    var offset = 0
    for w in words {
      let n = w.form.utf16.count
      ranges.append(offset..<(offset + n))
      text += w.form
      offset += n
      if w.spaceAfter {
        text += " "
        offset += 1
      }
    }
    // pronouns ("I", "Our") carry the identity of what they refer to: only proper-noun heads count
    let named = mentions.filter { m in
      guard types[m.type] != nil, let h = head(of: m, words) else { return false }
      return words[h].upos == "PROPN" || (m.identity && m.type == "person" && words[h].upos == "NOUN")
    }
    var entities: [(range: Range<Int>, type: EntityTag.EntityType)] = []
    for m in named {
      guard let type = types[m.type], var h = head(of: m, words) else { continue }
      // words of nested names belong to them
      let nested = named.filter { $0.first >= m.first && $0.last <= m.last && ($0.last - $0.first) < (m.last - m.first) }
      func free(_ i: Int) -> Bool { !nested.contains { i >= $0.first && i <= $0.last } }
      func capital(_ i: Int) -> Bool { words[i].form.first?.isUppercase ?? false }
      // "fellow candidate Buddy Roemer": a person named after a common-noun head
      if words[h].upos != "PROPN", let last = (m.first...m.last).last(where: { free($0) && words[$0].upos == "PROPN" }) {
        h = last
      }
      guard free(h), capital(h), words[h].upos == "PROPN" else { continue }
      var lo = h
      var hi = h
      while lo > m.first, free(lo - 1), capital(lo - 1) || EntityTagger.connectors.contains(words[lo - 1].form.lowercased()) {
        lo -= 1
      }
      while hi < m.last, free(hi + 1), capital(hi + 1) || EntityTagger.connectors.contains(words[hi + 1].form.lowercased()) {
        hi += 1
      }
      while lo < hi, !capital(lo) { lo += 1 }
      while hi > lo, !capital(hi) { hi -= 1 }
      if words[lo].form.lowercased() == "the" && lo < hi { lo += 1 }
      if type == .person {
        func title(_ i: Int) -> Bool {
          honorifics.contains(words[i].form.lowercased()) || titleWords.contains(words[i].form.lowercased())
        }
        while lo < hi, title(lo) { lo += 1 }
        // "Governor of Virginia": a title alone names nobody
        if title(lo) || (lo...hi).contains(where: { words[$0].form == "of" }) { continue }
      }
      entities.append((ranges[lo].lowerBound..<ranges[hi].upperBound, type))
    }
    return TaggedSentence(text: text, entities: entities)
  }

  /// The word of `m` whose syntactic head lies outside it.
  static func head(of m: Mention, _ words: [Word]) -> Int? {
    (m.first...m.last).first { i in
      let h = words[i].head - 1
      return h < m.first || h > m.last
    }
  }
}
