/// Names written with initials: run into the surname as Turkmen and Russian releases write them
/// ("R.Meredov", "A.D.Beglov"), and the person whose given names they begin.
extension ExtractionState {
  /// A name whose initials run into the surname ("R.Meredov", "A.D.Beglov", as Turkmen and
  /// Russian releases write them) with a space before the surname ("R. Meredov", "A.D. Beglov"),
  /// so that the surname alone ("Meredov said") and the other spellings name the same person.
  static func spacedInitials(_ name: String) -> String {
    let chars = Array(name)
    guard chars.count > 3, chars.contains(".") else { return name }
    var out = ""
    for (k, c) in chars.enumerated() {
      out.append(c)
      // "X." then a capital and a lower-case letter: the surname begins
      if c == ".", k >= 1, chars[k - 1].isUppercase, k + 2 < chars.count, chars[k + 1].isUppercase,
        chars[k + 2].isLowercase, k < 2 || !chars[k - 2].isLetter
      {
        out.append(" ")
      }
    }
    return out
  }

  /// The initials of a name written "R. Meredov" or "A.D. Beglov" (["R"], ["A", "D"]), else nil.
  static func initials(of name: String) -> [Character]? {
    let parts = name.split(separator: " ")
    guard parts.count == 2, parts[0].hasSuffix(".") else { return nil }
    let letters = parts[0].split(separator: ".")
    guard !letters.isEmpty, letters.allSatisfy({ $0.count == 1 && $0.first?.isUppercase == true }) else { return nil }
    return letters.compactMap(\.first)
  }
}
