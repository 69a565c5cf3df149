import GRDB

extension EndpointLabels {
  /// The summary's counts for what a bulk load writes while its triggers are dropped
  /// (``EndpointLabels/dropTriggers(_:)``): the labels of each node the load creates are kept
  /// as it creates them, those of older nodes read once from the database, and each
  /// relationship adds one per label at each end, in arrays indexed by type and label id (a
  /// few hundred at most), instead of three upserts per row. A value the loader owns, so that
  /// the per-row updates need no reference counting or dynamic exclusivity checks.
  struct Counter {
    private let firstNodeID: Int64
    /// The first label of each node created by the load (0: none), by id - firstNodeID.
    private var firstLabels: [Int64] = []
    /// The further labels of the nodes created by the load that have some.
    private var extraLabels: [Int64: [Int64]] = [:]
    /// Labels of older nodes, read on first use.
    private var olderLabels: [Int64: [Int64]] = [:]
    /// counts[typeID * 2 + side][labelID]; label 0 of side 0 is the type's total.
    private var counts: [[Int]] = []

    init(firstNodeID: Int64) { self.firstNodeID = firstNodeID }

    /// Records node `id` (the next one the load creates) with first label `label` (0: none).
    @inline(__always)
    mutating func node(_ id: Int64, label: Int64) {
      let index = Int(id - firstNodeID)
      if index == firstLabels.count {
        firstLabels.append(label)
      } else {
        while firstLabels.count <= index { firstLabels.append(0) }
        firstLabels[index] = label
      }
    }

    /// Records a further label of node `id`, created by the load.
    mutating func extraLabel(_ label: Int64, of id: Int64) { extraLabels[id, default: []].append(label) }

    /// Counts a relationship of type `type` from `start` to `end`.
    @inline(__always)
    mutating func relationship(type: Int64, start: Int64, end: Int64, _ db: Database) throws {
      add(type, .start, 0)
      try addLabels(of: start, type, .start, db)
      try addLabels(of: end, type, .end, db)
    }

    @inline(__always)
    private mutating func add(_ type: Int64, _ side: Side, _ label: Int64) {
      let row = Int(type) * 2 + side.rawValue
      if row >= counts.count { counts.append(contentsOf: repeatElement([], count: row + 1 - counts.count)) }
      let column = Int(label)
      if column >= counts[row].count {
        counts[row].append(contentsOf: repeatElement(0, count: column + 1 - counts[row].count))
      }
      counts[row][column] += 1
    }

    /// Adds one at `side` of type `type` for each label of `node`.
    @inline(__always)
    private mutating func addLabels(of node: Int64, _ type: Int64, _ side: Side, _ db: Database) throws {
      let index = node - firstNodeID
      if index >= 0, index < firstLabels.count {
        let first = firstLabels[Int(index)]
        if first != 0 { add(type, side, first) }
        // Most loads give no node a second label: no hashing per relationship end then.
        if !extraLabels.isEmpty, let extra = extraLabels[node] {
          for label in extra { add(type, side, label) }
        }
        return
      }
      let labels: [Int64]
      if let known = olderLabels[node] {
        labels = known
      } else {
        labels = try Int64.fetchAll(
          db,
          sql: """
            SELECT label_id FROM node WHERE id = ?1 AND label_id IS NOT NULL
            UNION ALL SELECT label_id FROM node_extra_label WHERE node_id = ?1
            """, arguments: [node])
        olderLabels[node] = labels
      }
      for label in labels { add(type, side, label) }
    }

    /// Adds the counts to the stored summary (inside the load's transaction).
    func write(_ db: Database) throws {
      let statement = try db.makeStatement(
        sql: """
          INSERT INTO relationship_endpoint_label(type_id, side, label_id, count) VALUES (?, ?, ?, ?)
          ON CONFLICT (type_id, side, label_id) DO UPDATE SET count = count + excluded.count
          """)
      for (row, labels) in counts.enumerated() {
        for (label, count) in labels.enumerated() where count > 0 {
          try statement.execute(arguments: [row / 2, row % 2, label, count])
        }
      }
    }
  }
}
