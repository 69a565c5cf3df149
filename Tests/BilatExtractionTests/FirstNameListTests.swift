import Foundation
import Testing

@testable import BilatExtraction

/// One given-name list (`Data/models/first-names.tsv`) serves the tagger (every name) and the
/// extractor's lone-first-name guard (the names marked common).
@Suite("One given-name list")
struct FirstNameListTests {
  @Test("the guard's common names are a part of the tagger's names, read from the same file")
  func oneList() throws {
    let tagger = try EntityTagger.bundledGazetteer().firstNames
    let guardNames = People.firstNames
    #expect(guardNames.count > 1000 && tagger.count > guardNames.count)
    let taggerLower = Set(tagger.map { $0.lowercased() })
    #expect(guardNames.isSubset(of: taggerLower))
  }

  @Test(
    "common given names guard; surnames, particles and rarer names do not",
    arguments: [("patricia", true), ("michael", true), ("lee", false), ("del", false), ("kim", false)])
  func guardMembership(_ name: String, _ common: Bool) {
    #expect(People.firstNames.contains(name) == common)
  }

  @Test("no second given-name list sits among the dictionaries")
  func noSecondList() {
    let old = Fixture.repository.appendingPathComponent("Data/dictionaries/first-names.txt")
    #expect(!FileManager.default.fileExists(atPath: old.path))
  }
}
