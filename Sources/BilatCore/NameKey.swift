import Foundation

/// Normalized lookup keys for names and aliases.
///
/// Two levels: ``normalized(_:)`` folds only typography (case, diacritics, dash and quote
/// variants, white space), so "Nur Zholy–Khorgos" and "nur zholy-khorgos" meet;
/// ``transliterationFolded(_:)`` additionally folds spelling variants common in
/// romanized Kazakh, Russian and Chinese names (kh/h, zh/j, q/k, -yev/-ev, double letters),
/// so "Khorgos"/"Horgos" and "Toqayev"/"Tokayev" meet.
///
/// Both run over Unicode scalars (Foundation only to decompose non-ASCII letters): they sit on
/// the hot path of bulk import and extraction.
public enum NameKey {
  /// Typography-folded key: lowercase, no diacritics, one kind of dash, apostrophe and space.
  public static func normalized(_ text: String) -> String {
    if let ascii = asciiNormalized(text) { return ascii }
    var out = String.UnicodeScalarView()
    var pendingSpace = false
    func emit(_ scalar: Unicode.Scalar) {
      if pendingSpace && !out.isEmpty { out.append(" ") }
      pendingSpace = false
      out.append(scalar)
    }
    for scalar in text.unicodeScalars {
      if scalar.isASCII {
        switch scalar.value {
        case 0x41...0x5A: emit(Unicode.Scalar(scalar.value + 0x20) ?? scalar)
        case 0x09, 0x0A, 0x0D, 0x20: pendingSpace = true
        case 0x60: emit("'")
        default: emit(scalar)
        }
        continue
      }
      if let folded = fold(scalar) {
        for s in folded.unicodeScalars { emit(s) }
        continue
      }
      if scalar.properties.isWhitespace {
        pendingSpace = true
        continue
      }
      // Strip diacritics: decompose and drop combining marks, then lowercase.
      for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
      where part.properties.generalCategory != .nonspacingMark {
        for lower in part.properties.lowercaseMapping.unicodeScalars { emit(lower) }
      }
    }
    return String(out)
  }

  /// Both keys of `text`: ``normalized(_:)`` and ``transliterationFolded(_:)``, the second
  /// computed from the first (bulk import computes both for every name).
  public static func keys(_ text: String) -> (normalized: String, folded: String) {
    let key = normalized(text)
    return (key, folded(normalized: key))
  }

  /// ``normalized(_:)`` of all-ASCII text, byte by byte (the same result as the scalar loop);
  /// nil when `text` has a non-ASCII byte.
  private static func asciiNormalized(_ text: String) -> String? {
    let result = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
      var failed = false
      let string = String(unsafeUninitializedCapacity: bytes.count) { out -> Int in
        var count = 0
        var pendingSpace = false
        for byte in bytes {
          let lowered: UInt8
          switch byte {
          case 0x80...:
            failed = true
            return 0
          case 0x41...0x5A: lowered = byte + 0x20
          case 0x09, 0x0A, 0x0D, 0x20:
            pendingSpace = true
            continue
          case 0x60: lowered = 0x27
          default: lowered = byte
          }
          if pendingSpace && count > 0 {
            out[count] = 0x20
            count += 1
          }
          pendingSpace = false
          out[count] = lowered
          count += 1
        }
        return count
      }
      return failed ? nil : string
    }
    return result ?? nil
  }

  /// Typographic variants and letters that decomposition does not fold.
  private static func fold(_ scalar: Unicode.Scalar) -> String? {
    switch scalar.value {
    case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return "-"
    case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x02BB, 0x00B4: return "'"
    case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB: return "\""
    case 0x0131: return "i"  // dotless i (Türkiye, Kazakh Latin)
    case 0x0130: return "i"
    case 0x00DF: return "ss"
    case 0x00E6, 0x00C6: return "ae"
    case 0x00F8, 0x00D8: return "o"
    case 0x0142, 0x0141: return "l"
    case 0x0111, 0x0110: return "d"
    // Kazakh Cyrillic letters, folded onto their Russian neighbours.
    case 0x04D9, 0x04D8: return "а"
    case 0x0493, 0x0492: return "г"
    case 0x049B, 0x049A: return "к"
    case 0x04A3, 0x04A2: return "н"
    case 0x04E9, 0x04E8: return "о"
    case 0x04B1, 0x04B0, 0x04AF, 0x04AE: return "у"
    case 0x04BB, 0x04BA: return "х"
    case 0x0456, 0x0406: return "и"
    default: return nil
    }
  }

  /// Spelling-variant rules, applied in order to the normalized ASCII letters: each with the bit
  /// of its first letter and the bits of the letters it writes (see ``foldSpellings(_:_:)``).
  private static let rules: [(from: [UInt8], to: [UInt8], first: UInt32, added: UInt32)] = [
    ("dzh", "j"), ("kh", "h"), ("gh", "g"), ("zh", "j"), ("q", "k"), ("ck", "k"), ("yev", "ev"), ("iev", "ev"),
    ("ph", "f"), ("w", "v"), ("yu", "iu"), ("ya", "ia"), ("y", "i"), ("ee", "i"), ("ou", "u"), ("ts", "c"),
    ("x", "ks"),
  ].map { from, to in
    let bit = { (byte: UInt8) -> UInt32 in 1 << UInt32(byte - 0x61) }
    return (Array(from.utf8), Array(to.utf8), from.utf8.first.map(bit) ?? 0, to.utf8.reduce(0) { $0 | bit($1) })
  }

  /// Transliteration-folded key used to meet spelling variants of the same name.
  ///
  /// Deliberately lossy; callers must not merge two entities on this key alone when
  /// their other attributes (first names, titles, countries) disagree.
  public static func transliterationFolded(_ text: String) -> String {
    folded(normalized: normalized(text))
  }

  /// ``transliterationFolded(_:)`` of text whose ``normalized(_:)`` key is `normalizedText`.
  private static func folded(normalized normalizedText: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(normalizedText.utf8.count)
    for scalar in normalizedText.unicodeScalars {
      if scalar.isASCII {
        let v = UInt8(scalar.value)
        if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) {
          bytes.append(v)
        } else if v == 0x20 || v == 0x2D {
          if bytes.last != 0x20 && !bytes.isEmpty { bytes.append(0x20) }
        }
      } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        bytes.append(contentsOf: String(scalar).utf8)
      }
    }
    var scratch: [UInt8] = []
    foldSpellings(&bytes, &scratch)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The last steps of ``transliterationFolded(_:)``, in place on `bytes` (letters, digits and
  /// single spaces): the trailing space dropped, the spelling ``rules`` applied in order, doubled
  /// letters collapsed. `scratch` is working space.
  static func foldSpellings(_ bytes: inout [UInt8], _ scratch: inout [UInt8]) {
    if bytes.last == 0x20 { bytes.removeLast() }
    scratch.reserveCapacity(bytes.count + 8)
    // The ASCII letters present (a superset once a rule has replaced some): a rule whose first
    // letter is absent cannot match, and most names meet only a few of the rules.
    var letters: UInt32 = 0
    for byte in bytes where byte >= 0x61 && byte <= 0x7A { letters |= 1 << UInt32(byte - 0x61) }
    for (from, to, first, added) in rules where letters & first != 0 {
      if replaceAll(&bytes, &scratch, from, to) { letters |= added }
    }
    // Collapse doubled letters ("Abdullah"/"Abdulah").
    var kept = 0
    for index in bytes.indices {
      let byte = bytes[index]
      if kept == 0 || byte != bytes[kept - 1] || byte >= 0x80 {
        bytes[kept] = byte
        kept += 1
      }
    }
    bytes.removeLast(bytes.count - kept)
  }

  /// Replaces every occurrence of `from` in `bytes` by `to`, left to right, using `scratch`
  /// (swapped with `bytes`) instead of allocating; untouched (false) when `from` does not occur.
  @discardableResult
  private static func replaceAll(_ bytes: inout [UInt8], _ scratch: inout [UInt8], _ from: [UInt8], _ to: [UInt8])
    -> Bool
  {
    let count = bytes.count
    let width = from.count
    guard count >= width, let first = from.first else { return false }
    @inline(__always) func matches(_ i: Int) -> Bool {
      guard bytes[i] == first, i + width <= count else { return false }
      for k in 1..<width where bytes[i + k] != from[k] { return false }
      return true
    }
    var i = 0
    while i < count && !matches(i) { i += 1 }
    guard i < count else { return false }
    scratch.removeAll(keepingCapacity: true)
    scratch.append(contentsOf: bytes[0..<i])
    while i < count {
      if matches(i) {
        scratch.append(contentsOf: to)
        i += width
      } else {
        scratch.append(bytes[i])
        i += 1
      }
    }
    swap(&bytes, &scratch)
    return true
  }
}
