import ArgumentParser
import BilatExtraction
import Foundation

/// `bilat train relations`: trains the learned relation model on the project's own gold.
struct TrainRelationsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "relations",
    abstract: "Train the learned relation model (a DISCUSSED, LOCATED_IN, SIGNED or AGREED relation the rules found: keep it?).",
    discussion: """
      Extracts every article with a gold file under the --set folders (rules, tagger and the \
      bundled meeting model, as extraction runs; no document or relation model), labels each \
      DISCUSSED, LOCATED_IN, SIGNED and AGREED relation by whether the gold has it between the \
      matched entities, and trains an averaged perceptron. --hold-out leaves a folder out (to \
      score the model on it with `bilat eval DIR --relation-model PATH`). The same folders, \
      epochs and seed give the same model file. Run from the repository root; the real sets' \
      texts must be present. The bundled model: `bilat train relations --threshold=-6 --epochs 3`.
      """)

  @Option(name: .long, help: ArgumentHelp("Where to write the model.", valueName: "path"))
  var output = "Data/models/relations.tsv"

  @Option(
    name: .customLong("type"),
    help: ArgumentHelp(
      "A relation type the model judges (repeatable; DISCUSSED, LOCATED_IN, SIGNED, AGREED; default DISCUSSED); it learns from all four, the others are kept.",
      valueName: "type"))
  var types: [String] = RelationTraining.defaultTypes

  @OptionGroup var options: LearnedTrainingOptions

  func run() throws {
    if let bad = types.first(where: { !RelationCandidate.types.contains($0) }) {
      FileHandle.standardError.write(Data("--type \(bad): not one of \(RelationCandidate.types.sorted().joined(separator: ", "))\n".utf8))
      throw ExitCode(1)
    }
    let unjudged = RelationCandidate.types.subtracting(types).map { "T:" + $0 }
    try options.train(
      output: output, what: ("relations", "in the gold"), meetingModel: MeetingModel.bundled,
      unjudged: unjudged
    ) { RelationTraining.examples($0, $1) }
  }
}
