import BilatCore

/// How DOT exports look: a shape and colour per node label, a colour per relationship type,
/// and the quoting that keeps any name valid and intact in DOT.
enum DOTStyle {
  struct NodeStyle: Equatable {
    var shape: String
    var fill: String
  }

  /// Styles of the ontology's labels, in the order that decides which label a node with
  /// several is drawn as.
  static let labelStyles: [(label: String, style: NodeStyle)] = [
    ("Person", NodeStyle(shape: "ellipse", fill: "#AED6F1")),
    ("Country", NodeStyle(shape: "doubleoctagon", fill: "#F5B7B1")),
    ("City", NodeStyle(shape: "house", fill: "#F9E79F")),
    ("Place", NodeStyle(shape: "invhouse", fill: "#FDEBD0")),
    ("Organization", NodeStyle(shape: "box", fill: "#D7BDE2")),
    ("Facility", NodeStyle(shape: "cylinder", fill: "#A3E4D7")),
    ("Project", NodeStyle(shape: "folder", fill: "#ABEBC6")),
    ("Agreement", NodeStyle(shape: "note", fill: "#FAD7A0")),
    ("Sector", NodeStyle(shape: "hexagon", fill: "#D5DBDB")),
    ("Meeting", NodeStyle(shape: "parallelogram", fill: "#F5CBA7")),
    ("Article", NodeStyle(shape: "tab", fill: "#EAEDED")),
  ]

  /// The style for labels nobody planned for.
  static let otherStyle = NodeStyle(shape: "ellipse", fill: "#FFFFFF")

  /// The label a node is drawn as: the first ontology label it has, else its first label.
  static func primaryLabel(_ labels: [String]) -> String? {
    for (label, _) in labelStyles where labels.contains(label) { return label }
    return labels.first
  }

  static func style(for label: String?) -> NodeStyle {
    guard let label else { return otherStyle }
    return labelStyles.first { $0.label == label }?.style ?? otherStyle
  }

  /// Edge colours of the ontology's relationship types; others are grey.
  static func edgeColor(_ type: String) -> StaticString {
    switch type {
    case "MET_WITH": return "#1F618D"
    case "ATTENDED": return "#5DADE2"
    case "DISCUSSED", "IN_SECTOR": return "#7D8C8D"
    case "AGREED", "SIGNED": return "#B9770E"
    case "CONCERNS": return "#1E8449"
    case "HOLDS_ROLE": return "#884EA0"
    case "LOCATED_IN", "HELD_IN": return "#A04000"
    default: return "#555555"
    }
  }

  /// `text` as a DOT double-quoted string for a label: quotes and backslashes escaped,
  /// line breaks as `\n`, other control characters as spaces, and `&` as `&amp;` (Graphviz
  /// decodes HTML entities in labels, so "&amp;" shows as "&" and "&nbsp;" stays literal).
  static func quotedLabel(_ text: String) -> String {
    var clean = true
    for byte in text.utf8 where byte < 0x20 || byte == 0x7F || byte == 0x22 || byte == 0x5C || byte == 0x26 {
      clean = false
      break
    }
    if clean { return "\"" + text + "\"" }
    var output = "\""
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      defer { previousWasCR = scalar == "\r" }
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "&": output += "&amp;"
      case "\r": output += "\\n"
      case "\n": if !previousWasCR { output += "\\n" }
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          output += " "
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    return output + "\""
  }

  /// The text shown for a node: its name (or title, or first alias, or label and id), plus
  /// its date for meetings and agreements.
  static func nodeCaption(_ node: NodeRecord, primaryLabel: String?) -> String {
    func shown(_ text: String?) -> String? {
      guard let text, text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { return nil }
      return text
    }
    var caption =
      shown(node.property("name")?.stringValue) ?? shown(node.property("title")?.stringValue)
      ?? shown(node.aliases.first) ?? "\(primaryLabel ?? "node") \(node.id)"
    if primaryLabel == "Meeting" || primaryLabel == "Agreement", let date = node.property("date").map(plain) {
      caption += "\n" + date
    }
    return caption
  }

  /// A property value as plain text (strings unquoted).
  static func plain(_ value: PropertyValue) -> String {
    value.stringValue ?? value.description
  }

  /// ``plain(_:)`` of a value given as its JSON text (from `props -> path`).
  static func plain(json: UnsafeBufferPointer<UInt8>) throws -> String {
    plain(try PropertyValue(json: String(decoding: json, as: UTF8.self)))
  }

  /// The text on an edge: its type, then its title (roles) and date when set.
  static func edgeCaption(_ relationship: RelationshipRecord) -> String {
    var caption = relationship.type
    if let title = relationship.property("title").map(plain), !title.isEmpty { caption += "\n" + title }
    if let date = relationship.property("date").map(plain), !date.isEmpty { caption += "\n" + date }
    return caption
  }
}
