extension Token {
  /// Whether `t[k]` is the month May, not the modal: capitalized in mid-sentence ("talks on 31
  /// May", "signed in May"), or first before a day number ("May 31 saw ...").
  static func isMonthMay(_ t: [Token], _ k: Int) -> Bool {
    guard t[k].lower == "may", t[k].isCapitalized else { return false }
    return k > 0 || (k + 1 < t.count && t[k + 1].kind == .number)
  }
}
