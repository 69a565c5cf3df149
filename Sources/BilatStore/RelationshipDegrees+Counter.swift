import GRDB

extension RelationshipDegrees {
  /// The degree counts of what a bulk load writes while the table's triggers are dropped
  /// (``RelationshipDegrees/dropTriggers(_:)``): one array per (type, side) indexed by the
  /// node ids the load creates, a dictionary for older nodes, written once before the commit
  /// instead of two upserts per relationship.
  ///
  /// The rows go first, in key order, into a TEMP table of the same definition, and from there
  /// into `relationship_degree` by one `INSERT … SELECT *`: into an empty table SQLite then
  /// copies whole B-tree pages (its transfer optimization), packed full, where row-by-row
  /// inserts leave about 12% of each page empty (4.2 MB against 4.8 on the large workload).
  /// A value the loader owns, so that the per-row updates need no reference counting or dynamic
  /// exclusivity checks.
  struct Counter {
    private struct Key: Hashable, Comparable {
      var node: Int64
      var type: Int64
      static func < (a: Key, b: Key) -> Bool { (a.node, a.type) < (b.node, b.type) }
    }

    /// Sides, as array slots: start (the end is another node), end, self-loop.
    private static let sides = 3
    private let firstNodeID: Int64
    /// counts[type * 3 + side][node - firstNodeID], for the nodes the load creates.
    private var counts: [[UInt32]] = []
    /// Counts at nodes that existed before the load (added to their stored rows).
    private var older: [Key: [Int64]] = [:]

    init(firstNodeID: Int64) { self.firstNodeID = firstNodeID }

    /// Counts a relationship of type `type` from `start` to `end`.
    @inline(__always)
    mutating func relationship(type: Int64, start: Int64, end: Int64) {
      if start == end {
        add(start, type, 2)
      } else {
        add(start, type, 0)
        add(end, type, 1)
      }
    }

    @inline(__always)
    private mutating func add(_ node: Int64, _ type: Int64, _ side: Int) {
      let index = node - firstNodeID
      guard index >= 0 else {
        older[Key(node: node, type: type), default: [0, 0, 0]][side] += 1
        return
      }
      let slot = Int(type) * Self.sides + side
      if slot >= counts.count { counts.append(contentsOf: repeatElement([], count: slot + 1 - counts.count)) }
      let position = Int(index)
      if position >= counts[slot].count {
        // Grown in steps, not per node: ids arrive in any order.
        counts[slot].append(contentsOf: repeatElement(0, count: max(position + 1 - counts[slot].count, 4096)))
      }
      counts[slot][position] += 1
    }

    /// Adds the counts to the stored table (inside the load's transaction).
    func write(_ db: Database) throws {
      guard !older.isEmpty || counts.contains(where: { !$0.isEmpty }) else { return }
      // The stored table's own definition, so that the transfer optimization applies.
      guard
        let definition = try String.fetchOne(
          db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'relationship_degree'"),
        let body = definition.range(of: "(")
      else { throw StoreError.schemaMissing("no relationship_degree table") }
      try db.execute(sql: "DROP TABLE IF EXISTS temp.relationship_degree_load")
      try db.execute(sql: "CREATE TEMP TABLE relationship_degree_load " + definition[body.lowerBound...])
      let insert = try BulkStatement(
        db,
        sql: """
          INSERT INTO temp.relationship_degree_load(node_id, type_id, start_count, end_count, loop_count)
          VALUES (?, ?, ?, ?, ?)
          """)
      // Older nodes have the smaller ids: their rows come first.
      for (key, sides) in older.sorted(by: { $0.key < $1.key }) {
        try row(insert, key.node, key.type, sides[0], sides[1], sides[2])
      }
      let types = counts.count / Self.sides + (counts.count % Self.sides == 0 ? 0 : 1)
      let longest = counts.map(\.count).max() ?? 0
      for position in 0..<longest {
        for type in 0..<types {
          func count(_ side: Int) -> Int64 {
            let slot = type * Self.sides + side
            return slot < counts.count && position < counts[slot].count ? Int64(counts[slot][position]) : 0
          }
          let (starts, ends, loops) = (count(0), count(1), count(2))
          guard starts + ends + loops > 0 else { continue }
          try row(insert, firstNodeID + Int64(position), Int64(type), starts, ends, loops)
        }
      }
      let empty = try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT 1 FROM relationship_degree LIMIT 1)") == 0
      if empty {
        try db.execute(sql: "INSERT INTO relationship_degree SELECT * FROM temp.relationship_degree_load")
      } else {
        try db.execute(
          sql: """
            INSERT INTO relationship_degree SELECT * FROM temp.relationship_degree_load WHERE true
            ON CONFLICT (node_id, type_id) DO UPDATE SET
              start_count = start_count + excluded.start_count,
              end_count = end_count + excluded.end_count,
              loop_count = loop_count + excluded.loop_count
            """)
      }
      try db.execute(sql: "DROP TABLE temp.relationship_degree_load")
    }

    @inline(__always)
    private func row(_ insert: BulkStatement, _ node: Int64, _ type: Int64, _ s: Int64, _ e: Int64, _ l: Int64) throws {
      insert.bind(1, node)
      insert.bind(2, type)
      insert.bind(3, s)
      insert.bind(4, e)
      insert.bind(5, l)
      try insert.step()
    }
  }
}
