import BilatStore
import GRDB

extension SQLPlan {
  /// The degree rule's statement (``SQLCompiler/degreeCount(_:_:_:)``), run instead of the plan
  /// it is attached to when the endpoint-label summary implies the far node's labels in the
  /// run's snapshot: the degree store counts relationships whatever their far end, so it only
  /// answers when every relationship of the types has such a node there.
  final class DegreeRead: Sendable {
    /// The statement over `relationship_degree` (its own arguments and columns).
    let plan: SQLPlan
    /// The far node's label tests, each of which the summary must imply.
    let tests: [SQLBranch.LabelTestByID]

    init(plan: SQLPlan, tests: [SQLBranch.LabelTestByID]) {
      self.plan = plan
      self.tests = tests
    }

    /// True when the summary implies every one of ``tests`` in this snapshot.
    func applies(_ db: Database) throws -> Bool { try tests.allImplied(in: db) }
  }

  /// Attaches the degree rule's statement, if any; its string parameters become this plan's
  /// too, so that a run whose values it cannot take goes step by step as for this plan's own.
  mutating func attach(_ degreeRead: DegreeRead?) {
    guard let degreeRead else { return }
    self.degreeRead = degreeRead
    stringParameters.formUnion(degreeRead.plan.stringParameters)
  }

  /// The plan a run in `db`'s snapshot takes: the degree rule's when it applies, else this one.
  func effective(_ db: Database) throws -> SQLPlan {
    if let degreeRead, try degreeRead.applies(db) { return degreeRead.plan }
    return self
  }
}
