import Foundation

/// Normalized lookup keys for names and aliases.
///
/// Two levels: ``normalized(_:)`` folds only typography (case, diacritics, dash and quote
/// variants, white space), so "Nur Zholy–Khorgos" and "nur zholy-khorgos" meet;
/// ``transliterationFolded(_:)`` additionally folds spelling variants common in
/// romanized Kazakh, Russian and Chinese names (kh/h, zh/j, q/k, -yev/-ev, double letters),
/// so "Khorgos"/"Horgos" and "Toqayev"/"Tokayev" meet.
public enum NameKey {
  /// Typography-folded key: lowercase, no diacritics, one kind of dash, apostrophe and space.
  public static func normalized(_ text: String) -> String {
    let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    var out = String.UnicodeScalarView()
    var lastWasSpace = true
    for scalar in folded.unicodeScalars {
      switch scalar {
      case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}", "\u{FE58}",
        "\u{FE63}", "\u{FF0D}":
        out.append("-")
        lastWasSpace = false
      case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}", "\u{02BC}", "\u{02BB}", "`", "\u{00B4}":
        out.append("'")
        lastWasSpace = false
      case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}":
        out.append("\"")
        lastWasSpace = false
      default:
        if CharacterSet.whitespacesAndNewlines.contains(scalar) {
          if !lastWasSpace { out.append(" ") }
          lastWasSpace = true
        } else {
          out.append(scalar)
          lastWasSpace = false
        }
      }
    }
    var result = String(out)
    if result.hasSuffix(" ") { result.removeLast() }
    // Kazakh-specific letters that survive diacritic folding.
    let map: [Character: String] = ["ı": "i", "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и"]
    if result.contains(where: { map[$0] != nil }) {
      result = String(result.flatMap { map[$0].map(Array.init) ?? [$0] })
    }
    return result
  }

  /// Transliteration-folded key used to meet spelling variants of the same name.
  ///
  /// Deliberately lossy; callers must not merge two entities on this key alone when
  /// their other attributes (first names, titles, countries) disagree.
  public static func transliterationFolded(_ text: String) -> String {
    var s = normalized(text)
    s = String(s.filter { $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" })
    s = s.replacingOccurrences(of: "-", with: " ")
    let rules: [(String, String)] = [
      ("dzh", "j"), ("kh", "h"), ("zh", "j"), ("q", "k"), ("ck", "k"), ("yev", "ev"), ("iev", "ev"), ("yeva", "eva"),
      ("ph", "f"), ("w", "v"), ("yu", "iu"), ("ya", "ia"), ("y", "i"), ("ee", "i"), ("ou", "u"), ("ts", "c"),
      ("x", "ks"),
    ]
    for (from, to) in rules { s = s.replacingOccurrences(of: from, with: to) }
    // Collapse doubled letters ("Abdullah"/"Abdulah", "Tokayev"/"Tokaev").
    var collapsed = ""
    for ch in s where ch != collapsed.last || ch == " " { collapsed.append(ch) }
    return collapsed.split(separator: " ").joined(separator: " ")
  }
}
