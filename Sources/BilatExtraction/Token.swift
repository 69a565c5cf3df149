/// A word or punctuation mark of a sentence, with its UTF-16 span in the article text.
public struct Token: Sendable, Equatable {
  public enum Kind: Sendable, Equatable { case word, number, punctuation }
  public var kind: Kind
  /// The token as written.
  public var text: String
  /// Lowercased, for lexicon lookup.
  public var lower: String
  /// UTF-16 offset of the first code unit in the article text.
  public var start: Int
  /// UTF-16 offset past the last code unit.
  public var end: Int

  /// True when the first character is an uppercase letter.
  public var isCapitalized: Bool
  /// True when every letter is uppercase and there are at least two letters.
  public var isAllCaps: Bool
  /// Word-class bits used by the rules (see `WordClass`).
  var flags: UInt32 = 0

  public var isWord: Bool { kind == .word }
  /// A dash of any kind (hyphen-minus, en dash, em dash) standing alone.
  public var isDash: Bool {
    kind == .punctuation && (text == "-" || text == "–" || text == "—" || text == "‑" || text == "--")
  }
}

/// Splits UTF-16 text into tokens. Words keep inner hyphens, apostrophes and acronym periods
/// ("Kassym-Jomart", "U.S."); a possessive "'s" becomes its own token.
public enum Tokenizer {
  /// Tokens of `units[range]`, with offsets in `units`.
  public static func tokenize(_ units: [UInt16], _ range: Range<Int>) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity((range.count / 5) + 4)
    var i = range.lowerBound
    let end = range.upperBound
    while i < end {
      let c = units[i]
      if TextClass.isSpace(c) {
        i += 1
        continue
      }
      if TextClass.isWordUnit(c) {
        let s = i
        var j = i + 1
        while j < end {
          let u = units[j]
          if TextClass.isWordUnit(u) {
            j += 1
          } else if (u == 0x2D || u == 0x2011) && j + 1 < end && TextClass.isWordUnit(units[j + 1]) {
            j += 1  // inner hyphen
          } else if (u == 0x27 || u == 0x2019) && j + 1 < end && TextClass.isLetter(units[j + 1]) {
            // possessive 's stays apart; other inner apostrophes (Xi'an, O'Brien) join
            if (units[j + 1] == 0x73 || units[j + 1] == 0x53) && (j + 2 >= end || !TextClass.isWordUnit(units[j + 2])) {
              break
            }
            j += 1
          } else if u == 0x2E && j + 1 < end && TextClass.isUpperASCII(units[j + 1]) && j - s == 1
            && TextClass.isUpperASCII(units[j - 1])
          {
            j += 1  // acronym with periods: U.S, U.N
          } else if (u == 0x2E || u == 0x2C || u == 0x2F) && j + 1 < end && TextClass.isDigit(units[j + 1])
            && TextClass.isDigit(units[j - 1])
          {
            j += 1  // 24.2, 1,000 or a date written 01/15/2009
          } else {
            break
          }
        }
        // keep the final period of an acronym such as U.S.
        if j < end && units[j] == 0x2E && j - s >= 3 && units[j - 2] == 0x2E { j += 1 }
        tokens.append(make(units, s, j))
        i = j
        continue
      }
      if (c == 0x27 || c == 0x2019) && i + 1 < end && (units[i + 1] == 0x73 || units[i + 1] == 0x53)
        && (i + 2 >= end || !TextClass.isWordUnit(units[i + 2])) && !tokens.isEmpty && tokens[tokens.count - 1].end == i
      {
        // the possessive reads the same with either apostrophe ("Australia’s", "Australia's")
        var possessive = make(units, i, i + 2, kind: .word)
        possessive.lower = "'s"
        possessive.flags = WordClass.table["'s"] ?? 0
        tokens.append(possessive)
        i += 2
        continue
      }
      if c == 0x2D && i + 1 < end && units[i + 1] == 0x2D {
        tokens.append(make(units, i, i + 2, kind: .punctuation))
        i += 2
        continue
      }
      let len = TextClass.isHighSurrogate(c) && i + 1 < end ? 2 : 1
      tokens.append(make(units, i, i + len, kind: .punctuation))
      i += len
    }
    return tokens
  }

  static func make(_ units: [UInt16], _ s: Int, _ e: Int, kind: Token.Kind? = nil) -> Token {
    var k = kind ?? .word
    if kind == nil, TextClass.isDigit(units[s]) { k = .number }
    // Fast path: ASCII tokens (most of them) are built and lowercased byte by byte.
    var ascii = true
    var uppers = 0
    var letters = 0
    for i in s..<e {
      let u = units[i]
      if u >= 0x80 {
        ascii = false
        break
      }
      if (u >= 0x41 && u <= 0x5A) {
        uppers += 1
        letters += 1
      } else if u >= 0x61 && u <= 0x7A {
        letters += 1
      }
    }
    if ascii {
      let n = e - s
      let text = String(unsafeUninitializedCapacity: n) { buf in
        for i in 0..<n { buf[i] = UInt8(truncatingIfNeeded: units[s + i]) }
        return n
      }
      let lower =
        uppers == 0
        ? text
        : String(unsafeUninitializedCapacity: n) { buf in
          for i in 0..<n {
            let u = UInt8(truncatingIfNeeded: units[s + i])
            buf[i] = u >= 0x41 && u <= 0x5A ? u + 32 : u
          }
          return n
        }
      let first = units[s]
      return Token(
        kind: k, text: text, lower: lower, start: s, end: e, isCapitalized: first >= 0x41 && first <= 0x5A,
        isAllCaps: letters >= 2 && uppers == letters, flags: k == .word ? WordClass.table[lower] ?? 0 : 0)
    }
    return makeSlow(units, s, e, kind: k)
  }

  static func makeSlow(_ units: [UInt16], _ s: Int, _ e: Int, kind: Token.Kind) -> Token {
    let text = UTF16Text.string(units, s..<e)
    let k = kind
    let first = units[s]
    let cap = TextClass.isUpper(first)
    var letters = 0
    var uppers = 0
    var ascii = true
    for u in units[s..<e] {
      if u >= 0x80 { ascii = false }
      if TextClass.isLetter(u) {
        letters += 1
        if TextClass.isUpper(u) { uppers += 1 }
      }
    }
    let lower = uppers == 0 && ascii ? text : text.lowercased()
    return Token(
      kind: k, text: text, lower: lower, start: s, end: e, isCapitalized: cap,
      isAllCaps: letters >= 2 && uppers == letters, flags: k == .word ? WordClass.table[lower] ?? 0 : 0)
  }
}

/// Character classes on UTF-16 code units (fast paths for ASCII, Foundation-free).
enum TextClass {
  @inline(__always) static func isSpace(_ u: UInt16) -> Bool {
    u == 0x20 || u == 0x0A || u == 0x09 || u == 0x0D || u == 0xA0 || u == 0x2009 || u == 0x202F || u == 0x200B
      || u == 0x3000
  }
  @inline(__always) static func isDigit(_ u: UInt16) -> Bool { u >= 0x30 && u <= 0x39 }
  @inline(__always) static func isUpperASCII(_ u: UInt16) -> Bool { u >= 0x41 && u <= 0x5A }
  @inline(__always) static func isHighSurrogate(_ u: UInt16) -> Bool { u >= 0xD800 && u <= 0xDBFF }
  @inline(__always) static func isLetter(_ u: UInt16) -> Bool {
    if u < 0x80 { return (u >= 0x41 && u <= 0x5A) || (u >= 0x61 && u <= 0x7A) }
    if u == 0xD7 || u == 0xF7 { return false }
    return (u >= 0xC0 && u <= 0x24F) || (u >= 0x370 && u <= 0x52F) || (u >= 0x1E00 && u <= 0x1EFF)
      || (u >= 0x4E00 && u <= 0x9FFF) || u == 0x2BC || u == 0x2BB
  }
  @inline(__always) static func isWordUnit(_ u: UInt16) -> Bool { isDigit(u) || isLetter(u) }
  @inline(__always) static func isUpper(_ u: UInt16) -> Bool {
    if u < 0x80 { return u >= 0x41 && u <= 0x5A }
    if u >= 0xC0 && u <= 0xDE { return u != 0xD7 }
    if u >= 0x100 && u <= 0x17F { return u % 2 == 0 }
    if u >= 0x400 && u <= 0x42F { return true }
    if u >= 0x391 && u <= 0x3A9 { return true }
    return false
  }
}

/// Fast UTF-16 → String conversion (the standard one goes through a slow generic path).
enum UTF16Text {
  /// The string for `units[range]`; unpaired surrogates become U+FFFD.
  static func string(_ units: [UInt16], _ range: Range<Int>) -> String {
    var ascii = true
    for i in range where units[i] >= 0x80 {
      ascii = false
      break
    }
    if ascii {
      return String(unsafeUninitializedCapacity: range.count) { buf in
        var n = 0
        for i in range {
          buf[n] = UInt8(truncatingIfNeeded: units[i])
          n += 1
        }
        return n
      }
    }
    return String(unsafeUninitializedCapacity: range.count * 3) { buf in
      var n = 0
      var i = range.lowerBound
      while i < range.upperBound {
        var c = UInt32(units[i])
        i += 1
        if c >= 0xD800 && c <= 0xDBFF, i < range.upperBound, units[i] >= 0xDC00 && units[i] <= 0xDFFF {
          c = 0x10000 + ((c - 0xD800) << 10) + (UInt32(units[i]) - 0xDC00)
          i += 1
        } else if c >= 0xD800 && c <= 0xDFFF {
          c = 0xFFFD
        }
        if c < 0x80 {
          buf[n] = UInt8(c)
          n += 1
        } else if c < 0x800 {
          buf[n] = UInt8(0xC0 | (c >> 6))
          buf[n + 1] = UInt8(0x80 | (c & 0x3F))
          n += 2
        } else if c < 0x10000 {
          buf[n] = UInt8(0xE0 | (c >> 12))
          buf[n + 1] = UInt8(0x80 | ((c >> 6) & 0x3F))
          buf[n + 2] = UInt8(0x80 | (c & 0x3F))
          n += 3
        } else {
          // a surrogate pair is two units, so the buffer (3 bytes per unit) has room for 4
          buf[n] = UInt8(0xF0 | (c >> 18))
          buf[n + 1] = UInt8(0x80 | ((c >> 12) & 0x3F))
          buf[n + 2] = UInt8(0x80 | ((c >> 6) & 0x3F))
          buf[n + 3] = UInt8(0x80 | (c & 0x3F))
          n += 4
        }
      }
      return n
    }
  }
}
