import BilatCore

extension TextOutput {
  /// Appends `text` as a quoted JSON string (RFC 8259 escapes; other text as UTF-8).
  func writeJSONString(_ text: String) throws {
    var text = text
    try write(byte: UInt8(ascii: "\""))
    try text.withUTF8 { try writeJSONEscaped($0) }
    try write(byte: UInt8(ascii: "\""))
  }

  /// Appends UTF-8 bytes escaped for the inside of a JSON string.
  func writeJSONEscaped(_ bytes: UnsafeBufferPointer<UInt8>) throws {
    var runStart = 0
    for index in 0..<bytes.count {
      let byte = bytes[index]
      guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
      if runStart < index { try write(bytes: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
      switch byte {
      case 0x22: try write(literal: "\\\"")
      case 0x5C: try write(literal: "\\\\")
      case 0x0A: try write(literal: "\\n")
      case 0x0D: try write(literal: "\\r")
      case 0x09: try write(literal: "\\t")
      case 0x08: try write(literal: "\\b")
      case 0x0C: try write(literal: "\\f")
      default:
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        try write(literal: "\\u00")
        try write(byte: hex[Int(byte >> 4)])
        try write(byte: hex[Int(byte & 0xF)])
      }
      runStart = index + 1
    }
    if runStart < bytes.count { try write(bytes: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count])) }
  }

  /// Appends a property value as JSON (map keys sorted; non-finite floats as null).
  func writeJSONValue(_ value: PropertyValue) throws {
    switch value {
    case .null: try write(literal: "null")
    case .bool(let b): try write(literal: b ? "true" : "false")
    case .int(let i): try write(decimal: i)
    case .double(let d): try write(JSONText.format(d))
    case .string(let s): try writeJSONString(s)
    case .list(let items):
      try write(byte: UInt8(ascii: "["))
      for (index, item) in items.enumerated() {
        if index > 0 { try write(byte: UInt8(ascii: ",")) }
        try writeJSONValue(item)
      }
      try write(byte: UInt8(ascii: "]"))
    case .map(let map):
      try writeJSONObject(map.sorted { $0.key < $1.key })
    }
  }

  /// Appends an object whose members are already in order.
  func writeJSONObject(_ members: [(key: String, value: PropertyValue)]) throws {
    try write(byte: UInt8(ascii: "{"))
    for (index, member) in members.enumerated() {
      if index > 0 { try write(byte: UInt8(ascii: ",")) }
      try writeJSONString(member.key)
      try write(byte: UInt8(ascii: ":"))
      try writeJSONValue(member.value)
    }
    try write(byte: UInt8(ascii: "}"))
  }

  /// Appends an array of strings.
  func writeJSONStrings(_ strings: [String]) throws {
    try write(byte: UInt8(ascii: "["))
    for (index, string) in strings.enumerated() {
      if index > 0 { try write(byte: UInt8(ascii: ",")) }
      try writeJSONString(string)
    }
    try write(byte: UInt8(ascii: "]"))
  }
}
