import BilatCore
import BilatStore
import Foundation

/// Reads Bilat's graph JSON (as written by ``JSONGraphExporter``) into a store.
///
/// Everything goes in one transaction: on any error nothing is imported. Nodes and
/// relationships get new ids; the file's ids only link relationships to nodes. Evidence is
/// re-attached when its article (by source) is in the database, else dropped and counted.
/// The file is read in chunks and walked element by element, so large exports import in
/// bounded memory (plus the id map).
public enum GraphJSONImporter {
  /// Imports the graph JSON file at `url` into `store`.
  ///
  /// - Throws: ``GraphImportError`` naming the file, line and column of the problem.
  public static func importGraph(from url: URL, into store: GraphStore) throws -> ImportSummary {
    let name = url.path
    let handle: FileHandle
    do {
      handle = try FileHandle(forReadingFrom: url)
    } catch {
      throw GraphImportError(file: name, line: 0, column: 0, message: "cannot open: \(error.localizedDescription)")
    }
    defer { try? handle.close() }
    return try importGraph(JSONStreamParser(handle: handle), file: name, into: store)
  }

  /// Imports graph JSON held in memory (`file` names it in errors).
  public static func importGraph(json: String, file: String = "<input>", into store: GraphStore) throws
    -> ImportSummary
  {
    try importGraph(JSONStreamParser(bytes: Array(json.utf8)), file: file, into: store)
  }

  private static func importGraph(_ parser: JSONStreamParser, file: String, into store: GraphStore) throws
    -> ImportSummary
  {
    do {
      return try store.write { db in
        // On an empty graph, building the secondary indexes once at the end beats updating
        // them row by row.
        let deferredIndexes = try SecondaryIndexes.dropIfEmpty(db.db)
        var state = try GraphImportState(db: db, file: file)
        try parser.beginObject()
        var first = true
        while let (key, _, _) = try parser.nextKey(first: first) {
          first = false
          switch key {
          case "nodes":
            try parser.beginArray()
            var firstNode = true
            while try parser.hasNextElement(first: firstNode) {
              firstNode = false
              try state.importNode(try parser.parseValue())
            }
          case "relationships":
            try parser.beginArray()
            var firstRelationship = true
            while try parser.hasNextElement(first: firstRelationship) {
              firstRelationship = false
              try state.importRelationship(try parser.parseValue())
            }
          default:
            _ = try parser.parseValue()  // unknown members are skipped, for forward compatibility
          }
        }
        try parser.finish()
        for sql in deferredIndexes { try db.db.execute(sql: sql) }
        try PlannerStatistics.refresh(db.db, full: true)
        return state.summary
      }
    } catch let error as JSONSyntaxError {
      throw GraphImportError(file: file, line: error.line, column: error.column, message: error.message)
    } catch let error as GraphImportError {
      throw error
    } catch {
      throw GraphImportError(
        file: file, line: parser.line, column: parser.column, message: "\(error.localizedDescription)")
    }
  }
}
