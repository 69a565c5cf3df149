import BilatCore
import BilatExtraction
import Foundation
import Testing

/// Proposed pairs (``RelationProposals``): two entities of one sentence the rules did not link,
/// offered to the relation model. Invented sentences, real countries and cities.
@Suite("Relation proposals")
struct RelationProposalTests {
  /// Every kind the gold conventions link, for every proposable type.
  static let all = RelationProposals(kinds: [
    "SIGNED": ["Country>Agreement", "Organization>Agreement"],
    "IN_SECTOR": ["Agreement>Sector", "Project>Sector", "Facility>Sector"],
    "LOCATED_IN": ["City>Country", "Facility>City", "Facility>Country", "Place>Country", "Project>Country"],
    "CONCERNS": ["Project>Facility"],
    "AGREED": ["Country>Country", "Organization>Organization"],
  ])

  /// A model that accepts every proposal (and judges no rule relation).
  static let acceptAll = LinearModel(
    weights: Dictionary(uniqueKeysWithValues: RelationProposals.types.map { ("P:" + $0, Float(5)) }))

  static func extract(_ text: String, model: LinearModel?, proposals: RelationProposals) throws -> Extraction {
    var x = Extractor()
    x.relationModel = model
    x.proposals = proposals
    return x.extract(try ArticleReader.read(text: text, source: "2024-05-06-proposals.txt"))
  }

  static let texts = [
    "Norway and Ghana signed an agreement on cooperation in fisheries on Monday in Accra. The two sides also "
      + "discussed the construction of the Tema oil refinery in Ghana.",
    "Peru and Chile signed a memorandum of understanding on renewable energy and a trade agreement in Lima. "
      + "The Callao port in Peru handles most of the trade.",
  ]

  @Test("the bundled relation model proposes nothing (proposals ship off)")
  func bundled() throws {
    let model = Extractor.bundledRelationModel()
    #expect(RelationTraining.defaultProposals.isEmpty)
    #expect(RelationProposals(model: model) == .none)
    #expect(Extractor().proposals == .none)
    #expect(!model.weights.keys.contains { $0.hasPrefix("P:") || $0.hasPrefix("K:") })
  }

  /// A model that trusts a sector told in a relative clause after its document ("which covers").
  static let relative = LinearModel(weights: ["P:IN_SECTOR": 1, "IN_SECTOR+|bw:which": 5], threshold: 2)

  @Test("a model adds the pair it accepts, with evidence learned-pair, and not the one it doubts")
  func keepsClearPair() throws {
    let text = "Peru and Chile signed a memorandum of understanding, which covers energy, and a protocol on customs."
    let proposals = RelationProposals(kinds: ["IN_SECTOR": ["Agreement>Sector"]])
    let rules = try Self.extract(text, model: nil, proposals: proposals)
    #expect(rules.relations("IN_SECTOR").isEmpty)
    let x = try Self.extract(text, model: Self.relative, proposals: proposals)
    let sectors = x.relations("IN_SECTOR").map { "\(x.entities[$0.start].name) > \(x.entities[$0.end].name)" }
    #expect(sectors == ["memorandum of understanding > energy"])
    let added = try #require(x.relations("IN_SECTOR").first)
    #expect(added.evidence.map(\.rule) == [RelationCandidate.proposalRule])
    #expect(added.evidence.allSatisfy { $0.confidence > 0.5 && $0.confidence <= 1 })
    let customs = try #require(
      x.relationCandidates.first { $0.origin == .proposed && x.entities[$0.relation.start].name == "protocol on customs" })
    #expect(customs.index == nil)
  }

  @Test(
    "no pair of a clutter line is added by the bundled model",
    arguments: [
      "Also read: Chile wins football cup; Peru tourism rises; Bolivia energy news",
      "Tags: Peru, Chile, Bolivia, energy agreement, trade",
    ])
  func dropsClutter(_ line: String) throws {
    let text = "Peru and Chile discussed trade in Lima on Monday.\n\n" + line + "\n"
    let rules = try Self.extract(text, model: nil, proposals: Self.all)
    #expect(rules.relationCandidates.contains { $0.origin == .proposed })
    // the bundled model proposes nothing, so nothing is added
    let x = try Self.extract(text, model: Extractor.bundledRelationModel(), proposals: Extractor().proposals)
    #expect(!x.relations.contains { $0.evidence.contains { $0.rule == RelationCandidate.proposalRule } })
  }

  @Test("proposals never duplicate a rule relation or one another", arguments: texts)
  func noDuplicates(_ text: String) throws {
    let rules = try Self.extract(text, model: nil, proposals: Self.all)
    let proposed = rules.relationCandidates.filter { $0.origin == .proposed }
    #expect(!proposed.isEmpty)
    for c in proposed {
      let r = c.relation
      #expect(c.index == nil)
      #expect(
        !rules.relations.contains { $0.type == r.type && Set([$0.start, $0.end]) == Set([r.start, r.end]) },
        "\(r.type) \(rules.entities[r.start].name) -> \(rules.entities[r.end].name)")
      let ends = RelationProposalTests.all.kinds[r.type] ?? []
      #expect(ends.contains(rules.entities[r.start].label + ">" + rules.entities[r.end].label))
    }
    let accepted = try Self.extract(text, model: Self.acceptAll, proposals: Self.all)
    #expect(accepted.relations.count > rules.relations.count)
    var keys: Set<String> = []
    for r in accepted.relations where r.type != "MET_WITH" && r.type != "DISCUSSED" {
      #expect(keys.insert("\(r.type) \(r.start) \(r.end) \(r.properties)").inserted, "\(r.type)")
    }
  }

  @Test("an accepted proposal's evidence lies in its sentence, covers both ends, with a confidence in 0...1", arguments: texts)
  func evidence(_ text: String) throws {
    let x = try Self.extract(text, model: Self.acceptAll, proposals: Self.all)
    let added = x.relations.filter { $0.evidence.contains { $0.rule == RelationCandidate.proposalRule } }
    #expect(!added.isEmpty)
    for r in added {
      for e in r.evidence where e.rule == RelationCandidate.proposalRule {
        let sentence = x.sentences[e.sentence].range
        #expect(sentence.lowerBound <= e.start && e.start < e.end && e.end <= sentence.upperBound)
        #expect(e.end <= x.article.units.count)
        #expect((0...1).contains(e.confidence) && e.confidence > 0.5)
        for end in [r.start, r.end] {
          #expect(x.entities[end].mentions.contains { $0.sentence == e.sentence && e.start <= $0.start && $0.end <= e.end })
        }
      }
    }
    // no model, no proposal added; candidates only
    let none = try Self.extract(text, model: nil, proposals: Self.all)
    #expect(!none.relations.contains { $0.evidence.contains { $0.rule == RelationCandidate.proposalRule } })
  }

  @Test("a long list gives at most the cap of pairs per type and sentence, the closest first", arguments: [8, 14])
  func cap(_ n: Int) throws {
    let countries = [
      "Norway", "Sweden", "Denmark", "Finland", "Iceland", "Estonia", "Latvia", "Lithuania", "Poland", "Germany",
      "Austria", "Hungary", "Slovakia", "Slovenia", "Croatia", "Romania",
    ].prefix(n)
    let text = countries.joined(separator: ", ") + " attended the summit on Monday in Oslo."
    let x = try Self.extract(text, model: nil, proposals: Self.all)
    let agreed = x.relationCandidates.filter { $0.origin == .proposed && $0.type == "AGREED" }
    // n countries make n(n-1)/2 pairs: 28 and 91, both above the cap
    #expect(agreed.count == RelationProposals.pairsPerSentence)
    let position = Dictionary(uniqueKeysWithValues: countries.enumerated().map { ($0.element, $0.offset) })
    let gaps = agreed.compactMap { c -> Int? in
      guard let a = position[x.entities[c.relation.start].name], let b = position[x.entities[c.relation.end].name]
      else { return nil }
      return abs(a - b)
    }
    #expect(gaps.count == agreed.count)
    // neighbours in the list come first: all 7 of 8 countries, 12 of the 13 of 14
    #expect(gaps.filter { $0 == 1 }.count == min(n - 1, RelationProposals.pairsPerSentence))
  }

  @Test("the kinds come from the gold's counts and travel in the model file")
  func kinds() throws {
    let json = #"""
      {"article": "a.txt",
       "entities": [{"label": "Country", "name": "Peru"}, {"label": "Agreement", "name": "trade agreement"},
                    {"label": "City", "name": "Lima"}, {"label": "Sector", "name": "trade"}],
       "relations": [{"type": "SIGNED", "start": "Peru", "end": "trade agreement"},
                     {"type": "IN_SECTOR", "start": "trade agreement", "end": "trade"},
                     {"type": "LOCATED_IN", "start": "Lima", "end": "Peru"}]}
      """#
    let gold = try JSONDecoder().decode(GoldFile.self, from: Data(json.utf8))
    let counts = RelationTraining.endKindCounts(Array(repeating: gold, count: RelationProposals.minimumCount))
    #expect(counts["SIGNED"]?["Country>Agreement"] == RelationProposals.minimumCount)
    let proposals = RelationProposals(goldCounts: counts)
    #expect(proposals.kinds["SIGNED"] == ["Country>Agreement"])
    #expect(proposals.kinds["IN_SECTOR"] == ["Agreement>Sector"])
    #expect(RelationProposals(goldCounts: RelationTraining.endKindCounts([gold])) == .none)
    let model = LinearModel(weights: proposals.modelEntries)
    let again = try LinearModel.parse(model.serialized(), path: "m.tsv")
    #expect(RelationProposals(model: again) == proposals)
    #expect(RelationProposals(model: nil) == .none)
  }

  @Test("the relation model's training is deterministic and keeps the proposals apart")
  func deterministic() throws {
    let x = try Self.extract(Self.texts[0], model: nil, proposals: Self.all)
    let json = #"""
      {"article": "2024-05-06-proposals.txt",
       "entities": [{"label": "Country", "name": "Norway"}, {"label": "Country", "name": "Ghana"},
                    {"label": "Agreement", "name": "agreement on cooperation in fisheries"},
                    {"label": "Facility", "name": "Tema oil refinery"}],
       "relations": [{"type": "SIGNED", "start": "Norway", "end": "agreement on cooperation in fisheries"},
                     {"type": "SIGNED", "start": "Ghana", "end": "agreement on cooperation in fisheries"},
                     {"type": "LOCATED_IN", "start": "Tema oil refinery", "end": "Ghana"}]}
      """#
    let gold = try JSONDecoder().decode(GoldFile.self, from: Data(json.utf8))
    let examples = RelationTraining.examples(x, gold)
    #expect(examples.contains(where: RelationTraining.isProposal))
    func train() -> LinearModel {
      RelationTraining.model(
        examples + examples, epochs: 3, proposalEpochs: 4, seed: 2, threshold: -6,
        proposalThresholds: ["LOCATED_IN": 1], judged: ["DISCUSSED"], proposed: ["LOCATED_IN", "SIGNED"],
        proposals: Self.all)
    }
    let a = train()
    #expect(a == train())
    #expect(a.weights["P:LOCATED_IN"] != nil && a.weights["P:AGREED"] == nil)
    #expect(RelationProposals(model: a).kinds.keys.sorted() == ["LOCATED_IN", "SIGNED"])
    #expect(!a.weights.keys.contains { $0.hasPrefix("AGREED+|") })
  }
}
