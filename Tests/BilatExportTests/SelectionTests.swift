import BilatExport
import BilatStore
import Foundation
import Testing

@Suite struct SelectionTests {
  let store: GraphStore
  let ids: FixtureGraph.IDs

  init() throws {
    store = try GraphStore()
    ids = try FixtureGraph.build(into: store)
  }

  func types(_ selection: GraphSelection) throws -> [String] {
    try store.read { db in
      try (selection.relationshipIDs ?? []).map {
        let sql = "SELECT \(RelationshipTypeSQL.name("type_id")) FROM relationship WHERE id = ?"
        return try String.fetchOne(db.db, sql: sql, arguments: [$0]) ?? "?"
      }
    }
  }

  @Test func noFilterIsTheWholeGraph() throws {
    #expect(try TestSupport.select(store, SelectionCriteria()) == .all)
  }

  @Test func typesKeepThoseRelationshipsAndTheirEndpoints() throws {
    let selection = try TestSupport.select(store, SelectionCriteria(types: ["DISCUSSED", "IN_SECTOR"]))
    #expect(try types(selection) == ["DISCUSSED", "DISCUSSED", "IN_SECTOR"])
    #expect(selection.nodeIDs == [ids.meeting, ids.trade, ids.energy, ids.pipeline])
  }

  @Test func labelsKeepThoseNodesAndTheRelationshipsAmongThem() throws {
    let selection = try TestSupport.select(store, SelectionCriteria(labels: ["Person", "Country"]))
    #expect(selection.nodeIDs == [ids.smailov, ids.ding, ids.kazakhstan, ids.china])
    #expect(try types(selection) == ["MET_WITH", "HOLDS_ROLE", "MET_WITH"])
  }

  @Test func typesAndLabelsCombine() throws {
    let selection = try TestSupport.select(
      store, SelectionCriteria(types: ["HOLDS_ROLE"], labels: ["Person", "Country"]))
    #expect(try types(selection) == ["HOLDS_ROLE"])
    #expect(selection.nodeIDs == [ids.smailov, ids.kazakhstan])
  }

  @Test(arguments: [
    (String?.none, String?.some("2023"), ["MET_WITH"]),
    ("2024", nil, ["MET_WITH"]),
    ("2023-11-27", "2023-11-27", ["MET_WITH"]),
    ("2023-11-28", "2024-05-01", []),
    ("2023", "2024-05", ["MET_WITH", "MET_WITH"]),
  ])
  func sinceAndUntilCompareDatesAtTheirPrecision(since: String?, until: String?, expected: [String]) throws {
    let selection = try TestSupport.select(store, SelectionCriteria(since: since, until: until))
    #expect(try types(selection) == expected)
    // Relationships without a date are left out once a date filter is set.
    #expect(selection.nodeIDs?.allSatisfy { [ids.smailov, ids.ding].contains($0) } == true)
  }

  @Test func aroundDepthZeroIsTheEntityAlone() throws {
    let selection = try TestSupport.select(store, SelectionCriteria(around: "Smailov", depth: 0))
    #expect(selection.nodeIDs == [ids.smailov])
    #expect(selection.relationshipIDs == [])
  }

  @Test func aroundDepthOneIsTheNeighbourhoodWithEdgesAmongIt() throws {
    let selection = try TestSupport.select(store, SelectionCriteria(around: "alikhan smailov", depth: 1))
    #expect(selection.nodeIDs == [ids.smailov, ids.ding, ids.kazakhstan, ids.meeting])
    // Ding also ATTENDED the meeting: an edge among the neighbours, kept.
    #expect(try types(selection) == ["MET_WITH", "HOLDS_ROLE", "ATTENDED", "ATTENDED", "MET_WITH"])
  }

  @Test func aroundDepthTwoReachesFurther() throws {
    let selection = try TestSupport.select(store, SelectionCriteria(around: "Nur Zholy-Khorgos", depth: 2))
    // Checkpoint → Kazakhstan → Smailov, Astana.
    #expect(selection.nodeIDs == [ids.smailov, ids.kazakhstan, ids.astana, ids.checkpoint])
    #expect(try types(selection) == ["HOLDS_ROLE", "LOCATED_IN", "LOCATED_IN"])
  }

  @Test func aroundFollowsOnlyTheChosenTypes() throws {
    let selection = try TestSupport.select(store, SelectionCriteria(types: ["MET_WITH"], around: "Smailov", depth: 3))
    #expect(selection.nodeIDs == [ids.smailov, ids.ding])
    #expect(try types(selection) == ["MET_WITH", "MET_WITH"])
  }

  @Test func aroundResolvesTransliterationVariants() throws {
    // Not recorded as an alias, but kh/h and the dash fold: the transliteration-folded key matches.
    let folded = try TestSupport.select(store, SelectionCriteria(around: "NUR ZHOLY HORGOS", depth: 0))
    #expect(folded.nodeIDs == [ids.checkpoint])
  }

  @Test func nodesWithoutAliasesAreFoundByName() throws {
    let other = try GraphStore()
    let id = try other.write { db in try db.createNode(labels: ["Facility"], properties: ["name": "Nur Zholy–Khorgos"])
    }
    for name in ["nur zholy-khorgos", "Nur Zholy Horgos"] {
      #expect(try TestSupport.select(other, SelectionCriteria(around: name, depth: 0)).nodeIDs == [id])
    }
    #expect {
      try TestSupport.select(other, SelectionCriteria(around: "Zholy"))
    } throws: { error in
      "\(error)" == "no entity is named 'Zholy'; similar names: Nur Zholy–Khorgos (Facility, node \(id))"
    }
  }

  @Test func unknownEntityListsSimilarNames() throws {
    #expect {
      try TestSupport.select(self.store, SelectionCriteria(around: "Kazakh"))
    } throws: { error in
      "\(error)"
        == "no entity is named 'Kazakh'; similar names: Kazakhstan (Country, node \(ids.kazakhstan)); "
        + "Kazakhstan–China oil pipeline expansion (Project, node \(ids.pipeline))"
    }
  }

  @Test func ambiguousEntityListsCandidates() throws {
    try store.write { db in
      let other = try db.createNode(labels: ["Person"], properties: ["name": "Ding Jianping"])
      try db.addAlias("Ding", to: other)
    }
    #expect {
      try TestSupport.select(self.store, SelectionCriteria(around: "Ding"))
    } throws: { error in
      "\(error)"
        == "'Ding' names 2 entities; pick one by a fuller name: Ding Xuexiang (Person, node \(ids.ding)); "
        + "Ding Jianping (Person, node 12)"
    }
  }

  @Test func explicitIdsAreClosedOverEndpoints() throws {
    let selection = try store.read { db in
      try GraphSelection(nodes: [ids.trade, 999], relationships: [ids.metWith, 999], in: db)
    }
    #expect(selection.nodeIDs == [ids.smailov, ids.ding, ids.trade])
    #expect(selection.relationshipIDs == [ids.metWith])
  }
}
