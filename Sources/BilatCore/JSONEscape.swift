/// How text is escaped inside a JSON string, the one table for every JSON writer in Bilat
/// (stored `props`, export files, query results): RFC 8259's short escapes for `"`, `\`, and the
/// five control characters that have one, `\u00XX` in lower-case hex for the other characters
/// below U+0020 (U+0000 included, so no string is cut), everything else as its UTF-8. It is the
/// form SQLite's `json_quote` writes, so a string escaped here equals the one SQL builds.
public enum JSONEscape {
  /// Whether the UTF-8 code unit `byte` must be escaped inside a JSON string. No byte of a
  /// multi-byte sequence is below 0x80, so escaping byte by byte never splits a character.
  @inlinable
  public static func needsEscape(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x22 || byte == 0x5C }

  /// The escape sequence for a byte for which ``needsEscape(_:)`` holds.
  public static func sequence(for byte: UInt8) -> String {
    switch byte {
    case 0x22: return "\\\""
    case 0x5C: return "\\\\"
    case 0x0A: return "\\n"
    case 0x0D: return "\\r"
    case 0x09: return "\\t"
    case 0x08: return "\\b"
    case 0x0C: return "\\f"
    default:
      let hex = Array("0123456789abcdef".utf8)
      return String(decoding: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]], as: UTF8.self)
    }
  }

  /// Walks the inside of a JSON string for `bytes` (UTF-8): `verbatim` receives each run that
  /// needs no escape, `escaped` each escape sequence, in order.
  public static func forEachPiece(
    of bytes: UnsafeBufferPointer<UInt8>,
    verbatim: (UnsafeBufferPointer<UInt8>) throws -> Void,
    escaped: (String) throws -> Void
  ) rethrows {
    var runStart = 0
    for index in 0..<bytes.count where needsEscape(bytes[index]) {
      if runStart < index { try verbatim(UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
      try escaped(sequence(for: bytes[index]))
      runStart = index + 1
    }
    if runStart < bytes.count { try verbatim(UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count])) }
  }

  /// Appends `text` to `out` as a quoted JSON string.
  public static func appendQuoted(_ text: String, to out: inout String) {
    var text = text
    out += "\""
    text.withUTF8 { bytes in
      forEachPiece(of: bytes, verbatim: { out += String(decoding: $0, as: UTF8.self) }, escaped: { out += $0 })
    }
    out += "\""
  }
}
