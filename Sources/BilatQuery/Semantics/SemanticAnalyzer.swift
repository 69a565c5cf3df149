/// Checks scopes, variable kinds, aggregation placement and constant arguments, and
/// produces the analyzed form the executor runs.
struct SemanticAnalyzer {
  enum Kind: Equatable {
    case node, relationship, relationshipList, path, list, value, any
    /// A value of a type known before running (a literal's).
    case scalar(StaticType)
  }

  /// The type of an expression when the query's text fixes it (literals, bound entities).
  enum StaticType: String, Equatable {
    case integer = "Integer", float = "Float", string = "String", boolean = "Boolean", map = "Map", list = "List"
    case node = "Node", relationship = "Relationship", path = "Path"
  }

  typealias Scope = [String: Kind]
  var references = References()
  /// The analyzed clauses of each `EXISTS { … }` / `COUNT { … }`, by expression id.
  var subqueries: [Int: [AnalyzedClause]] = [:]

  static func analyze(_ statement: Statement) throws(CypherError) -> AnalyzedStatement {
    var analyzer = SemanticAnalyzer()
    var parts: [[AnalyzedClause]] = []
    var writes = false
    for part in statement.parts {
      parts.append(try analyzer.part(part, writes: &writes))
    }
    if Set(statement.unionAll).count > 1 {
      throw analyzer.error("InvalidClauseComposition", "UNION and UNION ALL cannot be mixed", nil)
    }
    let columns = parts.map { part -> [String]? in
      guard case .return(let projection)? = part.last else { return nil }
      return projection.items.map(\.name)
    }
    if let first = columns.first, columns.contains(where: { $0 != first }) {
      throw analyzer.error("DifferentColumnsInUnion", "all parts of a UNION must return the same columns", nil)
    }
    return AnalyzedStatement(
      parts: parts, unionAll: statement.unionAll, explain: statement.explain, text: statement.text, writes: writes,
      references: analyzer.references, subqueries: analyzer.subqueries)
  }

  func error(_ code: String, _ message: String, _ range: SourceRange?) -> CypherError {
    CypherError(.syntax, code: code, message, range: range)
  }

  /// The clauses of one part of a UNION, or of a subquery (which starts with the outer `scope`).
  mutating func part(_ clauses: [Clause], writes: inout Bool, scope outer: Scope = [:]) throws(CypherError)
    -> [AnalyzedClause]
  {
    var scope = outer
    var result: [AnalyzedClause] = []
    for clause in clauses {
      switch clause {
      case .match(let optional, let patterns, let condition, _):
        let before = scope
        // Relationships are unique within a MATCH: one new variable cannot name two of them.
        var named = Set<String>()
        for rel in patterns.flatMap(\.relationships) where !rel.isVariableLength {
          guard let v = rel.variable, before[v] == nil else { continue }
          if !named.insert(v).inserted {
            throw error(
              "RelationshipUniquenessViolation",
              "'\(v)' names two relationships of one MATCH, which must be different relationships", rel.range)
          }
        }
        try bindPatterns(patterns, &scope, creating: false)
        if let condition {
          if case .variable(let v) = condition.kind, let kind = scope[v],
            [.node, .relationship, .relationshipList, .path].contains(kind)
          {
            throw error("InvalidArgumentType", "WHERE needs a boolean, found the \(describe(kind)) '\(v)'", condition.range)
          }
          try check(condition, scope, aggregates: false, clause: "WHERE")
        }
        let newVariables = scope.keys.filter { before[$0] == nil }.sorted()
        result.append(
          .match(
            optional: optional, patterns: patterns, where: condition, newVariables: newVariables, reachability: false))
      case .unwind(let expr, let variable, let range):
        try check(expr, scope, aggregates: false, clause: "UNWIND")
        if scope[variable] != nil {
          throw error("VariableAlreadyBound", "variable '\(variable)' is already defined", range)
        }
        scope[variable] = .any
        result.append(.unwind(expr, variable: variable))
      case .with(let projection, let condition):
        var (analyzed, newScope) = try self.projection(projection, scope, isWith: true)
        if let condition {
          let c = rewriteToColumns(condition, analyzed.items)
          var whereScope = newScope
          if analyzed.orderSeesInput { whereScope.merge(scope) { projected, _ in projected } }
          try check(c, whereScope, aggregates: false, clause: "WHERE")
          analyzed.filter = c
        }
        scope = newScope
        result.append(.with(analyzed))
      case .return(let projection):
        let (analyzed, newScope) = try self.projection(projection, scope, isWith: false)
        scope = newScope
        result.append(.return(analyzed))
      case .create(let patterns, _):
        writes = true
        try bindPatterns(patterns, &scope, creating: true)
        result.append(.create(patterns))
      }
    }
    markReachability(&result)
    return result
  }

  /// Sets `reachability` on MATCH clauses whose row multiplicity does not matter.
  private func markReachability(_ clauses: inout [AnalyzedClause]) {
    for i in clauses.indices.dropLast() {
      guard case .match(let optional, let patterns, let condition, let newVariables, _) = clauses[i],
        patterns.count == 1, patterns[0].variable == nil, patterns[0].shortest == .none,
        patterns[0].relationships.count == 1, let rel = patterns[0].relationships.first, rel.isVariableLength,
        rel.variable == nil, (rel.length?.min ?? 1) <= 1,
        (rel.length?.max ?? Int.max) >= (rel.length?.min ?? 1)
      else { continue }
      let projection: AnalyzedProjection
      switch clauses[i + 1] {
      case .with(let p), .return(let p): projection = p
      default: continue
      }
      let insensitive: Bool
      if projection.aggregates.isEmpty {
        insensitive = projection.distinct
      } else {
        insensitive = projection.aggregates.allSatisfy { call in
          if case .function(let name, let distinct, _) = call.kind {
            return distinct || name == "min" || name == "max"
          }
          return false
        }
      }
      if insensitive {
        clauses[i] = .match(
          optional: optional, patterns: patterns, where: condition, newVariables: newVariables, reachability: true)
      }
    }
  }

  // MARK: Patterns

  mutating func bindPatterns(_ patterns: [PathPattern], _ scope: inout Scope, creating: Bool)
    throws(CypherError)
  {
    for pattern in patterns {
      if let p = pattern.variable {
        let inPattern =
          pattern.nodes.contains { $0.variable == p } || pattern.relationships.contains { $0.variable == p }
        if scope[p] != nil || inPattern {
          throw error("VariableAlreadyBound", "'\(p)' is already defined and cannot name a path", pattern.range)
        }
      }
      for (i, node) in pattern.nodes.enumerated() {
        if let v = node.variable {
          if let kind = scope[v] {
            guard kind == .node || kind == .any else {
              throw error("VariableTypeConflict", "'\(v)' is a \(describe(kind)), not a node", node.range)
            }
            if creating && (!node.labels.isEmpty || node.properties != nil) && pattern.nodes.count > 1 {
              throw error(
                "VariableAlreadyBound", "'\(v)' is already bound; it cannot get labels or properties here", node.range)
            }
          } else {
            scope[v] = .node
          }
        }
        for (label, range) in zip(node.labels, node.labelRanges) { references.labels.append((label, range)) }
        if let properties = node.properties {
          try check(properties, scope, aggregates: false, clause: "a pattern")
          if case .map(let entries) = properties.kind {
            for (key, value) in entries { references.nodeKeys.append((key, value.range)) }
          }
        }
        guard i < pattern.relationships.count else { continue }
        let rel = pattern.relationships[i]
        if let v = rel.variable {
          if let kind = scope[v] {
            let allowed: [Kind] = rel.isVariableLength ? [.relationshipList, .list, .any] : [.relationship, .any]
            guard allowed.contains(kind) else {
              throw error("VariableTypeConflict", "'\(v)' is a \(describe(kind)), not a relationship", rel.range)
            }
          } else {
            scope[v] = rel.isVariableLength ? .relationshipList : .relationship
          }
        }
        for (type, range) in zip(rel.types, rel.typeRanges) { references.types.append((type, range)) }
        if let properties = rel.properties {
          try check(properties, scope, aggregates: false, clause: "a pattern")
          if case .map(let entries) = properties.kind {
            for (key, value) in entries { references.relationshipKeys.append((key, value.range)) }
          }
        }

      }
      if let p = pattern.variable { scope[p] = .path }
      if pattern.shortest != .none {
        guard pattern.relationships.count == 1 else {
          throw error("InvalidShortestPath", "shortestPath needs exactly one relationship", pattern.range)
        }
      }
    }
  }

  private func describe(_ kind: Kind) -> String {
    switch kind {
    case .node: return "node"
    case .relationship: return "relationship"
    case .relationshipList: return "list of relationships"
    case .path: return "path"
    case .list: return "list"
    case .value: return "value"
    case .scalar(let t): return t.rawValue
    case .any: return "value"
    }
  }

  /// The kind a projected expression gives its column.
  func kind(of expr: Expr, _ scope: Scope) -> Kind {
    switch expr.kind {
    case .variable(let v): return scope[v] ?? .any
    case .literal(let v): return staticType(expr, scope).map(Kind.scalar) ?? (v.isNull ? .any : .value)
    case .list: return .list
    case .map: return .scalar(.map)
    default: return .any
    }
  }
}
