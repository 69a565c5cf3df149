extension SemanticAnalyzer {
  /// Checks variables are bound, functions exist, aggregates appear only where allowed,
  /// and boolean operators do not get literal non-booleans.
  mutating func check(_ expr: Expr, _ scope: Scope, aggregates: Bool, clause: String) throws(CypherError) {
    switch expr.kind {
    case .literal, .parameter: return
    case .variable(let v):
      guard scope[v] != nil else {
        throw error("UndefinedVariable", "variable '\(v)' is not defined", expr.range)
      }
    case .property(let base, let key):
      if let type = staticType(base, scope), [.integer, .float, .string, .boolean].contains(type) {
        throw CypherError(
          .type, code: "InvalidArgumentType", "a \(type.rawValue) has no property '\(key)'", range: expr.range)
      }
      if case .variable(let v) = base.kind, let kind = scope[v] {
        switch kind {
        case .path, .relationshipList, .list:
          throw CypherError(
            kind == .path ? .syntax : .type, code: "InvalidArgumentType",
            "'\(v)' is a \(kind == .path ? "path" : "list"); it has no property '\(key)'", range: expr.range)
        case .node: references.nodeKeys.append((key, expr.range))
        case .relationship: references.relationshipKeys.append((key, expr.range))
        default: break
        }
      }
      try check(base, scope, aggregates: aggregates, clause: clause)
    case .not(let operand):
      try requireBoolean(operand)
      try check(operand, scope, aggregates: aggregates, clause: clause)
    case .binary(let op, let a, let b):
      if op == .and || op == .or || op == .xor {
        try requireBoolean(a)
        try requireBoolean(b)
      }
      try checkOperandTypes(op, a, b, scope, expr)
      if let property = Self.storedPropertyComparedWithTemporal(op, a, b, scope) {
        references.propertyVersusTemporal.append((property, expr.range))
      }
      try check(a, scope, aggregates: aggregates, clause: clause)
      try check(b, scope, aggregates: aggregates, clause: clause)
    case .hasLabels(let base, let labels):
      for label in labels { references.labels.append((label, expr.range)) }
      try check(base, scope, aggregates: aggregates, clause: clause)
    case .countStar:
      guard aggregates else {
        throw error("InvalidAggregation", "count(*) cannot be used in \(clause)", expr.range)
      }
    case .function(let name, _, let arguments):
      if Aggregation.isAggregate(name) {
        guard aggregates else {
          // An undefined variable is the first thing wrong (`ORDER BY sum(x)` after a WITH that
          // dropped x).
          for argument in arguments where !Aggregation.contains(argument) {
            try check(argument, scope, aggregates: false, clause: "an aggregate")
          }
          throw error("InvalidAggregation", "aggregate \(name)() cannot be used in \(clause)", expr.range)
        }
        guard arguments.count == Aggregation.arity(name) else {
          throw error(
            "InvalidNumberOfArguments", "\(name)() takes \(Aggregation.arity(name) == 1 ? "one argument" : "two arguments")",
            expr.range)
        }
        for argument in arguments {
          if Aggregation.contains(argument) {
            throw error("NestedAggregation", "aggregates cannot be nested", argument.range)
          }
          try check(argument, scope, aggregates: false, clause: "an aggregate")
        }
        return
      }
      if name == "exists", arguments.count == 1, case .patternPredicate(let pattern) = arguments[0].kind {
        try checkPatternPredicate(pattern, scope)
        return
      }
      guard Functions.known.contains(name) else {
        throw error("UnknownFunction", "unknown function '\(name)'", expr.range)
      }
      if arguments.count == 1, let type = staticType(arguments[0], scope),
        let accepted = Self.acceptedTypes[name], !accepted.contains(type)
      {
        throw error("InvalidArgumentType", "\(name)() cannot take a \(type.rawValue)", arguments[0].range)
      }
      for argument in arguments { try check(argument, scope, aggregates: aggregates, clause: clause) }
    case .listComprehension(let variable, let list, let filter, let map):
      try check(list, scope, aggregates: aggregates, clause: clause)
      var inner = scope
      inner[variable] = elementKind(list, scope)
      if let filter { try check(filter, inner, aggregates: false, clause: clause) }
      if let map { try check(map, inner, aggregates: false, clause: clause) }
    case .quantifier(_, let variable, let list, let filter):
      try check(list, scope, aggregates: aggregates, clause: clause)
      var inner = scope
      inner[variable] = elementKind(list, scope)
      try check(filter, inner, aggregates: false, clause: clause)
    case .patternPredicate(let pattern):
      if clause == "RETURN" || clause == "WITH" {
        throw CypherError(
          .syntax, code: "UnexpectedSyntax",
          "a pattern cannot be a value in \(clause): use exists(…), COUNT { … } or a pattern comprehension [… | …]",
          range: expr.range)
      }
      try checkPatternPredicate(pattern, scope)
    case .patternComprehension(let pattern, let filter, let map):
      var inner = scope
      try bindPatterns([pattern], &inner, creating: false)
      if let filter { try check(filter, inner, aggregates: false, clause: "WHERE") }
      try check(map, inner, aggregates: false, clause: "a pattern comprehension")
    case .subquery(_, let clauses):
      var writes = false
      subqueries[expr.id] = try part(clauses, writes: &writes, scope: scope)
    default:
      for child in ExprWalker.children(expr) { try check(child, scope, aggregates: aggregates, clause: clause) }
    }
  }

  /// The static type of `expr`, when its text fixes it.
  func staticType(_ expr: Expr, _ scope: Scope) -> StaticType? {
    switch expr.kind {
    case .literal(let v):
      switch v {
      case .int: return .integer
      case .float: return .float
      case .string: return .string
      case .bool: return .boolean
      default: return nil
      }
    case .list: return .list
    case .map: return .map
    case .variable(let v):
      switch scope[v] {
      case .node?: return .node
      case .relationship?: return .relationship
      case .path?: return .path
      case .list?, .relationshipList?: return .list
      case .scalar(let t)?: return t
      default: return nil
      }
    default: return nil
    }
  }

  /// The kind of the elements of a list literal whose elements all have one static type.
  private func elementKind(_ list: Expr, _ scope: Scope) -> Kind {
    guard case .list(let items) = list.kind, let first = items.first.flatMap({ staticType($0, scope) }),
      [.integer, .float, .string, .boolean].contains(first),
      items.allSatisfy({ staticType($0, scope) == first })
    else { return .any }
    return .scalar(first)
  }

  /// The argument types a function takes, for the one-argument functions whose argument is
  /// checked before running.
  static let acceptedTypes: [String: Set<StaticType>] = [
    "labels": [.node],
    "type": [.relationship],
    "properties": [.node, .relationship, .map],
    "size": [.list, .string, .map],
    "length": [.path, .string, .list],
    "nodes": [.path],
    "relationships": [.path],
    "startnode": [.relationship],
    "endnode": [.relationship],
  ]

  /// Operands whose static types an operator cannot take: arithmetic on strings or booleans
  /// (`+` joins strings and lists), IN with a right side that is not a list.
  private func checkOperandTypes(_ op: BinaryOperator, _ a: Expr, _ b: Expr, _ scope: Scope, _ expr: Expr)
    throws(CypherError)
  {
    let (x, y) = (staticType(a, scope), staticType(b, scope))
    switch op {
    case .in:
      if let y, y != .list {
        throw error("InvalidArgumentType", "IN needs a list on its right, found a \(y.rawValue)", b.range)
      }
    case .subtract, .multiply, .divide, .modulo, .power:
      for (type, operand) in [(x, a), (y, b)] {
        guard let type, [.string, .boolean, .map, .node, .relationship, .path].contains(type) else { continue }
        throw error("InvalidArgumentType", "'\(op.rawValue)' cannot take a \(type.rawValue)", operand.range)
      }
    default: break
    }
  }

  /// A pattern used as a predicate tests bound variables: it cannot introduce any.
  mutating func checkPatternPredicate(_ pattern: PathPattern, _ scope: Scope) throws(CypherError) {
    if let p = pattern.variable {
      throw error("UnexpectedSyntax", "a pattern predicate cannot name its path ('\(p)')", pattern.range)
    }
    let named =
      pattern.nodes.map { ($0.variable, $0.range) } + pattern.relationships.map { ($0.variable, $0.range) }
    for case (let v?, let range) in named where scope[v] == nil {
      throw error(
        "UndefinedVariable",
        "variable '\(v)' is not defined (a pattern predicate cannot introduce variables: use EXISTS { … })", range)
    }
    var inner = scope
    try bindPatterns([pattern], &inner, creating: false)
  }

  /// `m.date` when `a op b` compares a property of a node or relationship with a call of a temporal
  /// function: the store holds no temporal values, so such a comparison is always null.
  static func storedPropertyComparedWithTemporal(_ op: BinaryOperator, _ a: Expr, _ b: Expr, _ scope: Scope)
    -> String?
  {
    let comparisons: [BinaryOperator] = [.equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual]
    guard comparisons.contains(op) else { return nil }
    for (property, other) in [(a, b), (b, a)] {
      guard case .property(let base, let key) = property.kind, case .variable(let v) = base.kind,
        scope[v] == .node || scope[v] == .relationship,
        case .function(let name, _, _) = other.kind, TemporalFunctions.names.contains(name)
      else { continue }
      return v + "." + key
    }
    return nil
  }

  private func requireBoolean(_ expr: Expr) throws(CypherError) {
    switch expr.kind {
    case .literal(let v):
      switch v {
      case .null, .bool: return
      default: break
      }
    case .list, .map: break
    default: return
    }
    throw error(
      "InvalidArgumentType", "a boolean operator needs boolean operands, found \(ExprWalker.canonical(expr))",
      expr.range)
  }

  /// Replaces sub-expressions that repeat a projected expression by that column.
  func rewriteToColumns(_ expr: Expr, _ items: [ProjectionItem]) -> Expr {
    var byCanonical: [String: String] = [:]
    for item in items {
      if case .variable = item.expression.kind { continue }
      byCanonical[ExprWalker.canonical(item.expression)] = item.name
    }
    guard !byCanonical.isEmpty else { return expr }
    return ExprWalker.rewrite(expr) { e in
      guard let name = byCanonical[ExprWalker.canonical(e)] else { return nil }
      return Expr(kind: .variable(name), range: e.range, id: e.id)
    }
  }

  mutating func projection(_ p: Projection, _ scope: Scope, isWith: Bool) throws(CypherError)
    -> (AnalyzedProjection, Scope)
  {
    var items: [ProjectionItem] = []
    if p.star {
      let visible = scope.keys.sorted()
      if visible.isEmpty && p.items.isEmpty {
        throw error("NoVariablesInScope", "'\(isWith ? "WITH" : "RETURN") *' needs variables in scope", p.range)
      }
      items = visible.map {
        ProjectionItem(expression: Expr(kind: .variable($0), range: p.range, id: -1), name: $0, hasAlias: false)
      }
    }
    items += p.items
    var names = Set<String>()
    for item in items {
      try check(item.expression, scope, aggregates: true, clause: isWith ? "WITH" : "RETURN")
      if isWith && !item.hasAlias {
        if case .variable = item.expression.kind {
        } else {
          throw error("NoExpressionAlias", "an expression in WITH needs a name: add AS", item.expression.range)
        }
      }
      guard names.insert(item.name).inserted else {
        throw error("ColumnNameConflict", "two columns are named '\(item.name)'", item.expression.range)
      }
    }
    let aggregates = items.flatMap { Aggregation.calls(in: $0.expression) }
    if !aggregates.isEmpty {
      for item in items where Aggregation.contains(item.expression) { try checkUnambiguous(item.expression, items) }
      // ORDER BY reads the projected columns: only a grouping expression repeated next to an
      // aggregate (`ORDER BY a.x + b.y + count(*)` after `RETURN a.x + b.y, …`) is ambiguous.
      let grouped = Set(
        items.filter {
          switch $0.expression.kind {
          case .variable, .property: return false
          default: return !Aggregation.contains($0.expression)
          }
        }.map { ExprWalker.canonical($0.expression) })
      for sort in p.orderBy where Aggregation.contains(sort.expression) {
        var repeated: Expr?
        ExprWalker.visit(sort.expression) { e in
          if repeated != nil || Aggregation.calls(in: e).contains(where: { $0.id == e.id }) { return false }
          if grouped.contains(ExprWalker.canonical(e)) {
            repeated = e
            return false
          }
          return true
        }
        if let repeated {
          throw error(
            "AmbiguousAggregationExpression",
            "ORDER BY repeats the grouping expression \(ExprWalker.canonical(repeated)) next to an aggregate: sort by its column's alias",
            repeated.range)
        }
      }
    }
    let grouping = items.indices.filter { !Aggregation.contains(items[$0].expression) }
    var newScope: Scope = [:]
    for item in items { newScope[item.name] = kind(of: item.expression, scope) }
    let seesInput = aggregates.isEmpty && !p.distinct
    var orderScope = newScope
    if seesInput { orderScope.merge(scope) { projected, _ in projected } }
    var order: [SortItem] = []
    for sort in p.orderBy {
      let rewritten = rewriteToColumns(sort.expression, items)
      try check(rewritten, orderScope, aggregates: false, clause: "ORDER BY")
      order.append(SortItem(expression: rewritten, ascending: sort.ascending))
    }
    for bound in [p.skip, p.limit].compactMap({ $0 }) {
      try checkCount(bound, p.skip.map { $0.id == bound.id } ?? false)
    }
    let analyzed = AnalyzedProjection(
      items: items, distinct: p.distinct, aggregates: aggregates, groupingItems: grouping, orderBy: order,
      orderSeesInput: seesInput, skip: p.skip, limit: p.limit, filter: nil)
    return (analyzed, newScope)
  }

  /// Outside its aggregate calls, an expression that aggregates may only read the grouping key:
  /// variables returned as themselves, and properties returned as themselves (`RETURN n.x,
  /// n.x + count(*)`); anything else (`me.age + count(*)` without `me`) has no single value per
  /// group.
  private func checkUnambiguous(_ expr: Expr, _ items: [ProjectionItem]) throws(CypherError) {
    var keys = Set<String>()
    var variables = Set<String>()
    for item in items where !Aggregation.contains(item.expression) {
      switch item.expression.kind {
      case .variable(let v): variables.insert(v)
      case .property(let base, _):
        if case .variable = base.kind { keys.insert(ExprWalker.canonical(item.expression)) }
      default: break
      }
    }
    func find(_ e: Expr, _ local: Set<String>) -> Expr? {
      switch e.kind {
      case .countStar: return nil
      case .function(let name, _, _) where Aggregation.isAggregate(name): return nil
      case .property where keys.contains(ExprWalker.canonical(e)): return nil
      case .variable(let v): return variables.contains(v) || local.contains(v) ? nil : e
      case .listComprehension(let v, let list, let filter, let map):
        return find(list, local) ?? [filter, map].compactMap { $0 }.lazy.compactMap { find($0, local.union([v])) }.first
      case .quantifier(_, let v, let list, let filter):
        return find(list, local) ?? find(filter, local.union([v]))
      default:
        return ExprWalker.children(e).lazy.compactMap { find($0, local) }.first
      }
    }
    if let offending = find(expr, []) {
      throw error(
        "AmbiguousAggregationExpression",
        "\(ExprWalker.canonical(offending)) is read outside the aggregate but is not a grouping key: return it as a column of its own",
        offending.range)
    }
  }

  /// SKIP and LIMIT take constant, non-negative integers.
  private func checkCount(_ expr: Expr, _ isSkip: Bool) throws(CypherError) {
    let clause = isSkip ? "SKIP" : "LIMIT"
    var usesVariable = false
    ExprWalker.visit(expr) { e in
      if case .variable = e.kind { usesVariable = true }
      return true
    }
    if usesVariable {
      throw error("NonConstantExpression", "\(clause) needs a constant expression", expr.range)
    }
    switch expr.kind {
    case .literal(.int(let i)) where i < 0:
      throw error("NegativeIntegerArgument", "\(clause) must not be negative", expr.range)
    case .literal(.float):
      throw error("InvalidArgumentType", "\(clause) needs an integer", expr.range)
    default: break
    }
  }
}
