/// A person named in full, then by the first words of the name only, or by its last words
/// from a particle on.
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

  /// The last of `people` whose name ends with `words` when they begin with a particle: "Al
  /// Rashid" or "Bin Faris" after "Omar bin Faris Al Rashid". A shortened name that begins with
  /// a given name ("Faris Al Rashid", the father's) is left alone.
  static func longerName(endingWith words: [String], _ people: [[String]]) -> Int? {
    guard words.count >= 2, let first = words.first, prefixParticles.contains(first),
      let last = words.last, !prefixParticles.contains(last)
    else { return nil }
    return people.lastIndex { $0.count > words.count && Array($0.suffix(words.count)) == words }
  }

  /// Particles after which a name's last words are a father's name, not the person's.
  static let patronymicParticles: Set<String> = ["bin", "ibn", "bint", "binti", "ben", "ould"]

  /// Whether `short` (folded name words) is `long` with words left out: the same first and last
  /// words with a middle name dropped ("John Mahama", "John Dramani Mahama"), or the last words
  /// from a name that is not a father's ("Lula da Silva" of "Luiz Inácio Lula da Silva"; not
  /// "Hamad Al Thani" of "Tamim bin Hamad Al Thani"). A dropped initial may be another person
  /// ("George Bush", "George W. Bush"), so only whole words are dropped.
  static func isShortening(_ short: [String], of long: [String]) -> Bool {
    guard short.count >= 2, long.count > short.count, let first = short.first, let last = short.last,
      long.last == last, !prefixParticles.contains(first), !prefixParticles.contains(last)
    else { return false }
    if long.first == first {
      // a subsequence whose dropped words are whole words
      var k = 0
      for w in long {
        if k < short.count, w == short[k] {
          k += 1
        } else if w.count <= 2 {
          return false
        }
      }
      return k == short.count
    }
    let cut = long.count - short.count
    return Array(long.suffix(short.count)) == short && !patronymicParticles.contains(long[cut - 1])
  }
}
