import BilatCore
import Foundation
import GRDB
import Testing

/// `JSONEscape` is the one escape table of Bilat's JSON writers; it must write what SQLite's
/// `json_quote` writes, since stored `props` are compared and searched in SQL.
@Suite struct JSONEscapeTests {
  static let texts: [String] = [
    "", "plain", "quote \" and backslash \\", "tab\tnew\nline\rreturn", "\u{08}\u{0C}",
    "nul\u{0}inside", "\u{1}\u{1F}\u{7F}", "Nur Zholy–Khorgos", "Қазақстан 中国 🇰🇿", "/slash/",
  ]

  @Test(arguments: texts)
  func quotedTextEqualsSQLiteJSONQuote(text: String) throws {
    var ours = ""
    JSONEscape.appendQuoted(text, to: &ours)
    let sqlite = try DatabaseQueue().read { db in
      // bound as a blob cast to text so that U+0000 is not cut at the binding
      try String.fetchOne(db, sql: "SELECT json_quote(CAST(? AS TEXT))", arguments: [Data(text.utf8)])
    }
    #expect(ours == sqlite)
  }

  @Test func escapesArePinned() {
    var out = ""
    JSONEscape.appendQuoted("\"\\\n\r\t\u{08}\u{0C}\u{0}\u{1B}é", to: &out)
    #expect(out == #""\"\\\n\r\t\b\f\u0000\u001bé""#)
    #expect((0...255).filter { JSONEscape.needsEscape(UInt8($0)) }.count == 34)
  }
}
