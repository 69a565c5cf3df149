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
}
