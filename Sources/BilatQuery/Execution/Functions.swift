import Foundation
import BilatCore

/// Scalar functions.
enum Functions {
  /// Names of the scalar functions, for compile-time checks.
  static let known: Set<String> = Set([
    "id", "labels", "type", "keys", "properties", "startnode", "endnode", "nodes", "relationships", "length", "size",
    "coalesce", "tolower", "toupper", "trim", "ltrim", "rtrim", "tostring", "tointeger", "tofloat", "toboolean", "head",
    "last", "tail", "range", "evidence", "abs", "ceil", "floor", "round", "sign", "sqrt", "rand", "exists", "reverse",
    "substring", "replace", "split", "left", "right", "timestamp",
  ]).union(TemporalFunctions.names)

  static func call(_ name: String, _ args: [CypherValue], _ evaluator: Evaluator, _ expr: Expr) throws -> CypherValue {
    func fail(_ message: String, _ kind: CypherError.Kind = .type, code: String = "InvalidArgumentType") -> CypherError {
      CypherError(kind, code: code, "\(name)(): \(message)", range: expr.range, atRuntime: true)
    }
    /// A value of a type the function takes but cannot convert (the TCK's InvalidArgumentValue).
    func badValue(_ message: String) -> CypherError { fail(message, code: "InvalidArgumentValue") }
    func arity(_ n: ClosedRange<Int>) throws {
      guard n.contains(args.count) else {
        throw CypherError(
          .syntax, code: "InvalidNumberOfArguments",
          "\(name)() takes \(n.lowerBound == n.upperBound ? "\(n.lowerBound)" : "\(n.lowerBound) to \(n.upperBound)") argument(s), got \(args.count)",
          range: expr.range)
      }
    }
    if TemporalFunctions.names.contains(name) { return try TemporalFunctions.call(name, args, expr, now: evaluator.statementTime) }
    let first = args.first ?? .null
    switch name {
    case "coalesce":
      return args.first { !$0.isNull } ?? .null
    case "rand":
      return .float(Double.random(in: 0..<1))
    case "timestamp":
      return .int(Int64(Date().timeIntervalSince1970 * 1000))
    case "range":
      try arity(2...3)
      guard case .int(let a) = args[0], case .int(let b) = args[1] else {
        throw fail("bounds must be integers", .argument)
      }
      var step: Int64 = 1
      if args.count == 3 {
        guard case .int(let s) = args[2] else { throw fail("step must be an integer", .argument) }
        guard s != 0 else { throw fail("step must not be zero", .argument, code: "NumberOutOfRange") }
        step = s
      }
      let count = (b - a) / step
      guard count < 10_000_000 else { throw fail("range is too long") }
      return .list(Swift.stride(from: a, through: b, by: Int(step)).map(CypherValue.int))
    default: break
    }
    try arity(
      name == "substring" || name == "replace" ? 2...3 : (["split", "left", "right"].contains(name) ? 2...2 : 1...1))
    if first.isNull && name != "exists" { return .null }
    switch name {
    case "id":
      switch first {
      case .node(let n): return .int(n.id)
      case .relationship(let r): return .int(r.id)
      default: throw fail("expected a node or relationship")
      }
    case "labels":
      guard case .node(let n) = first else { throw badValue("expected a node") }
      return .list(n.labels.sorted().map(CypherValue.string))
    case "type":
      guard case .relationship(let r) = first else { throw badValue("expected a relationship") }
      return .string(r.type)
    case "keys":
      switch first {
      case .node(let n): return .list(n.properties.keys.sorted().map(CypherValue.string))
      case .relationship(let r): return .list(r.properties.keys.sorted().map(CypherValue.string))
      case .map(let m): return .list(m.keys.sorted().map(CypherValue.string))
      default: throw fail("expected a node, relationship or map")
      }
    case "properties":
      switch first {
      case .node(let n): return .map(n.properties)
      case .relationship(let r): return .map(r.properties)
      case .map: return first
      default: throw fail("expected a node, relationship or map")
      }
    case "startnode", "endnode":
      guard case .relationship(let r) = first else { throw fail("expected a relationship") }
      return .node(try evaluator.reader.node(name == "startnode" ? r.startID : r.endID))
    case "nodes":
      guard case .path(let p) = first else { throw fail("expected a path") }
      return .list(p.nodes.map(CypherValue.node))
    case "relationships":
      guard case .path(let p) = first else { throw fail("expected a path") }
      return .list(p.relationships.map(CypherValue.relationship))
    case "length":
      switch first {
      case .path(let p): return .int(Int64(p.relationships.count))
      case .string(let s): return .int(Int64(s.count))
      case .list(let l): return .int(Int64(l.count))
      default: throw fail("expected a path")
      }
    case "size":
      switch first {
      case .list(let l): return .int(Int64(l.count))
      case .string(let s): return .int(Int64(s.count))
      case .map(let m): return .int(Int64(m.count))
      default: throw fail("expected a list or string")
      }
    case "exists":
      return .bool(!first.isNull)
    case "tolower", "toupper", "trim", "ltrim", "rtrim", "reverse":
      if name == "reverse", case .list(let l) = first { return .list(l.reversed()) }
      guard case .string(let s) = first else { throw fail("expected a string") }
      switch name {
      case "tolower": return .string(s.lowercased())
      case "toupper": return .string(s.uppercased())
      case "trim": return .string(s.trimmingCharacters(in: .whitespacesAndNewlines))
      case "ltrim": return .string(String(s.drop { $0.isWhitespace }))
      case "rtrim": return .string(String(s.reversed().drop { $0.isWhitespace }.reversed()))
      default: return .string(String(s.reversed()))
      }
    case "tostring":
      switch first {
      case .string, .int, .float, .bool, .temporal: return .string(toStringValue(first))
      default: throw badValue("cannot convert a \(first.typeName) to a string")
      }
    case "tointeger":
      switch first {
      case .int: return first
      case .float(let d): return d.isFinite ? .int(Int64(d.rounded(.towardZero))) : .null
      case .string(let s):
        let t = s.trimmingCharacters(in: .whitespaces)
        if let i = Int64(t) { return .int(i) }
        if let d = Double(t), d.isFinite { return .int(Int64(d.rounded(.towardZero))) }
        return .null
      case .bool(let b): return .int(b ? 1 : 0)
      default: throw badValue("cannot convert a \(first.typeName) to an integer")
      }
    case "tofloat":
      switch first {
      case .float: return first
      case .int(let i): return .float(Double(i))
      case .string(let s): return Double(s.trimmingCharacters(in: .whitespaces)).map(CypherValue.float) ?? .null
      default: throw badValue("cannot convert a \(first.typeName) to a float")
      }
    case "toboolean":
      switch first {
      case .bool: return first
      case .string(let s):
        switch s.lowercased() {
        case "true": return .bool(true)
        case "false": return .bool(false)
        default: return .null
        }
      case .int(let i): return .bool(i != 0)
      default: throw badValue("cannot convert a \(first.typeName) to a boolean")
      }
    case "head", "last", "tail":
      guard case .list(let l) = first else { throw fail("expected a list") }
      if name == "tail" { return .list(Array(l.dropFirst())) }
      return (name == "head" ? l.first : l.last) ?? .null
    case "abs", "ceil", "floor", "round", "sign", "sqrt":
      if case .int(let i) = first {
        switch name {
        case "abs": return .int(Swift.abs(i))
        case "sign": return .int(i.signum())
        case "sqrt": return .float(Double(i).squareRoot())
        default: return .float(Double(i))
        }
      }
      guard case .float(let d) = first else { throw fail("expected a number") }
      switch name {
      case "abs": return .float(Swift.abs(d))
      case "ceil": return .float(d.rounded(.up))
      case "floor": return .float(d.rounded(.down))
      case "round": return .float(d.rounded(.toNearestOrAwayFromZero))
      case "sign": return .int(d > 0 ? 1 : (d < 0 ? -1 : 0))
      default: return .float(d.squareRoot())
      }
    case "substring", "left", "right", "split", "replace":
      guard case .string(let s) = first else { throw fail("expected a string") }
      let rest = Array(args.dropFirst())
      if rest.contains(where: \.isNull) { return .null }
      let chars = Array(s)
      switch name {
      case "substring":
        guard case .int(let start) = rest[0] else { throw fail("start must be an integer") }
        let a = min(Int(max(0, start)), chars.count)
        var b = chars.count
        if rest.count > 1 {
          guard case .int(let length) = rest[1] else { throw fail("length must be an integer") }
          b = min(chars.count, a + Int(max(0, length)))
        }
        return .string(String(chars[a..<b]))
      case "left", "right":
        guard case .int(let n) = rest[0] else { throw fail("length must be an integer") }
        let k = min(Int(max(0, n)), chars.count)
        return .string(String(name == "left" ? chars.prefix(k) : chars.suffix(k)))
      case "split":
        guard case .string(let sep) = rest[0] else { throw fail("separator must be a string") }
        return .list(s.components(separatedBy: sep).map(CypherValue.string))
      default:
        guard rest.count == 2, case .string(let from) = rest[0], case .string(let to) = rest[1] else {
          throw fail("expected strings")
        }
        return .string(s.replacingOccurrences(of: from, with: to))
      }
    case "evidence":
      return try Evidence.lookup(first, evaluator.reader, { fail($0) })
    default:
      throw CypherError(.syntax, code: "UnknownFunction", "unknown function '\(name)'", range: expr.range)
    }
  }

  static func toStringValue(_ v: CypherValue) -> String {
    switch v {
    case .string(let s): return s
    case .float(let d): return BilatCore.PropertyValue.format(d)
    case .temporal(let t): return t.description
    default: return v.description
    }
  }
}
