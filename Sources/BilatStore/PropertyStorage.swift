import BilatCore
import GRDB

/// Where Storage v2 keeps a property (docs/storage-v2.md): a hot key's string value in the
/// row's column of that name, every other value in the row's `props` JSON object.
///
/// The one place that routes properties to columns and JSON (``route(_:hot:)``, for every
/// writer) and merges them back (``merge(hot:columns:props:)``, for every reader: Query,
/// Export, Serve).
public enum PropertyStorage {
  /// The hot keys of `node`, in column order.
  public static let nodeHotKeys = ["name", "country"]
  /// The hot keys of `relationship`, in column order.
  public static let relationshipHotKeys = ["date"]

  /// The column values of `hot` keys (a string, else NULL) and the `props` JSON of the rest.
  public static func route(_ properties: [String: PropertyValue], hot: [String]) -> (
    columns: [DatabaseValue], props: String
  ) {
    var rest = properties
    var columns: [DatabaseValue] = []
    for key in hot {
      if case .string(let s)? = properties[key] {
        columns.append(s.databaseValue)
        rest[key] = nil
      } else {
        columns.append(.null)
      }
    }
    return (columns, PropertyValue.jsonObject(rest))
  }

  /// The properties of a row: its `props` object with the hot columns that are not NULL.
  public static func merge(hot: [String], columns: [String?], props: String) throws -> [String: PropertyValue] {
    var result = props == "{}" ? [:] : try PropertyValue.properties(json: props)
    for (key, value) in zip(hot, columns) {
      if let value { result[key] = .string(value) }
    }
    return result
  }

  /// The properties of a row read by ``SQLRow``: the `hot` columns from `column` on, then
  /// `props` (as ``nodeColumns(_:)`` and ``relationshipColumns(_:)`` select them).
  public static func properties(_ row: SQLRow, at column: Int32, hot: [String]) throws -> [String: PropertyValue] {
    let columns = hot.indices.map { row.optionalText(column + Int32($0)) }
    return try merge(hot: hot, columns: columns, props: row.text(column + Int32(hot.count)))
  }

  /// `a.name, a.country, a.props` for a node alias `a` (nil: no alias).
  public static func nodeColumns(_ alias: String? = nil) -> String {
    columns(nodeHotKeys, alias)
  }

  /// `a.date, a.props` for a relationship alias `a` (nil: no alias).
  public static func relationshipColumns(_ alias: String? = nil) -> String {
    columns(relationshipHotKeys, alias)
  }

  private static func columns(_ hot: [String], _ alias: String?) -> String {
    (hot + ["props"]).map { column in alias.map { "\($0).\(column)" } ?? column }.joined(separator: ", ")
  }

  /// The JSON path of `key` in `props`, to bind as a parameter: `$.key`, or `$."key"` when the
  /// key is not a plain identifier (`.`, `$`, spaces...). Nil when SQLite 3.40's path syntax
  /// cannot name the key (it holds `"`, `\\` or a control character): such a key is read in
  /// Swift from the whole `props`, never through a path.
  public static func jsonPath(_ key: String) -> String? {
    let plain =
      !key.isEmpty
      && key.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "_" || ("0"..."9").contains($0) }
    if plain { return "$." + key }
    if key.unicodeScalars.contains(where: { $0 == "\"" || $0 == "\\" || $0.value < 0x20 }) { return nil }
    return "$.\"" + key + "\""
  }
}
