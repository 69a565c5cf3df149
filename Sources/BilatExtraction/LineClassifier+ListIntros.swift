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

  /// Whether the line at `r`, without final punctuation, announces documents that follow it
  /// ("The following documents were signed"), so the lines after it can be its list.
  static func announcesFollowingDocuments(_ u: [UInt16], _ r: Range<Int>, words: Int) -> Bool {
    guard (3...20).contains(words) else { return false }
    let parts = UTF16Text.string(u, r).lowercased().split(whereSeparator: { !$0.isLetter })
    return parts.contains("following") && parts.contains { listSigningWords.contains(String($0)) }
  }

  /// First words of a document's title: a line after a list's colon that opens with one is an
  /// item of the list even without a bullet or a full stop (pages whose list markup was lost).
  static let documentTitleHeads: Set<String> = [
    "agreement", "agreements", "memorandum", "memorandums", "memoranda", "mou", "protocol", "program",
    "programme", "treaty", "roadmap", "road", "plan", "joint", "declaration", "contract", "convention",
    "accord", "charter", "communique", "communiqué", "action",
  ]

  /// Whether the line at `r` opens, after an optional number ("1.", "2)"), with a document's
  /// capitalized title head ("Agreement on ...", "Memorandum of Understanding between ...").
  static func opensWithDocumentTitle(_ u: [UInt16], _ r: Range<Int>) -> Bool {
    var i = r.lowerBound
    while i < r.upperBound, TextClass.isDigit(u[i]) { i += 1 }
    if i > r.lowerBound {
      guard i < r.upperBound, u[i] == 0x2E || u[i] == 0x29 else { return false }
      i += 1
    }
    while i < r.upperBound, TextClass.isSpace(u[i]) { i += 1 }
    guard i < r.upperBound, TextClass.isUpper(u[i]) else { return false }
    var j = i
    while j < r.upperBound, TextClass.isLetter(u[j]) { j += 1 }
    return documentTitleHeads.contains(UTF16Text.string(u, i..<j).lowercased())
  }
}
