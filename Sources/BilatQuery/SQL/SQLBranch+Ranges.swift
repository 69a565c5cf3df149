import BilatStore

extension SQLBranch {
  /// A relationship whose hot column (``BilatStore/PropertyStorage/relationshipHotKeys``) is
  /// compared with constants: the join can start from the relationships in that range,
  /// read through `relationship_by_date` (its type, then the column), instead of from a bound
  /// node whose relationships are walked one by one and filtered.
  struct RangeBound: Sendable {
    /// One end of the range: the argument index (0-based) of its value, and whether it is included.
    struct Limit: Sendable, Equatable {
      var argument: Int
      var inclusive: Bool
    }

    /// The relationship's row alias.
    var row: String
    /// The hot column (a fixed name, never input).
    var column: String
    /// The relationship's one type.
    var type: String
    var lower: Limit?
    var upper: Limit?
    /// The node id expression at each end and the column it is joined on there.
    var ends: [(id: String, column: String)]
  }

  /// Records that relationship property `p` is compared with the constant `value` by `op`,
  /// bound at argument `valueArgument`: a range on the hot column of a relationship of one
  /// type narrows ``rangeBounds``. The index the start would read holds only that column, so
  /// only the indexed hot key (`date`) counts.
  mutating func markRange(_ p: SQLProperty, _ op: BinaryOperator, valueArgument: Int, _ value: Expr) {
    guard !p.isNode, let column = p.column, column == Self.rangeIndexedColumn, SQLProperty.comparesColumn(value),
      valueArgument < arguments.count,
      let types = relationshipAliases.first(where: { $0.alias == p.row })?.types, types.count == 1,
      let ends = relationshipEnds[p.row]
    else { return }
    let index =
      rangeBounds.firstIndex { $0.row == p.row && $0.column == column }
      ?? {
        rangeBounds.append(RangeBound(row: p.row, column: column, type: types[0], ends: ends))
        return rangeBounds.count - 1
      }()
    let limit = RangeBound.Limit(argument: valueArgument, inclusive: op != .less && op != .greater)
    switch op {
    case .equal:
      rangeBounds[index].lower = limit
      rangeBounds[index].upper = limit
    case .greater, .greaterOrEqual: rangeBounds[index].lower = limit
    case .less, .lessOrEqual: rangeBounds[index].upper = limit
    default: break
    }
  }

  /// The relationship hot column that `relationship_by_date` indexes after the type.
  static let rangeIndexedColumn = "date"
}
