import BilatCore
import Testing

@Suite struct NameKeyTests {
  @Test(arguments: [
    ("Nur Zholy–Khorgos", "nur zholy-khorgos"),
    ("  ALIKHAN\tSmailov ", "alikhan smailov"),
    ("Türkiye", "turkiye"),
    ("Qazaqstan’s", "qazaqstan's"),
    ("«Samruk-Kazyna»", "\"samruk-kazyna\""),
    ("Ақорда", "акорда"),
    ("Kassym-Jomart Tokayev", "kassym-jomart tokayev"),
    ("ISTANBUL", "istanbul"),
  ])
  func normalizedFoldsTypography(input: String, expected: String) {
    #expect(NameKey.normalized(input) == expected)
  }

  @Test(arguments: [
    ("Khorgos", "Horgos"), ("Toqayev", "Tokayev"), ("Tokaev", "Tokayev"), ("Aqtau", "Aktau"),
    ("Karaganda", "Qaraghanda"),
    ("Nur Zholy–Khorgos", "Nur Zholy-Horgos"), ("Smaiylov", "Smailov"), ("Zhanaozen", "Janaozen"),
  ])
  func transliterationFoldingMeetsVariants(a: String, b: String) {
    #expect(NameKey.transliterationFolded(a) == NameKey.transliterationFolded(b))
  }

  @Test(arguments: [("Li Qiang", "Li Keqiang"), ("Smailov", "Skliar"), ("Astana", "Almaty")])
  func transliterationFoldingKeepsDifferentNamesApart(a: String, b: String) {
    #expect(NameKey.transliterationFolded(a) != NameKey.transliterationFolded(b))
  }

  /// ASCII names take a byte path; the same name with one non-ASCII letter takes the scalar path.
  /// Both must fold white space, case and the backtick alike.
  @Test(arguments: [
    ("  Ding \t Xuexiang`s", "ding xuexiang's"), ("A\u{0}B", "a\u{0}b"), ("", ""), (" \r\n ", ""),
    ("O'Neil-SMITH  Jr.", "o'neil-smith jr."),
  ])
  func asciiAndScalarPathsAgree(input: String, expected: String) {
    #expect(NameKey.normalized(input) == expected)
    #expect(NameKey.normalized(input + "é") == expected + "e")
  }

  /// Pinned folded keys (the rules applied in order, then doubled letters collapsed), and `keys`
  /// gives exactly what the two functions give.
  @Test(arguments: [
    ("Dzhaksybekov", "jaksibekov"), ("Xi Jinping", "ksi jinping"), ("Abdullah Yusupov", "abdulah iusupov"),
    ("Tsvetkova-Kholodova", "cvetkova holodova"), ("Ақорда", "акорда"), ("Phuong Khoo", "fuong ho"),
  ])
  func foldedKeysArePinned(input: String, folded: String) {
    #expect(NameKey.transliterationFolded(input) == folded)
    let keys = NameKey.keys(input)
    #expect(keys.normalized == NameKey.normalized(input))
    #expect(keys.folded == folded)
  }

  /// The byte path the importer takes (``NameKey/transliterationFolded(utf8:into:scratch:)``)
  /// gives the string path's key for every text: pinned names, and 20,000 texts drawn from
  /// pieces that exercise each rule, white space, punctuation, case and non-ASCII letters.
  @Test func bytePathAgreesWithStringPath() {
    let pieces = [
      "a", "E", "i", "o", "u", "y", "Y", "k", "h", "z", "s", "t", "c", "x", "w", "q", "n", "l", "0", "7",
      "dzh", "KH", "gh", "Zh", "ck", "yev", "iev", "ph", "yu", "ya", "ee", "ou", "ts", "ll",
      " ", "  ", "\t", "\n", "\r", "-", "'", "`", ".", ",", "(", "\u{0}", "\u{0B}",
      "é", "Ә", "ü", "–", "’", "ı", "ß", "Ақ", "中",
    ]
    var texts = ["", " ", "Dzhaksybekov", "Xi Jinping", "Tsvetkova-Kholodova", "  Ding \t Xuexiang`s", "Ақорда"]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<20_000 {
      var text = ""
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      for step in 0..<Int(state >> 60) {
        let draw = (state >> UInt64(4 * (step % 12))) ^ UInt64(step) &* 0x2545_F491_4F6C_DD1D
        text += pieces[Int(draw % UInt64(pieces.count))]
      }
      texts.append(text)
    }
    var key: [UInt8] = []
    var scratch: [UInt8] = []
    for text in texts {
      var copy = text
      copy.withUTF8 { NameKey.transliterationFolded(utf8: $0, into: &key, scratch: &scratch) }
      #expect(String(decoding: key, as: UTF8.self) == NameKey.transliterationFolded(text), "\(text.debugDescription)")
    }
  }
}
