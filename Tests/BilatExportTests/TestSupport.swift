import BilatExport
import BilatStore
import Foundation

/// Helpers shared by the export tests.
enum TestSupport {
  static func dot(
    _ store: GraphStore, selection: GraphSelection = .all, options: DOTOptions = DOTOptions()
  ) throws -> String {
    try store.read { db in
      let output = TextOutput()
      try DOTExporter.export(db, selection: selection, options: options, to: output)
      return output.text
    }
  }

  static func json(_ store: GraphStore, selection: GraphSelection = .all) throws -> String {
    try store.read { db in
      let output = TextOutput()
      try JSONGraphExporter.export(db, selection: selection, to: output)
      return output.text
    }
  }

  static func graphML(_ store: GraphStore, selection: GraphSelection = .all) throws -> String {
    try store.read { db in
      let output = TextOutput()
      try GraphMLExporter.export(db, selection: selection, to: output)
      return output.text
    }
  }

  static func select(_ store: GraphStore, _ criteria: SelectionCriteria) throws -> GraphSelection {
    try store.read { db in try criteria.resolve(in: db) }
  }

  static func fixtureURL(_ name: String) throws -> URL {
    guard let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil) else {
      throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: name])
    }
    return url
  }

  static func temporaryFile(_ name: String) -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("bilat-export-tests-\(UUID().uuidString)-\(name)")
  }

  /// Runs a program, returning its exit status, stdout and stderr.
  static func run(_ executable: String, _ arguments: [String], input: String? = nil) throws
    -> (status: Int32, out: String, err: String)
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let outFile = temporaryFile("out")
    let errFile = temporaryFile("err")
    let inFile = temporaryFile("in")
    defer {
      for file in [outFile, errFile, inFile] { try? FileManager.default.removeItem(at: file) }
    }
    _ = FileManager.default.createFile(atPath: outFile.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
    _ = FileManager.default.createFile(atPath: inFile.path, contents: Data((input ?? "").utf8))
    let outHandle = try FileHandle(forWritingTo: outFile)
    let errHandle = try FileHandle(forWritingTo: errFile)
    process.standardOutput = outHandle
    process.standardError = errHandle
    process.standardInput = try FileHandle(forReadingFrom: inFile)
    try process.run()
    process.waitUntilExit()
    try outHandle.close()
    try errHandle.close()
    return (
      process.terminationStatus, try String(contentsOf: outFile, encoding: .utf8),
      try String(contentsOf: errFile, encoding: .utf8)
    )
  }
}
