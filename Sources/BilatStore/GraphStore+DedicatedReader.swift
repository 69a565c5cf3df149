import GRDB

extension GraphStore {
  /// Runs `body` with a read-only view of a consistent snapshot, like ``read(_:)``, on the
  /// store's dedicated read connection when no other caller holds it (cheaper per call: for the
  /// query engine, whose point lookups take microseconds), else through the pool; in-memory
  /// stores read through their one connection.
  public func readDedicated<T>(_ body: (GraphDatabase) throws -> T) throws -> T {
    if let dedicated, let result = try dedicated.read({ db in try body(GraphDatabase(db)) }) { return result }
    return try read(body)
  }
}
