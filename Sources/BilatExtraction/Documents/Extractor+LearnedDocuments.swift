extension Extractor {
  /// The bundled document model; a missing or malformed `Data/models/documents.tsv` stops the
  /// program with its path (rebuild it with `bilat train documents`).
  public static func bundledDocumentModel() -> LinearModel { LinearModel.orStop(LinearModel.bundledDocuments) }
}

extension Extraction {
  /// Drops the document candidates `model` does not accept, with every relation that hangs on
  /// them; the other entities keep their order (their ids are renumbered).
  mutating func keepLearnedDocuments(_ model: LinearModel) {
    // a candidate that carries a relation stays: a loosely named document often carries a right
    // SIGNED or IN_SECTOR, and dropping it costs the relation
    let dropped = Set(
      documentCandidates.filter { $0.features.contains("rel:none") && !model.accepts($0.features) }.map(\.entity))
    guard !dropped.isEmpty else { return }
    var newID: [Int: Int] = [:]
    var kept: [ExtractedEntity] = []
    for e in entities where !dropped.contains(e.id) {
      newID[e.id] = kept.count
      var e = e
      e.id = kept.count
      kept.append(e)
    }
    relations = relations.compactMap { r in
      guard let s = newID[r.start], let t = newID[r.end] else { return nil }
      var r = r
      r.start = s
      r.end = t
      return r
    }
    entities = kept
  }
}
