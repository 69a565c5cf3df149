import Foundation

/// The path of a file in this target's `Fixtures/` resources.
func fixture(_ name: String) throws -> String {
  guard let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil) else {
    throw FixtureMissing(name: name)
  }
  return url.path
}

struct FixtureMissing: Error, CustomStringConvertible {
  let name: String
  var description: String { "fixture \(name) is missing" }
}

/// A fresh database file path in a temporary folder.
func temporaryDatabasePath() -> String {
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bilat-tests-\(UUID().uuidString)")
  try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  return dir.appendingPathComponent("graph.sqlite").path
}
