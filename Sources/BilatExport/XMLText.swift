/// XML 1.0 escaping for GraphML. Characters XML 1.0 cannot hold at all (most C0 controls,
/// U+FFFE, U+FFFF) become U+FFFD, so the document is always well-formed.
enum XMLText {
  /// Text content: `&`, `<` and `>` escaped.
  static func content(_ text: String) -> String {
    escape(text, quotes: false)
  }

  /// A double-quoted attribute value, quotes and line breaks escaped too.
  static func attribute(_ text: String) -> String {
    "\"" + escape(text, quotes: true) + "\""
  }

  private static func escape(_ text: String, quotes: Bool) -> String {
    var clean = true
    for byte in text.utf8
    where byte < 0x20 || byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0xEF {
      clean = false
      break
    }
    if clean { return text }
    var output = ""
    output.reserveCapacity(text.utf8.count + 16)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "\"" where quotes: output += "&quot;"
      case "\n" where quotes: output += "&#10;"
      case "\r": output += "&#13;"
      case "\t" where quotes: output += "&#9;"
      case "\n", "\t": output.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
          output += "\u{FFFD}"
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    return output
  }
}
