import BilatCore
import Testing

/// The relationship vocabulary: which types are symmetric and what tells two apart, pinned.
@Suite struct RelationshipTypeTests {
  @Test(
    arguments: [
      ("MET_WITH", true, "date"), ("AGREED", true, "about"), ("HOLDS_ROLE", false, "title"),
      ("SIGNED", false, nil), ("DISCUSSED", false, nil), ("IN_SECTOR", false, nil), ("CONCERNS", false, nil),
      ("LOCATED_IN", false, nil), ("ATTENDED", false, nil), ("HELD_IN", false, nil),
    ] as [(String, Bool, String?)])
  func vocabulary(name: String, symmetric: Bool, identifiedBy: String?) throws {
    let type = try #require(RelationshipType(rawValue: name))
    #expect(type.isSymmetric == symmetric)
    #expect(RelationshipType.isSymmetric(name) == symmetric)
    #expect(type.identifyingProperty == identifiedBy)
  }

  @Test func typesOutsideTheVocabularyAreDirectedAndUnkeyed() {
    #expect(RelationshipType(rawValue: "KNOWS") == nil)
    #expect(!RelationshipType.isSymmetric("KNOWS"))
    #expect(!RelationshipType.isSymmetric("met_with"))
  }

  @Test func evaluationOrderIsPinned() {
    #expect(
      RelationshipType.evaluated.map(\.rawValue) == [
        "MET_WITH", "DISCUSSED", "AGREED", "SIGNED", "IN_SECTOR", "CONCERNS", "HOLDS_ROLE", "LOCATED_IN",
      ])
  }
}
