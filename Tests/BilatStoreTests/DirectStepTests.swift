import Foundation
import GRDB
import GRDBSQLite
import Testing

@testable import BilatStore

/// Statements stepped directly (``GRDB/Statement/forEachDirectRow(_:)``) give the rows GRDB
/// gives, report errors as GRDB does, leave the statement reusable; and ``StatementMemo``
/// tells SQL texts and connections apart.
@Suite struct DirectStepTests {
  private func queue() throws -> DatabaseQueue {
    let queue = try DatabaseQueue()
    try queue.write { db in
      try db.execute(sql: "CREATE TABLE t(a INTEGER, b TEXT)")
      // Bound whole (GRDB's own SQL text and bindings stop at U+0000).
      try db.run("INSERT INTO t VALUES (1, 'x'), (2, ?), (3, NULL)", ["y\u{0}z"])
    }
    return queue
  }

  @Test func rowsBindingsAndReuse() throws {
    try queue().inDatabase { db in
      let statement = try db.cachedStatement(sql: "SELECT a, b FROM t WHERE a >= ? ORDER BY a")
      for (bound, expected) in [(2, [2, 3]), (1, [1, 2, 3]), (4, [])] {
        try statement.bindDirect([bound])
        var seen: [Int64] = []
        try statement.forEachDirectRow { seen.append(SQLRow(statement: $0).int64(0)) }
        #expect(seen == expected.map(Int64.init))
      }
      // Text is read whole; a statement left after its first row is reset for the next run.
      try statement.bindDirect([2])
      var texts: [String?] = []
      try statement.forEachDirectRow { texts.append(SQLRow(statement: $0).optionalText(1)) }
      #expect(texts == ["y\u{0}z", nil])
      struct Stop: Error {}
      try statement.bindDirect([1])
      #expect(throws: Stop.self) { try statement.forEachDirectRow { _ in throw Stop() } }
      // GRDB can run it afterwards, given its arguments.
      #expect(try Int64.fetchAll(statement, arguments: [3]) == [3])
    }
  }

  @Test func argumentCountAndStepErrors() throws {
    try queue().inDatabase { db in
      let statement = try db.cachedStatement(sql: "SELECT a FROM t WHERE a = ?")
      #expect(throws: DatabaseError.self) { try statement.bindDirect([1, 2]) }
      let failing = try db.cachedStatement(sql: "SELECT abs(-9223372036854775807 - 1)")
      let error = #expect(throws: DatabaseError.self) { try failing.forEachDirectRow { _ in } }
      #expect(error?.resultCode == .SQLITE_ERROR)
      #expect(error?.message?.contains("integer overflow") == true)
      // The connection and statement stay usable.
      try statement.bindDirect([1])
      var count = 0
      try statement.forEachDirectRow { _ in count += 1 }
      #expect(count == 1)
    }
  }

  @Test func readsThroughForEachRowAndWritesThroughGRDB() throws {
    let queue = try queue()
    let (texts, returned, count) = try queue.write { db in
      (
        try db.rows("SELECT b FROM t WHERE a = ?", [2]) { $0.text(0) },
        // A write with RETURNING is not read-only: it runs through GRDB and takes effect.
        try db.rows("UPDATE t SET a = a + 10 WHERE a = ? RETURNING a", [1]) { $0.int64(0) },
        try Int.fetchOne(db, sql: "SELECT count(*) FROM t WHERE a = 11")
      )
    }
    #expect(texts == ["y\u{0}z"])
    #expect(returned == [11])
    #expect(count == 1)
  }

  @Test func transactionStatementsRunDirectly() throws {
    try queue().inDatabase { db in
      try db.cachedStatement(sql: "BEGIN DEFERRED TRANSACTION").runDirect()
      #expect(db.isInsideTransaction)
      #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM t") == 3)
      try db.cachedStatement(sql: "COMMIT TRANSACTION").runDirect()
      #expect(!db.isInsideTransaction)
      #expect(throws: DatabaseError.self) { try db.cachedStatement(sql: "COMMIT TRANSACTION").runDirect() }
    }
  }

  @Test func memoTellsTextsAndConnectionsApart() throws {
    let memo = StatementMemo()
    let one = try queue()
    let two = try queue()
    let a = "SELECT a FROM t WHERE a = 1"
    let b = "SELECT a FROM t WHERE a = 2"
    try one.inDatabase { db in
      let first = try memo.statement(db, sql: a)
      #expect(try memo.statement(db, sql: a) === first)
      #expect(first === (try db.cachedStatement(sql: a)))
      let other = try memo.statement(db, sql: b)
      #expect(other !== first)
      #expect(try Int64.fetchOne(other) == 2)
      #expect(try memo.statement(db, sql: a) === first)
    }
    let firstOfOne = try one.inDatabase { db in try memo.statement(db, sql: a) }
    try two.inDatabase { db in
      let statement = try memo.statement(db, sql: a)
      #expect(statement !== firstOfOne)
      #expect(statement === (try db.cachedStatement(sql: a)))
    }
  }

  @Test func memoNeverKeepsAStatementItsConnectionDropped() throws {
    let memo = StatementMemo()
    weak var dropped: Statement?
    try {
      let queue = try queue()
      try queue.inDatabase { db in dropped = try memo.statement(db, sql: "SELECT 1") }
    }()
    #expect(dropped == nil)
    let again = try queue()
    let one = try again.inDatabase { db in try Int.fetchOne(memo.statement(db, sql: "SELECT 1")) }
    #expect(one == 1)
  }
}
