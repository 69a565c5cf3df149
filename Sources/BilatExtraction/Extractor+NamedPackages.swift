import BilatCore

/// A package whose documents the story names: "The two sides signed six agreements. They cover an
/// agreement on fisheries, a memorandum on tourism ...". The package is the sum of its members,
/// not one more document, so it is left out once two or more named documents are signed in its
/// sentence or near it (the same sentence is already handled when the package is itemized there,
/// `Patterns.countedDocuments`).
extension ExtractionState {
  /// Whether a document's name is only a package: a plural document head at its end, after a
  /// count or a describing word at most ("six agreements", "several memoranda of understanding",
  /// "20 intergovernmental documents"), with no subject of its own.
  static func isPackageName(_ name: String) -> Bool {
    let words = name.lowercased().split(separator: " ").map(String.init)
    guard let last = words.last, words.count <= 5 else { return false }
    let n = words.count
    let head = n >= 3 && words[n - 2] == "of" && last == "understanding" ? words[n - 3] : last
    return Patterns.documentPlurals.contains(head)
  }

  /// The packages signed in a sentence when two or more named documents are signed in the
  /// sentence before it, in it or in the two after it.
  func packagesNamedByMembers() -> Set<Int> {
    var signedIn: [Int: Set<Int>] = [:]
    for r in relationList where r.type == "SIGNED" {
      for e in r.evidence { signedIn[e.sentence, default: []].insert(r.end) }
    }
    var out = Set<Int>()
    for (s, docs) in signedIn {
      for p in docs where ExtractionState.isPackageName(table.entities[p].name) {
        let members = Set(
          ((s - 1)...(s + 2)).flatMap { signedIn[$0] ?? [] }.filter {
            !ExtractionState.isPackageName(table.entities[$0].name)
          })
        if members.count >= 2 { out.insert(p) }
      }
    }
    return out
  }
}
