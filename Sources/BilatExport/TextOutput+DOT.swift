extension TextOutput {
  /// Appends UTF-8 text escaped for the inside of a DOT double-quoted label, byte by byte
  /// (every byte that needs escaping is ASCII, so multi-byte characters pass through intact).
  /// Same rules as `DOTStyle.quotedLabel`.
  func writeDOTEscaped(_ bytes: UnsafeBufferPointer<UInt8>) throws {
    var runStart = 0
    var index = 0
    var previousWasCR = false
    while index < bytes.count {
      let byte = bytes[index]
      let replacement: StaticString?
      switch byte {
      case 0x22: replacement = "\\\""
      case 0x5C: replacement = "\\\\"
      case 0x26: replacement = "&amp;"
      case 0x0D: replacement = "\\n"
      case 0x0A: replacement = previousWasCR ? "" : "\\n"
      case 0x00..<0x20, 0x7F: replacement = " "
      default: replacement = nil
      }
      previousWasCR = byte == 0x0D
      if let replacement {
        if runStart < index { try write(bytes: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
        try write(literal: replacement)
        runStart = index + 1
      }
      index += 1
    }
    if runStart < bytes.count { try write(bytes: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count])) }
  }

  /// Appends a Swift string escaped for a DOT label.
  func writeDOTEscaped(_ text: String) throws {
    var text = text
    try text.withUTF8 { try writeDOTEscaped($0) }
  }
}
