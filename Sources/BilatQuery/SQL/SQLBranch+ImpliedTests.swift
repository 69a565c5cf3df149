import BilatStore
import GRDB

extension Sequence where Element == SQLBranch.LabelTestByID {
  /// True when the endpoint-label summary implies every one of these tests, for each of its
  /// relationship types, in `db`'s snapshot: what both the degree rule (``SQLPlan/DegreeRead``)
  /// and the late-rows choice (``SQLPlan/EarlyRows``) ask before they run.
  func allImplied(in db: Database) throws -> Bool {
    for test in self {
      for type in test.types {
        let implied = try Bool.fetchOne(
          db.boundStatement(
            "SELECT \(EndpointLabels.impliedTest(typeParameters: ["?1"], side: test.side, labelParameter: "?2"))",
            [type, test.label]))
        if implied != true { return false }
      }
    }
    return true
  }
}
