import BilatCore

extension Extraction {
  /// The pairs `proposals` proposes: for each of its types, two entities of end kinds it allows,
  /// named in one sentence, that the rules did not link with that type; at most
  /// ``RelationProposals/pairsPerSentence`` per type and sentence, the closest first. Each is a
  /// candidate of origin `.proposed` with the relation it would add (evidence: the sentence and
  /// the span covering both ends, rule `learned-pair`) and its features (prefixed `TYPE+|`).
  func proposedCandidates(_ proposals: RelationProposals, _ builder: RelationFeatures) -> [RelationCandidate] {
    guard !proposals.kinds.isEmpty else { return [] }
    let endKinds = proposals.kinds.mapValues { _ in 0 }.keys.sorted().map { ($0, proposals.endKinds($0)) }
    var labels: Set<String> = []
    for (_, byStart) in endKinds {
      for (s, e) in byStart { labels.insert(s); labels.formUnion(e) }
    }
    // the mentions of each sentence, in text order
    var bySentence: [Int: [(entity: Int, span: Range<Int>)]] = [:]
    for e in entities where labels.contains(e.label) {
      for m in e.mentions { bySentence[m.sentence, default: []].append((e.id, m.start..<m.end)) }
    }
    // pairs the rules linked, by type; places each entity is located in
    var linked: Set<PairKey> = []
    var linkedTypes: [PairKey: Set<String>] = [:]
    var located: [Int: Set<Int>] = [:]
    var starts: [String: Set<Int>] = [:], ends: [String: Set<Int>] = [:]
    for r in relations {
      linked.insert(PairKey(r.type, r.start, r.end))
      linkedTypes[PairKey("", min(r.start, r.end), max(r.start, r.end)), default: []].insert(r.type)
      if r.type == "LOCATED_IN" { located[r.start, default: []].insert(r.end) }
      starts[r.type, default: []].insert(r.start)
      ends[r.type, default: []].insert(r.end)
    }
    let documents = entities.filter { $0.label == "Agreement" || $0.label == "Project" }
    var out: [RelationCandidate] = []
    for s in bySentence.keys.sorted() {
      let named = bySentence[s] ?? []
      for (t, byStart) in endKinds {
        let symmetric = RelationshipType.isSymmetric(t)
        // the entities of each side (the first mentionsPerSentence of a kind), with their spans
        var side: [String: [Int]] = [:]
        var spans: [Int: [Range<Int>]] = [:]
        for (e, span) in named {
          let label = entities[e].label
          if spans[e] == nil {
            guard (side[label]?.count ?? 0) < RelationProposals.mentionsPerSentence else { continue }
            side[label, default: []].append(e)
          }
          spans[e, default: []].append(span)
        }
        func gap(_ a: Int, _ b: Int) -> Int {
          var best = Int.max
          for x in spans[a] ?? [] {
            for y in spans[b] ?? [] {
              best = min(best, max(0, max(x.lowerBound, y.lowerBound) - min(x.upperBound, y.upperBound)))
            }
          }
          return best
        }
        var pairs: [(gap: Int, start: Int, end: Int)] = []
        var seen: Set<PairKey> = []
        for (startKind, endKinds) in byStart.sorted(by: { $0.key < $1.key }) {
          for a in side[startKind] ?? [] {
            for endKind in endKinds.sorted() {
              for b in side[endKind] ?? [] where a != b {
                let key = symmetric ? PairKey(t, min(a, b), max(a, b)) : PairKey(t, a, b)
                guard !linked.contains(key), !(symmetric && linked.contains(PairKey(t, b, a))),
                  seen.insert(key).inserted
                else { continue }
                pairs.append((gap(a, b), key.start, key.end))
              }
            }
          }
        }
        pairs.sort { ($0.gap, $0.start, $0.end) < ($1.gap, $1.start, $1.end) }
        let count = pairs.count
        for p in pairs.prefix(RelationProposals.pairsPerSentence) {
          let start = entities[p.start], end = entities[p.end]
          guard let g = builder.geometry(start, end, s) else { continue }
          // a wish, plan or proposal between the ends is no signing or agreement (the gold's convention)
          if RelationProposals.factualTypes.contains(t),
            g.between.contains(where: { ExtractionState.wishWords.contains(g.tokens[$0].lower) })
          {
            continue
          }
          var f = ["proposed", "P:" + t]
          let prefix = t + "+|"
          func add(_ x: String) { f.append(prefix + x) }
          add("ends:" + start.label + ">" + end.label)
          if end.label == "Sector" { add("sector:" + end.name.lowercased()) }
          add("pairs:" + (count >= 8 ? "8+" : count >= 3 ? "3-7" : "\(count)"))
          f += builder.sentenceFeatures(s, type: t)
          RelationFeatures.distanceFeatures(g).forEach(add)
          RelationFeatures.pairFeatures(g).forEach(add)
          // is either end the nearest of its kind to the other?
          let nearestEnd = !(side[end.label] ?? []).contains { $0 != end.id && $0 != start.id && gap(start.id, $0) < p.gap }
          let nearestStart = !(side[start.label] ?? []).contains { $0 != start.id && $0 != end.id && gap($0, end.id) < p.gap }
          add("nearest:" + (nearestStart ? "s" : "-") + (nearestEnd ? "e" : "-"))
          add("nStart:" + min(3, side[start.label]?.count ?? 0).description)
          add("nEnd:" + min(3, side[end.label]?.count ?? 0).description)
          if RelationFeatures.inList(g.start, g.tokens) { add("startList") }
          if RelationFeatures.inList(g.end, g.tokens) { add("endList") }
          // what the rules already say of the two ends
          if starts[t]?.contains(start.id) == true { add("startLinked") }
          if ends[t]?.contains(end.id) == true { add("endLinked") }
          for other in (linkedTypes[PairKey("", min(start.id, end.id), max(start.id, end.id))] ?? []).sorted() {
            add("link:" + other)
          }
          if (located[start.id] ?? []).contains(where: { (located[$0] ?? []).contains(end.id) }) { add("via:located") }
          if let c = start.properties["country"]?.stringValue, end.label == "Country" {
            add(c == end.name ? "country:same" : "country:other")
          }
          // a party named in a document's own name ("the agreement between A and B")
          if builder.names(start, in: end) { add("startInName") }
          if builder.names(end, in: start) { add("endInName") }
          if documents.contains(where: { builder.names(start, in: $0) && builder.names(end, in: $0) }) {
            add("coNamed")
          }
          for m in start.mentions where m.sentence == s && m.start == g.start.lowerBound { add("sr:" + m.rule) }
          for m in end.mentions where m.sentence == s && m.start == g.end.lowerBound { add("er:" + m.rule) }
          let evidence = Mention(
            sentence: s, start: g.span.lowerBound, end: g.span.upperBound, rule: RelationCandidate.proposalRule,
            confidence: 0)
          let relation = ExtractedRelation(type: t, start: p.start, end: p.end, properties: [:], evidence: [evidence])
          out.append(RelationCandidate(origin: .proposed, relation: relation, index: nil, type: t, features: f))
        }
      }
    }
    return out
  }
}

/// A relation type with its two ends, as a set key.
struct PairKey: Hashable {
  var type: String
  var start: Int
  var end: Int
  init(_ type: String, _ start: Int, _ end: Int) {
    self.type = type
    self.start = start
    self.end = end
  }
}
