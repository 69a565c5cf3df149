import BilatCore

extension TextOutput {
  /// Appends `text` as a quoted JSON string (RFC 8259 escapes; other text as UTF-8).
  func writeJSONString(_ text: String) throws {
    var text = text
    try write(byte: UInt8(ascii: "\""))
    try text.withUTF8 { try writeJSONEscaped($0) }
    try write(byte: UInt8(ascii: "\""))
  }

  /// Appends UTF-8 bytes escaped for the inside of a JSON string (``JSONEscape``).
  func writeJSONEscaped(_ bytes: UnsafeBufferPointer<UInt8>) throws {
    try JSONEscape.forEachPiece(of: bytes, verbatim: { try write(bytes: $0) }, escaped: { try write($0) })
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
