/// A person named in full, then by the first words of the name only.
extension ExtractionState {
  /// Lower-case name particles that do not count as words of a shortened name ("bin", "da").
  static let prefixParticles: Set<String> = [
    "bin", "ibn", "bint", "al", "el", "de", "da", "do", "dos", "di", "van", "von",
  ]

  /// The last of `people` (their folded name words) whose name begins with `words` and is
  /// longer: "Ana Lucia" after "Ana Lucia da Rosa". The shortened name needs two words that are
  /// no particles, so "Tamim bin" never stands for "Tamim bin Hamad".
  static func longerName(beginningWith words: [String], _ people: [[String]]) -> Int? {
    guard words.filter({ !prefixParticles.contains($0) }).count >= 2 else { return nil }
    if let last = words.last, prefixParticles.contains(last) { return nil }
    return people.lastIndex { $0.count > words.count && Array($0.prefix(words.count)) == words }
  }
}
