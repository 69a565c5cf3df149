extension Extractor {
  /// The bundled document model; a missing or malformed `Data/models/documents.tsv` stops the
  /// program with its path (rebuild it with `bilat train documents`).
  public static func bundledDocumentModel() -> LinearModel { LinearModel.orStop(LinearModel.bundledDocuments) }
}

extension Extraction {
  /// Drops the document candidates `model` does not accept, with every relation that hangs on
  /// them; the other entities keep their order (their ids are renumbered, and
  /// the candidates with them).
  mutating func keepLearnedDocuments(_ model: LinearModel) {
    // a candidate that carries a relation stays: a loosely named document often carries a right
    // SIGNED or IN_SECTOR, and dropping it costs the relation
    let dropped = Set(
      documentCandidates.filter { $0.features.contains("rel:none") && !model.accepts($0.features) }.map(\.entity))
    removeEntities(dropped)
  }

  /// Removes the entities `dropped`, with every relation that hangs on them; the other entities
  /// keep their order (their ids are renumbered, and the candidates with them).
  mutating func removeEntities(_ dropped: Set<Int>) {
    guard !dropped.isEmpty else { return }
    var newID: [Int: Int] = [:]
    var kept: [ExtractedEntity] = []
    for e in entities where !dropped.contains(e.id) {
      newID[e.id] = kept.count
      var e = e
      e.id = kept.count
      kept.append(e)
    }
    var newRelation: [Int: Int] = [:]
    var keptRelations: [ExtractedRelation] = []
    for (i, r) in relations.enumerated() {
      guard let s = newID[r.start], let t = newID[r.end] else { continue }
      var r = r
      r.start = s
      r.end = t
      newRelation[i] = keptRelations.count
      keptRelations.append(r)
    }
    relations = keptRelations
    entities = kept
    // the candidates follow: a document candidate of a dropped entity and a relation candidate of a
    // dropped end go; the others index the entities and relations as renumbered
    documentCandidates = documentCandidates.compactMap { c in
      guard let id = newID[c.entity] else { return nil }
      var c = c
      c.entity = id
      return c
    }
    relationCandidates = relationCandidates.compactMap { c in
      guard let s = newID[c.relation.start], let t = newID[c.relation.end] else { return nil }
      var c = c
      c.relation.start = s
      c.relation.end = t
      c.index = c.index.flatMap { newRelation[$0] }
      return c
    }
  }
}
