import BilatCore
import BilatStore
import Foundation

/// The founding example (27 November 2023, Astana) as a small graph, built with the
/// GraphDatabase API. Ids are assigned in creation order, so they are the same every time.
enum FixtureGraph {
  struct IDs {
    var smailov: Int64 = 0
    var ding: Int64 = 0
    var kazakhstan: Int64 = 0
    var china: Int64 = 0
    var astana: Int64 = 0
    var meeting: Int64 = 0
    var trade: Int64 = 0
    var energy: Int64 = 0
    var checkpoint: Int64 = 0
    var pipeline: Int64 = 0
    var metWith: Int64 = 0
  }

  static let articleText = """
    On 27 November 2023 Prime Minister Alikhan Smailov met First Vice Premier Ding Xuexiang in Astana. \
    They discussed trade and energy. The Nur Zholy–Khorgos checkpoint now works round the clock.
    """

  /// Builds the fixture into `store` and returns the ids of its main entities.
  @discardableResult
  static func build(into store: GraphStore, withArticle: Bool = true) throws -> IDs {
    try store.write { db in
      var ids = IDs()
      func node(_ label: String, _ name: String, _ extra: [String: PropertyValue] = [:], aliases: [String] = [])
        throws -> Int64
      {
        var properties = extra
        properties["name"] = .string(name)
        let id = try db.createNode(labels: [label], properties: properties)
        for alias in [name] + aliases { try db.addAlias(alias, to: id) }
        return id
      }
      ids.smailov = try node("Person", "Alikhan Smailov", aliases: ["Smailov", "Alikhan Smaiylov"])
      ids.ding = try node("Person", "Ding Xuexiang", ["country": "China"], aliases: ["Ding"])
      ids.kazakhstan = try node("Country", "Kazakhstan", ["iso": "KZ"])
      ids.china = try node("Country", "China", ["iso": "CN"], aliases: ["PRC"])
      ids.astana = try node("City", "Astana", ["population": 1_350_000])
      ids.meeting = try node("Meeting", "Smailov–Ding talks", ["date": "2023-11-27"])
      ids.trade = try node("Sector", "trade")
      ids.energy = try node("Sector", "energy")
      ids.checkpoint = try node("Facility", "Nur Zholy–Khorgos", ["round_the_clock": true])
      ids.pipeline = try node("Project", "Kazakhstan–China oil pipeline expansion", ["budget_usd": 4.5e9])
      let council = try node("Organization", "State Council")
      ids.metWith = try db.createRelationship(
        type: "MET_WITH", from: ids.smailov, to: ids.ding,
        properties: ["date": "2023-11-27", "place": "Astana", "mode": "in person"])
      try db.createRelationship(
        type: "HOLDS_ROLE", from: ids.smailov, to: ids.kazakhstan, properties: ["title": "Prime Minister"])
      try db.createRelationship(
        type: "HOLDS_ROLE", from: ids.ding, to: council, properties: ["title": "First Vice Premier"])
      try db.createRelationship(type: "ATTENDED", from: ids.smailov, to: ids.meeting)
      try db.createRelationship(type: "ATTENDED", from: ids.ding, to: ids.meeting)
      try db.createRelationship(type: "HELD_IN", from: ids.meeting, to: ids.astana)
      try db.createRelationship(type: "DISCUSSED", from: ids.meeting, to: ids.trade)
      try db.createRelationship(type: "DISCUSSED", from: ids.meeting, to: ids.energy)
      try db.createRelationship(type: "LOCATED_IN", from: ids.astana, to: ids.kazakhstan)
      try db.createRelationship(type: "LOCATED_IN", from: ids.checkpoint, to: ids.kazakhstan)
      try db.createRelationship(type: "IN_SECTOR", from: ids.pipeline, to: ids.energy)
      try db.createRelationship(
        type: "MET_WITH", from: ids.ding, to: ids.smailov, properties: ["date": "2024-05-02", "mode": "video"])
      try db.createRelationship(type: "LOCATED_IN", from: council, to: ids.china)
      if withArticle {
        let article = try db.insertArticle(
          source: "news/2023-11-27-astana.txt", title: "Smailov meets Ding Xuexiang", outlet: "Kazinform",
          published: "2023-11-27", url: nil, contentHash: "hash-astana", text: articleText, nodeID: nil)
        try db.addEvidence(
          EvidenceRecord(
            articleID: article, sentenceIndex: 0,
            sentence:
              "On 27 November 2023 Prime Minister Alikhan Smailov met First Vice Premier Ding Xuexiang in Astana.",
            start: 35, end: 85, rule: "met-with.verb", confidence: 0.9),
          relationship: ids.metWith)
        try db.addEvidence(
          EvidenceRecord(
            articleID: article, sentenceIndex: 0, sentence: "On 27 November 2023 Prime Minister Alikhan Smailov met",
            start: 35, end: 50, rule: "person.title", confidence: 1),
          node: ids.smailov)
      }
      return ids
    }
  }
}
