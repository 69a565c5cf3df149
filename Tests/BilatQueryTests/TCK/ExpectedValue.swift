import Foundation

/// A value written in a TCK result table: Cypher literals plus node, relationship and path notation.
indirect enum ExpectedValue: Equatable {
  case null, bool(Bool), int(Int64), float(Double), string(String), nan
  case list([ExpectedValue])
  case map([String: ExpectedValue])
  case node(labels: Set<String>, properties: [String: ExpectedValue])
  case relationship(type: String, properties: [String: ExpectedValue])
  /// Nodes and relationships; `forward[i]` tells whether relationship i points from node i to node i+1.
  case path(nodes: [ExpectedValue], relationships: [ExpectedValue], forward: [Bool])

  static func parse(_ text: String) throws -> ExpectedValue {
    var parser = LiteralParser(Array(text.unicodeScalars))
    let value = try parser.value()
    parser.skipSpace()
    guard parser.atEnd else { throw LiteralParser.Failure(message: "trailing text in \(text)") }
    return value
  }
}

struct LiteralParser {
  struct Failure: Error { var message: String }
  var chars: [Unicode.Scalar]
  var i = 0
  init(_ chars: [Unicode.Scalar]) { self.chars = chars }

  var atEnd: Bool { i >= chars.count }
  mutating func skipSpace() { while i < chars.count, chars[i] == " " || chars[i] == "\n" { i += 1 } }
  mutating func accept(_ s: String) -> Bool {
    skipSpace()
    let u = Array(s.unicodeScalars)
    guard i + u.count <= chars.count, Array(chars[i..<i + u.count]) == u else { return false }
    i += u.count
    return true
  }
  mutating func expect(_ s: String) throws {
    guard accept(s) else { throw Failure(message: "expected \(s) at \(i)") }
  }

  mutating func value() throws -> ExpectedValue {
    skipSpace()
    guard i < chars.count else { throw Failure(message: "unexpected end") }
    let c = chars[i]
    if c == "'" || c == "\"" { return .string(try string(c)) }
    if c == "[" {
      i += 1
      if accept(":") { return try relationshipBody() }
      var items: [ExpectedValue] = []
      if !accept("]") {
        repeat { items.append(try value()) } while accept(",")
        try expect("]")
      }
      return .list(items)
    }
    if c == "{" { return .map(try map()) }
    if c == "(" { return try node() }
    if c == "<" {
      i += 1
      var nodes = [try node()]
      var rels: [ExpectedValue] = []
      var forward: [Bool] = []
      while !accept(">") {
        let left = accept("<-")
        if !left { try expect("-") }
        try expect("[")
        try expect(":")
        rels.append(try relationshipBody())
        try expect("-")
        let right = accept(">")
        forward.append(right || !left)
        nodes.append(try node())
      }
      return .path(nodes: nodes, relationships: rels, forward: forward)
    }
    var word = ""
    while i < chars.count, !",]}) ".unicodeScalars.contains(chars[i]) {
      word.unicodeScalars.append(chars[i])
      i += 1
    }
    switch word {
    case "null": return .null
    case "true": return .bool(true)
    case "false": return .bool(false)
    case "NaN": return .nan
    case "Infinity": return .float(.infinity)
    case "-Infinity": return .float(-.infinity)
    default:
      if let v = Int64(word) { return .int(v) }
      if let d = Double(word) { return .float(d) }
      throw Failure(message: "cannot read '\(word)'")
    }
  }

  mutating func string(_ quote: Unicode.Scalar) throws -> String {
    i += 1
    var out = String.UnicodeScalarView()
    while i < chars.count, chars[i] != quote {
      if chars[i] == "\\", i + 1 < chars.count {
        i += 1
        switch chars[i] {
        case "n": out.append("\n")
        case "t": out.append("\t")
        default: out.append(chars[i])
        }
      } else {
        out.append(chars[i])
      }
      i += 1
    }
    i += 1
    return String(out)
  }

  mutating func name() -> String {
    skipSpace()
    var out = ""
    if i < chars.count, chars[i] == "`" {
      i += 1
      while i < chars.count, chars[i] != "`" {
        out.unicodeScalars.append(chars[i])
        i += 1
      }
      i += 1
      return out
    }
    while i < chars.count, chars[i].properties.isAlphabetic || ("0"..."9").contains(chars[i]) || chars[i] == "_" {
      out.unicodeScalars.append(chars[i])
      i += 1
    }
    return out
  }

  mutating func map() throws -> [String: ExpectedValue] {
    try expect("{")
    var result: [String: ExpectedValue] = [:]
    if accept("}") { return result }
    repeat {
      let key = name()
      try expect(":")
      result[key] = try value()
    } while accept(",")
    try expect("}")
    return result
  }

  mutating func node() throws -> ExpectedValue {
    try expect("(")
    var labels = Set<String>()
    while accept(":") { labels.insert(name()) }
    skipSpace()
    var props: [String: ExpectedValue] = [:]
    if i < chars.count, chars[i] == "{" { props = try map() }
    try expect(")")
    return .node(labels: labels, properties: props)
  }

  mutating func relationshipBody() throws -> ExpectedValue {
    let type = name()
    skipSpace()
    var props: [String: ExpectedValue] = [:]
    if i < chars.count, chars[i] == "{" { props = try map() }
    try expect("]")
    return .relationship(type: type, properties: props)
  }
}
