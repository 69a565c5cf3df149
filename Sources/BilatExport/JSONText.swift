/// JSON text helpers for short strings, with the rules of `TextOutput.writeJSONString`.
enum JSONText {
  /// `string` as a quoted JSON string.
  static func quoted(_ string: String) -> String {
    let output = TextOutput()
    // Writing to memory cannot fail.
    try? output.writeJSONString(string)
    return output.text
  }

  /// Shortest text that reads back as the same Double, always with a '.' or an exponent
  /// ("1.0", "0.1", "1e-05", "1.5e+20"); null for non-finite values, which JSON cannot hold.
  static func format(_ d: Double) -> String {
    d.isFinite ? String(d) : "null"
  }
}
