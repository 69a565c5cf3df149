import BilatCore

/// Deterministic JSON text for export: object keys sorted, strings escaped per RFC 8259,
/// non-ASCII text kept as UTF-8, integers and floats kept apart ("1" vs "1.0").
enum JSONText {
  /// Appends `string` as a quoted JSON string.
  static func appendString(_ string: String, to output: inout String) {
    output.append("\"")
    var needsEscape = false
    for byte in string.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C {
      needsEscape = true
      break
    }
    guard needsEscape else {
      output.append(string)
      output.append("\"")
      return
    }
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": output.append("\\\"")
      case "\\": output.append("\\\\")
      case "\n": output.append("\\n")
      case "\r": output.append("\\r")
      case "\t": output.append("\\t")
      case "\u{08}": output.append("\\b")
      case "\u{0C}": output.append("\\f")
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          output.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    output.append("\"")
  }

  /// Appends a property value. Non-finite floats, which JSON cannot hold, become null.
  static func appendValue(_ value: PropertyValue, to output: inout String) {
    switch value {
    case .null: output.append("null")
    case .bool(let b): output.append(b ? "true" : "false")
    case .int(let i): output.append(String(i))
    case .double(let d): output.append(format(d))
    case .string(let s): appendString(s, to: &output)
    case .list(let items):
      output.append("[")
      for (index, item) in items.enumerated() {
        if index > 0 { output.append(",") }
        appendValue(item, to: &output)
      }
      output.append("]")
    case .map(let map):
      appendObject(map.sorted { $0.key < $1.key }, to: &output)
    }
  }

  /// Appends an object whose members are already in order.
  static func appendObject(_ members: [(key: String, value: PropertyValue)], to output: inout String) {
    output.append("{")
    for (index, member) in members.enumerated() {
      if index > 0 { output.append(",") }
      appendString(member.key, to: &output)
      output.append(":")
      appendValue(member.value, to: &output)
    }
    output.append("}")
  }

  /// Shortest text that reads back as the same Double, always with a '.' or exponent.
  static func format(_ d: Double) -> String {
    guard d.isFinite else { return "null" }
    let text = String(d)  // "1.0", "0.1", "1e-05", "1.5e+20"
    return text
  }
}
