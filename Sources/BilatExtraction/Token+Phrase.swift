extension Token {
  /// Whether one of `words` comes in the `n` words before token `i` of `tokens` with no
  /// punctuation between: the phrase that leads to the token ("will be held on Wednesday", "the
  /// Statue of X").
  static func phrase(_ tokens: [Token], before i: Int, within n: Int, contains words: Set<String>) -> Bool {
    var k = i - 1
    while k >= 0, i - k <= n, tokens[k].kind != .punctuation {
      if words.contains(tokens[k].lower) { return true }
      k -= 1
    }
    return false
  }
}
