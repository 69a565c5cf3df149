/// Hyphenated compounds that begin with a sector word: "trade-economic cooperation",
/// "cultural-humanitarian ties", "transport-communication links", "military-technical
/// cooperation". The tokenizer keeps inner hyphens, so the compound is one word that no keyword
/// matches; its first part names the topic.
extension Lexicon {
  /// Second parts that make the compound a property of a place rather than a topic:
  /// "oil-rich", "energy-poor", "tax-free".
  static let nonTopicalCompoundEnds: Set<String> = [
    "rich", "poor", "free", "hungry", "starved", "dependent", "exporting", "importing", "producing",
  ]

  /// The sector of a hyphenated word through its first part, if that part is a sector keyword
  /// (a whole keyword or a prefix keyword).
  public func compoundSector(_ lower: String) -> String? {
    let parts = lower.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count >= 2, let head = parts.first, head.count >= 3, let last = parts.last,
      !Lexicon.nonTopicalCompoundEnds.contains(String(last))
    else { return nil }
    let word = String(head)
    if let node = children[0][word],
      let e = entriesAt[Int(node)].first(where: { $0.kind == .sector && $0.canonical != Lexicon.notASector })
    {
      return e.canonical
    }
    return prefixSector(word)
  }
}
