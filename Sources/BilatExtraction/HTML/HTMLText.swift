/// White-space handling for text taken out of HTML.
enum HTMLText {
  /// `s` with runs of white space (including no-break spaces) made one space, and trimmed.
  static func collapse(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    var pendingSpace = false
    for scalar in s.unicodeScalars {
      if scalar.properties.isWhitespace || scalar == "\u{00A0}" || scalar == "\u{200B}" {
        pendingSpace = !out.isEmpty
        continue
      }
      if pendingSpace {
        out.unicodeScalars.append(" ")
        pendingSpace = false
      }
      out.unicodeScalars.append(scalar)
    }
    return out
  }
}
