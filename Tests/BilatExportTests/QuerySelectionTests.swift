import BilatExport
import BilatQuery
import BilatStore
import Foundation
import Testing

@Suite struct QuerySelectionTests {
  let store: GraphStore
  let ids: FixtureGraph.IDs

  init() throws {
    store = try GraphStore()
    ids = try FixtureGraph.build(into: store)
  }

  func select(_ query: String) throws -> GraphSelection {
    let result = try CypherEngine(store: store).run(query)
    return try store.read { db in try GraphSelection(queryResult: result, in: db) }
  }

  @Test func pathsBringTheirNodesAndRelationships() throws {
    let selection = try select("MATCH p=(:Person {name: 'Alikhan Smailov'})-[:MET_WITH]->(:Person) RETURN p")
    #expect(selection.nodeIDs == [ids.smailov, ids.ding])
    #expect(selection.relationshipIDs == [ids.metWith])
    let dot = try TestSupport.dot(store, selection: selection, options: DOTOptions(legend: false))
    #expect(dot.contains("  n\(ids.smailov) -> n\(ids.ding) [label=\"MET_WITH\\n2023-11-27\""))
    #expect(!dot.contains("2024-05-02"))
  }

  @Test func relationshipsInListsBringTheirEndpoints() throws {
    let selection = try select("MATCH (:Meeting)-[r:DISCUSSED]->(:Sector) RETURN collect(r) AS topics")
    #expect(selection.nodeIDs == [ids.meeting, ids.trade, ids.energy])
    #expect(selection.relationshipIDs?.count == 2)
  }

  @Test func nodesAlone() throws {
    let selection = try select("MATCH (c:Country) RETURN c ORDER BY c.name")
    #expect(selection.nodeIDs == [ids.kazakhstan, ids.china])
    #expect(selection.relationshipIDs == [])
  }

  @Test func scalarResultsAreAnError() throws {
    #expect {
      try select("MATCH (s:Sector) RETURN s.name AS sector")
    } throws: { error in
      "\(error)"
        == "the query returned no nodes, relationships or paths to draw (columns: sector); RETURN them, "
        + "e.g. MATCH p=(a)-[r]->(b) RETURN p"
    }
  }

  @Test func emptyResultIsAnEmptyGraph() throws {
    let selection = try select("MATCH (p:Person {name: 'Nobody'}) RETURN p")
    #expect(selection.nodeIDs == [])
    #expect(selection.relationshipIDs == [])
  }
}
