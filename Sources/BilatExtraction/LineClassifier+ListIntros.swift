/// Short lines that introduce a list of signed documents: "Documents signed today:", "Signed
/// in Lima:". Releases put the documents one per line under such a line; below the five words a
/// body line needs, the line would be read as a heading, and its items as signed by no one.
extension LineClassifier {
  /// Words of a signing in a list's introduction.
  static let listSigningWords: Set<String> = ["signed", "signing", "concluded", "inked", "adopted"]

  /// Whether the line at `r` has three or four words, ends in a colon and holds a signing word.
  static func introducesSignedList(_ u: [UInt16], _ r: Range<Int>, words: Int) -> Bool {
    guard (3...4).contains(words), let last = r.last, u[last] == 0x3A else { return false }
    let line = UTF16Text.string(u, r).lowercased()
    let parts = line.split(whereSeparator: { !$0.isLetter })
    return parts.contains { listSigningWords.contains(String($0)) }
  }
}
