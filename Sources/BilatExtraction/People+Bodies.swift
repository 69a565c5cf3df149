/// Where a body's name ends and a person's begins in a title's complement.
extension People {
  /// Whether a person's name starts at `i` inside the capitalized run after "Chairman of the ...":
  /// a person span starts there, or a common given name followed by another name word ("President
  /// of the Alpine Confederation Johann Keller"). The words before are the body's name.
  static func startsPersonAfterBody(_ a: SentenceAnalysis, at i: Int) -> Bool {
    if let s = a.span(at: i), s.kind == .person, s.tokens.lowerBound == i { return true }
    let t = a.tokens
    return firstNames.contains(t[i].lower) && i + 1 < t.count && t[i + 1].isWord && t[i + 1].isCapitalized
  }
}
