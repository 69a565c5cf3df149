/// A training or test sentence: Bilat tokens with one gold tag each.
public struct TaggedSentence: Sendable {
  public var tokens: [Token]
  public var tags: [EntityTag]

  public init(tokens: [Token], tags: [EntityTag]) {
    self.tokens = tokens
    self.tags = tags
  }

  /// Tokenizes `text` with Bilat's tokenizer and tags the tokens inside the UTF-16 `entities`
  /// ranges; a token that only partly overlaps an entity range stays outside it.
  public init(text: String, entities: [(range: Range<Int>, type: EntityTag.EntityType)]) {
    let units = Array(text.utf16)
    tokens = Tokenizer.tokenize(units, 0..<units.count)
    tags = [EntityTag](repeating: .outside, count: tokens.count)
    for e in entities.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
      var first = true
      for (i, t) in tokens.enumerated() where t.start >= e.range.lowerBound && t.end <= e.range.upperBound {
        guard tags[i] == .outside else { continue }
        tags[i] = first ? EntityTag.begin(e.type) : EntityTag.inside(e.type)
        first = false
      }
    }
  }

  /// Tags `tokens` by exact, case-sensitive occurrences of `names` (longest first, no overlap).
  public init(tokens: [Token], names: [(name: [String], type: EntityTag.EntityType)]) {
    self.tokens = tokens
    tags = [EntityTag](repeating: .outside, count: tokens.count)
    for (name, type) in names.sorted(by: { $0.name.count > $1.name.count }) where !name.isEmpty {
      var i = 0
      while i + name.count <= tokens.count {
        let r = i..<(i + name.count)
        if r.allSatisfy({ tags[$0] == .outside }) && zip(tokens[r], name).allSatisfy({ $0.text == $1 }) {
          for j in r { tags[j] = j == i ? EntityTag.begin(type) : EntityTag.inside(type) }
          i += name.count
        } else {
          i += 1
        }
      }
    }
  }

  /// The entities of the gold tags.
  public var entities: [TaggedEntity] { TaggedEntity.entities(tags, margins: []) }
}
