/// XML 1.0 escaping for short strings (GraphML header attributes), with the rules of
/// `TextOutput.writeXMLEscaped`.
enum XMLText {
  /// A double-quoted attribute value.
  static func attribute(_ text: String) -> String {
    let output = TextOutput()
    // Writing to memory cannot fail.
    try? output.writeXMLEscaped(text, attribute: true)
    return "\"" + output.text + "\""
  }
}
