extension NameKey {
  /// ``transliterationFolded(_:)`` of the UTF-8 text `text`, written into `key` (its contents
  /// replaced); `scratch` is working space the caller keeps from call to call.
  ///
  /// All-ASCII text is folded byte by byte into the caller's buffers: a bulk import computes
  /// the key of every name it loads, and the string path allocates five times per name. Other
  /// text goes through ``transliterationFolded(_:)``; both give the same bytes.
  public static func transliterationFolded(
    utf8 text: UnsafeBufferPointer<UInt8>, into key: inout [UInt8], scratch: inout [UInt8]
  ) {
    key.removeAll(keepingCapacity: true)
    for byte in text {
      switch byte {
      case 0x80...:
        key.removeAll(keepingCapacity: true)
        key.append(contentsOf: transliterationFolded(String(decoding: text, as: UTF8.self)).utf8)
        return
      case 0x41...0x5A: key.append(byte + 0x20)
      case 0x61...0x7A, 0x30...0x39: key.append(byte)
      // White space (which ``normalized(_:)`` makes one space) and the dash separate words,
      // once and never first; any other ASCII character is dropped, as the string path does.
      case 0x09, 0x0A, 0x0D, 0x20, 0x2D:
        if let last = key.last, last != 0x20 { key.append(0x20) }
      default: continue
      }
    }
    foldSpellings(&key, &scratch)
  }
}
