import ArgumentParser
import BilatExtraction
import Foundation

/// `bilat train documents`: trains the learned document model on the project's own gold.
struct TrainDocumentsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "documents",
    abstract: "Train the learned document model (a project, agreement or facility the rules found: keep it?).",
    discussion: """
      Extracts every article with a gold file under the --set folders (rules and tagger, no \
      learned model), labels each Project, Agreement and Facility the rules found by whether the \
      gold names it, and trains an averaged perceptron. --hold-out leaves a folder out (to score \
      the model on it with `bilat eval DIR --document-model PATH`). The same folders, epochs and \
      seed give the same model file. Run from the repository root; the real sets' texts must be present.
      """)

  @Option(name: .long, help: ArgumentHelp("Where to write the model.", valueName: "path"))
  var output = "Data/models/documents.tsv"

  @OptionGroup var options: LearnedTrainingOptions

  func run() throws {
    try options.train(output: output, what: ("candidates", "in the gold")) { DocumentTraining.examples($0, $1) }
  }
}
