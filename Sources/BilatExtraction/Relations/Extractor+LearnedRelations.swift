extension Extractor {
  /// The bundled relation model; a missing or malformed `Data/models/relations.tsv` stops the
  /// program with its path (rebuild it with `bilat train relations`).
  public static func bundledRelationModel() -> LinearModel { LinearModel.orStop(LinearModel.bundledRelations) }
}

extension Extraction {
  /// Drops the relation candidates `model` does not accept; entities stay. A type the model was
  /// not trained on (no weight of its `T:TYPE` feature) is kept.
  mutating func keepLearnedRelations(_ model: LinearModel) {
    let dropped = Set(
      relationCandidates.filter { model.weights["T:" + $0.type] != nil && !model.accepts($0.features) }.map(\.relation))
    guard !dropped.isEmpty else { return }
    relations = relations.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
  }
}
