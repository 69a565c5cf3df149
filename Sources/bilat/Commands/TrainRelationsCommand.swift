import ArgumentParser
import BilatExtraction
import Foundation

/// `bilat train relations`: trains the learned relation model on the project's own gold.
struct TrainRelationsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "relations",
    abstract: "Train the learned relation model (a relation the rules found: keep it? a pair they did not link: add it?).",
    discussion: """
      Extracts every article with a gold file under the --set folders (rules, tagger and the \
      bundled meeting model, as extraction runs; no document or relation model), labels each \
      DISCUSSED, LOCATED_IN, SIGNED and AGREED relation the rules found, and each proposed pair \
      (two entities of one sentence of end kinds the gold links often enough, not linked by the \
      rules: SIGNED, IN_SECTOR, LOCATED_IN, CONCERNS, AGREED) by whether the gold has it between \
      the matched entities, and trains an averaged perceptron for each. --hold-out leaves a folder \
      out (to score the model on it with `bilat eval DIR --relation-model PATH`). The same \
      folders, epochs and seed give the same model file. Run from the repository root; the real \
      sets' texts must be present. The bundled model: `bilat train relations --threshold=-6 --epochs 3` \
      (proposals: the defaults of --propose, --proposal-threshold and --proposal-epochs).
      """)

  @Option(name: .long, help: ArgumentHelp("Where to write the model.", valueName: "path"))
  var output = "Data/models/relations.tsv"

  @Option(
    name: .customLong("type"),
    help: ArgumentHelp(
      "A relation type the model judges (repeatable; DISCUSSED, LOCATED_IN, SIGNED, AGREED; default DISCUSSED); it learns from all four, the others are kept.",
      valueName: "type"))
  var types: [String] = RelationTraining.defaultTypes

  @Option(
    name: .customLong("propose"),
    help: ArgumentHelp(
      "A relation type whose proposed pairs the model adds (repeatable; SIGNED, IN_SECTOR, LOCATED_IN, CONCERNS, AGREED; none for no proposals).",
      valueName: "type"))
  var proposed: [String] = RelationTraining.defaultProposals

  @Option(name: .long, help: "Training passes over the proposed pairs.")
  var proposalEpochs = RelationTraining.defaultProposalEpochs

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Score above which a proposed pair is added: a number for every type, or TYPE=NUMBER (repeatable).",
      valueName: "threshold"))
  var proposalThreshold: [String] = RelationTraining.defaultProposalThresholds

  /// The thresholds of --proposal-threshold by type, or nil with the bad value.
  func proposalThresholds() -> Result<[String: Float], ValidationError> {
    var out: [String: Float] = [:]
    for v in proposalThreshold {
      let parts = v.split(separator: "=", maxSplits: 1).map(String.init)
      if parts.count == 1, let x = Float(parts[0]) {
        for t in RelationProposals.types { out[t] = x }
      } else if parts.count == 2, RelationProposals.types.contains(parts[0]), let x = Float(parts[1]) {
        out[parts[0]] = x
      } else {
        return .failure(ValidationError("--proposal-threshold \(v): not a number or TYPE=NUMBER"))
      }
    }
    return .success(out)
  }

  @OptionGroup var options: LearnedTrainingOptions

  func run() throws {
    let proposed = self.proposed.filter { $0 != "none" }
    for (option, list, allowed) in [("--type", types, RelationCandidate.types), ("--propose", proposed, RelationProposals.types)] {
      if let bad = list.first(where: { !allowed.contains($0) }) {
        FileHandle.standardError.write(Data("\(option) \(bad): not one of \(allowed.sorted().joined(separator: ", "))\n".utf8))
        throw ExitCode(1)
      }
    }
    let thresholds: [String: Float]
    switch proposalThresholds() {
    case .success(let t): thresholds = t
    case .failure(let e):
      FileHandle.standardError.write(Data("\(e.message)\n".utf8))
      throw ExitCode(1)
    }
    var kinds = RelationProposals.none
    try options.train(
      output: output, what: ("relations and proposed pairs", "in the gold"), meetingModel: MeetingModel.bundled,
      configure: { extractor, golds in
        kinds = RelationProposals(goldCounts: RelationTraining.endKindCounts(golds))
        extractor.proposals = kinds
      },
      fit: { examples in
        RelationTraining.model(
          examples, epochs: options.epochs, proposalEpochs: proposalEpochs, seed: options.seed,
          threshold: options.threshold, proposalThresholds: thresholds, judged: Set(types),
          proposed: Set(proposed), proposals: kinds)
      }
    ) { RelationTraining.examples($0, $1) }
  }
}
