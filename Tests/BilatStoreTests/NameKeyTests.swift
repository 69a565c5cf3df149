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
}
