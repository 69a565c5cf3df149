import BilatExtraction
import Foundation
import Testing

/// Paths of the test fixtures and of the project's own data.
enum Fixture {
  static func path(_ name: String) -> String {
    guard let base = Bundle.module.resourceURL else { preconditionFailure("test bundle has no resources") }
    return base.appendingPathComponent("Fixtures").appendingPathComponent(name).path
  }

  /// The repository root, from this file's location.
  static var repository: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  }

  static func extract(_ name: String) throws -> Extraction {
    try Extractor().extract(path: path(name))
  }

  static func article(_ text: String, source: String = "test.txt") throws -> Extraction {
    Extractor().extract(try ArticleReader.read(text: text, source: source))
  }

  /// Expects the MET_WITH pairs of `text`, each as its two names in alphabetical order, exactly.
  static func expectMeetings(
    _ text: String, source: String, _ expected: [[String]], sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let x = try article(text, source: source)
    #expect(
      x.meetingPairs() == Set(expected), "meetings: \(x.relationNames("MET_WITH"))", sourceLocation: sourceLocation)
  }
}

extension Extraction {
  func entityNames(_ label: String) -> Set<String> { Set(entities(label).map(\.name)) }

  func relationNames(_ type: String) -> [(String, String)] { relations(type).map { names(of: $0) } }

  func person(_ name: String) -> ExtractedEntity? { entities("Person").first { $0.name == name } }

  /// The MET_WITH pairs, each as its two names in alphabetical order.
  func meetingPairs() -> Set<[String]> {
    Set(relations("MET_WITH").map { [names(of: $0).0, names(of: $0).1].sorted() })
  }

  /// A property ("date", "place") of the first MET_WITH, nil when it has none or there is no meeting.
  func meetingProperty(_ key: String) -> String? {
    relations("MET_WITH").first?.properties[key]?.stringValue
  }
}
