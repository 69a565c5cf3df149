/// Node labels (docs/storage-v2.md, "Version 6"): a node row holds `label_id`, the id in `label`
/// (a ``NameTable``) of its first label in the order of the names (NULL: none), and
/// `node_extra_label` the ids of the others. The one SQL text every module uses for `n:L` and to
/// read a node's labels; a label's name is always bound, its id looked up by a subquery.
public enum LabelSQL {
  /// The table of label names.
  public static let table = NameTable.labels

  /// True when node row `alias` has the label bound at `parameter` (`?1`, `:label`...): its
  /// `label_id` column, or one of its `node_extra_label` rows (subqueries SQLite runs once per
  /// statement).
  public static func test(_ alias: String, parameter: String) -> String {
    let id = table.id(parameter)
    return "(\(alias).label_id = \(id) OR \(alias).id IN (SELECT node_id FROM node_extra_label WHERE label_id = \(id)))"
  }

  /// True when the node whose id is the SQL expression `nodeID` (`r1.end_id`) has the label
  /// bound at `parameter`, without a `node` row of the statement's own: a lookup by primary key
  /// (and the extra labels' list), for a test that is mostly skipped (``EndpointLabels``).
  public static func test(nodeID: String, parameter: String) -> String {
    let id = table.id(parameter)
    return "((SELECT label_id FROM node WHERE id = \(nodeID)) = \(id) "
      + "OR \(nodeID) IN (SELECT node_id FROM node_extra_label WHERE label_id = \(id)))"
  }

  /// True when node row `alias` has one of the labels in the JSON array of strings bound at
  /// `parameter`.
  public static func test(_ alias: String, jsonArray parameter: String) -> String {
    let ids = table.ids(jsonArray: parameter)
    return "(\(alias).label_id IN \(ids) "
      + "OR \(alias).id IN (SELECT node_id FROM node_extra_label WHERE label_id IN \(ids)))"
  }

  /// The ids of the nodes with the label bound at `parameter`, as a subquery's SELECT.
  public static func nodes(parameter: String) -> String {
    let id = table.id(parameter)
    return "SELECT id FROM node WHERE label_id = \(id) "
      + "UNION ALL SELECT node_id FROM node_extra_label WHERE label_id = \(id)"
  }

  /// `SELECT label FROM ...`: the label names of the node with id expression `id` (its row's
  /// label, then its extra labels), one column named `label`.
  public static func names(of id: String) -> String {
    "SELECT l.name AS label FROM node n JOIN label l ON l.id = n.label_id WHERE n.id = \(id) "
      + "UNION ALL SELECT l.name FROM node_extra_label e JOIN label l ON l.id = e.label_id WHERE e.node_id = \(id)"
  }

  /// The name of the label whose id is the SQL expression `labelID` (a column such as `n.label_id`).
  public static func name(_ labelID: String) -> String { table.name(labelID) }

  /// The names of the labels some node has (a label stays registered after its last node is
  /// deleted or loses it).
  public static let inUse = """
    SELECT name FROM label l WHERE EXISTS (SELECT 1 FROM node WHERE label_id = l.id)
      OR EXISTS (SELECT 1 FROM node_extra_label WHERE label_id = l.id)
    """
}
