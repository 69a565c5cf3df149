/// Storage v2's label test, the one SQL text every module uses for `n:L` (docs/storage-v2.md).
public enum LabelSQL {
  /// True when node row `alias` has the label bound at `parameter` (`?1`, `:label`...): its
  /// `label` column, or one of its `node_extra_label` rows (a subquery SQLite runs once per
  /// statement).
  public static func test(_ alias: String, parameter: String) -> String {
    "(\(alias).label = \(parameter) OR \(alias).id IN (SELECT node_id FROM node_extra_label WHERE label = \(parameter)))"
  }

  /// The ids of the nodes with the label bound at `parameter`, as a subquery's SELECT.
  public static func nodes(parameter: String) -> String {
    "SELECT id FROM node WHERE label = \(parameter) UNION ALL SELECT node_id FROM node_extra_label WHERE label = \(parameter)"
  }
}
