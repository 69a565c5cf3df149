import BilatQuery
import BilatStore
import Foundation

/// Runs TCK scenarios against fresh in-memory stores.
struct TCKRunner {
  enum Outcome: Equatable {
    case passed
    case failed(String)
    case skipped(String)
  }

  let graphsDirectory: URL?
  /// How many scenarios ran (and were cross-checked) as one SQL statement.
  static let sqlCount = Counter()

  final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
  }

  func run(_ scenario: TCKScenario) -> Outcome {
    do {
      return try execute(scenario)
    } catch {
      return .failed("unexpected error: \(error)")
    }
  }

  private func execute(_ scenario: TCKScenario) throws -> Outcome {
    let store = try GraphStore()
    let engine = CypherEngine(store: store, options: QueryOptions(timeLimit: 20))
    var parameters: [String: CypherValue] = [:]
    var query: String?
    for step in scenario.steps {
      let text = step.text
      if text.hasSuffix("an empty graph") || text.hasSuffix("any graph") {
        continue
      } else if text.hasPrefix("Given the "), text.hasSuffix(" graph") {
        let name = text.dropFirst("Given the ".count).dropLast(" graph".count)
        guard let dir = graphsDirectory,
          let script = try? String(contentsOf: dir.appending(path: "\(name)/\(name).cypher"), encoding: .utf8)
        else { return .skipped("graph \(name) not found") }
        try engine.create(script)
      } else if text.contains("having executed") {
        guard let doc = step.docString else { return .skipped("no setup text") }
        do {
          try engine.create(doc)
        } catch {
          return .failed("setup failed: \(error)")
        }
      } else if text.contains("parameters are") {
        for row in step.table where row.count >= 2 {
          parameters[row[0]] = try Self.cypherValue(ExpectedValue.parse(row[1]))
        }
      } else if text.hasPrefix("When executing") {
        query = step.docString
      } else if text.hasPrefix("Then the result should be") {
        guard let query else { return .skipped("no query") }
        let result: QueryResult
        do {
          result = try engine.run(query, parameters: parameters)
        } catch {
          return .failed("query failed: \(error)")
        }
        if text.hasSuffix("empty") {
          return result.rows.isEmpty ? .passed : .failed("expected no rows, got \(result.rows.count)")
        }
        let header = step.table.first ?? []
        let expected = try step.table.dropFirst().map { try $0.map(ExpectedValue.parse) }
        if (try? engine.compile(query).sql) != nil {
          // Cross-check the single-statement SQL against the step-by-step executor.
          var options = engine.options
          options.singleStatementSQL = false
          let stepwise = try CypherEngine(store: engine.store, options: options).run(query, parameters: parameters)
          let a = result.rows.map { $0.map(\.description) }.sorted { $0.joined() < $1.joined() }
          let b = stepwise.rows.map { $0.map(\.description) }.sorted { $0.joined() < $1.joined() }
          if a != b { return .failed("SQL and step-by-step results differ: \(a) vs \(b)") }
          TCKRunner.sqlCount.add()
        }
        if result.columns != header {
          return .failed("columns \(result.columns) != \(header)")
        }
        let ordered = text.contains("in order")
        let unorderedLists = text.contains("ignoring element order for lists")
        if ResultComparison.rowsMatch(result.rows, expected, ordered: ordered, unorderedLists: unorderedLists) {
          continue
        }
        return .failed(
          "rows differ:\n  got      \(result.rows.map { $0.map(\.description) })\n  expected \(step.table.dropFirst().map { $0 })"
        )
      } else if text.hasPrefix("Then a ") || text.hasPrefix("Then an ") {
        guard let query else { return .skipped("no query") }
        return expectError(text, query, parameters, engine)
      } else if text.contains("side effects") {
        continue
      } else {
        return .skipped("unknown step: \(text)")
      }
    }
    return .passed
  }

  /// `Then a SyntaxError should be raised at compile time: UndefinedVariable`
  private func expectError(
    _ text: String, _ query: String, _ parameters: [String: CypherValue], _ engine: CypherEngine
  ) -> Outcome {
    let words = text.split(separator: " ")
    let kind = words.count > 2 ? String(words[2]) : ""
    let code = text.split(separator: ":").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
    let atCompileTime = text.contains("compile time")
    do {
      _ = try engine.compile(query)
    } catch {
      if error.kind.rawValue == kind && (error.code == code || code == "*") { return .passed }
      return .failed("compile error \(error.kind.rawValue)/\(error.code), expected \(kind)/\(code): \(error.message)")
    }
    if atCompileTime { return .failed("expected \(kind)/\(code) at compile time, query compiled") }
    do {
      _ = try engine.run(query, parameters: parameters)
      return .failed("expected \(kind)/\(code), query ran")
    } catch {
      if error.kind.rawValue == kind && (error.code == code || code == "*") { return .passed }
      return .failed("runtime error \(error.kind.rawValue)/\(error.code), expected \(kind)/\(code): \(error.message)")
    }
  }

  static func cypherValue(_ e: ExpectedValue) throws -> CypherValue {
    switch e {
    case .null: return .null
    case .bool(let b): return .bool(b)
    case .int(let i): return .int(i)
    case .float(let d): return .float(d)
    case .nan: return .float(.nan)
    case .string(let s): return .string(s)
    case .list(let l): return .list(try l.map(cypherValue))
    case .map(let m): return .map(try m.mapValues(cypherValue))
    default: throw LiteralParser.Failure(message: "entities cannot be parameters")
    }
  }
}

enum ResultComparison {
  static func rowsMatch(_ actual: [[CypherValue]], _ expected: [[ExpectedValue]], ordered: Bool, unorderedLists: Bool)
    -> Bool
  {
    guard actual.count == expected.count else { return false }
    func rowMatches(_ a: [CypherValue], _ e: [ExpectedValue]) -> Bool {
      a.count == e.count && zip(a, e).allSatisfy { matches($0, $1, unorderedLists: unorderedLists) }
    }
    if ordered { return zip(actual, expected).allSatisfy(rowMatches) }
    var unused = Array(actual.indices)
    for e in expected {
      guard let k = unused.firstIndex(where: { rowMatches(actual[$0], e) }) else { return false }
      unused.remove(at: k)
    }
    return true
  }

  static func matches(_ a: CypherValue, _ e: ExpectedValue, unorderedLists: Bool) -> Bool {
    func props(_ p: [String: CypherValue], _ q: [String: ExpectedValue]) -> Bool {
      Set(p.keys) == Set(q.keys)
        && p.allSatisfy { k, v in q[k].map { matches(v, $0, unorderedLists: unorderedLists) } ?? false }
    }
    switch (a, e) {
    case (.null, .null): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.int(let x), .int(let y)): return x == y
    case (.float(let x), .float(let y)): return x == y || abs(x - y) <= 1e-12 * max(abs(x), abs(y))
    case (.float(let x), .nan): return x.isNaN
    case (.string(let x), .string(let y)): return x == y
    // The TCK writes temporal values as their ISO text in quotes: '2015-07-21', 'P1D'.
    case (.temporal(let t), .string(let y)): return t.description == y
    case (.list(let x), .list(let y)):
      guard x.count == y.count else { return false }
      if !unorderedLists { return zip(x, y).allSatisfy { matches($0, $1, unorderedLists: unorderedLists) } }
      var unused = Array(x.indices)
      for item in y {
        guard let k = unused.firstIndex(where: { matches(x[$0], item, unorderedLists: true) }) else { return false }
        unused.remove(at: k)
      }
      return true
    case (.map(let x), .map(let y)): return props(x, y)
    case (.node(let n), .node(let labels, let p)): return Set(n.labels) == labels && props(n.properties, p)
    case (.relationship(let r), .relationship(let type, let p)): return r.type == type && props(r.properties, p)
    case (.path(let path), .path(let nodes, let rels, let forward)):
      guard path.nodes.count == nodes.count, path.relationships.count == rels.count else { return false }
      for (n, en) in zip(path.nodes, nodes) where !matches(.node(n), en, unorderedLists: unorderedLists) {
        return false
      }
      for (i, r) in path.relationships.enumerated() {
        guard matches(.relationship(r), rels[i], unorderedLists: unorderedLists) else { return false }
        if (r.startID == path.nodes[i].id) != forward[i] && r.startID != r.endID { return false }
      }
      return true
    default: return false
    }
  }
}
