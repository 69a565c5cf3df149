extension TextOutput {
  /// Appends `text` escaped for XML 1.0 content (`attribute: false`) or a double-quoted
  /// attribute value (`attribute: true`). Same rules as `XMLText`: characters XML 1.0 cannot
  /// hold (C0 controls other than tab, line feed and carriage return; U+FFFE; U+FFFF) become U+FFFD.
  func writeXMLEscaped(_ text: String, attribute: Bool = false) throws {
    var text = text
    try text.withUTF8 { bytes in
      var runStart = 0
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        var replacement: StaticString?
        var width = 1
        switch byte {
        case 0x26: replacement = "&amp;"
        case 0x3C: replacement = "&lt;"
        case 0x3E: replacement = "&gt;"
        case 0x22 where attribute: replacement = "&quot;"
        case 0x0A where attribute: replacement = "&#10;"
        case 0x09 where attribute: replacement = "&#9;"
        case 0x0D: replacement = "&#13;"
        case 0x09, 0x0A: break
        case 0x00..<0x20: replacement = "\u{FFFD}"
        case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
          replacement = "\u{FFFD}"
          width = 3
        default: break
        }
        if let replacement {
          if runStart < index { try write(bytes: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
          try write(literal: replacement)
          runStart = index + width
        }
        index += width
      }
      if runStart < bytes.count { try write(bytes: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count])) }
    }
  }
}
