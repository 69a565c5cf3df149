extension SQLCompiler {
  /// The select list of a count grouped by one node (the degree rule and the endpoint count):
  /// each returned property and the node itself are grouping terms, every other item is the
  /// count; ORDER BY may only name returned columns.
  struct GroupedCountProjection {
    var select: [String] = []
    var grouping: [String] = []
    var columns: [SQLPlan.Column] = []
    var orderBy: [(column: Int, ascending: Bool)] = []
  }

  /// `projection`'s grouped count: `node` is the SQL of the grouped node's id, `count` the SQL
  /// of its count, and `property` gives the value and type terms of a returned property (nil
  /// when it cannot be read there). Nil when an ORDER BY key is not a returned column.
  static func groupedCountProjection(
    _ projection: AnalyzedProjection, node: String, count: String,
    property: (_ base: Expr, _ key: String) throws -> [String]?
  ) rethrows -> GroupedCountProjection? {
    var g = GroupedCountProjection()
    for item in projection.items {
      switch item.expression.kind {
      case .property(let base, let key):
        guard let terms = try property(base, key) else { return nil }
        g.select += terms
        g.grouping += terms
        g.columns.append(SQLPlan.Column(name: item.name, decode: .property, hidden: false))
      case .variable:
        g.select.append(node)
        g.grouping.append(node)
        g.columns.append(SQLPlan.Column(name: item.name, decode: .node, hidden: false))
      default:
        g.select.append(count)
        g.columns.append(SQLPlan.Column(name: item.name, decode: .integer, hidden: false))
      }
    }
    for sort in projection.orderBy {
      guard case .variable(let name) = sort.expression.kind,
        let index = g.columns.firstIndex(where: { $0.name == name })
      else { return nil }
      g.orderBy.append((index, sort.ascending))
    }
    return g
  }
}
