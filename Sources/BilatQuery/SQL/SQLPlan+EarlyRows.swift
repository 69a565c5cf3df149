import BilatStore
import GRDB

extension SQLPlan {
  /// The variant of a statement that joins the rows of nodes read only for the result where the
  /// pattern reaches them (their label tests read the row), chosen per run.
  ///
  /// Joining such a row after every hop pays when the endpoint-label summary implies its
  /// label: the walked rows then never read the node, and only the surviving rows do (e04: a
  /// hub's 23,000 contacts, of whom a thousand hold a role in one country). When the summary
  /// does not (HOLDS_ROLE ends at countries and organizations), the late plan reads the node by
  /// id for each walked row's label test and again for the result: the early plan reads it
  /// once (q10).
  final class EarlyRows: Sendable {
    /// The statement with the rows joined early (same arguments and columns).
    let plan: SQLPlan
    /// The label tests the late statement makes by id.
    let tests: [SQLBranch.LabelTestByID]

    init(plan: SQLPlan, tests: [SQLBranch.LabelTestByID]) {
      self.plan = plan
      self.tests = tests
    }

    /// True when the summary implies every one of ``tests`` in this snapshot.
    func lateRowsPay(_ db: Database) throws -> Bool { try tests.allImplied(in: db) }
  }
}
