import ArgumentParser
import BilatExtraction
import Foundation

/// `bilat train`: trains the statistical parts of extraction.
struct TrainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "train",
    abstract: "Train the statistical parts of extraction (the entity tagger, the meeting, document and relation models).",
    subcommands: [
      TrainTaggerCommand.self, TrainMeetingsCommand.self, TrainDocumentsCommand.self, TrainRelationsCommand.self,
    ])
}

/// `bilat train tagger`: trains the averaged-perceptron name tagger and prints its held-out scores.
struct TrainTaggerCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tagger",
    abstract: "Train the entity tagger on GUM Wikinews and the project's dev/blind briefs.",
    discussion: """
      Trains on the GUM news and interview documents (every fifth one, by file name, is held out) \
      and on silver sentences of the briefs under Data/articles/dev and Data/articles/blind, then \
      prints token accuracy and entity precision/recall on the held-out GUM documents. The same \
      data, iterations and seed give the same model file. Run from the repository root.
      """)

  @Option(name: .long, help: ArgumentHelp("Where to write the model.", valueName: "path"))
  var output = "Data/models/tagger.bin"

  @Option(name: .long, help: "Training passes over the data.")
  var iterations = 8

  @Option(name: .long, help: "Seed of the shuffling and feature dropout.")
  var seed: UInt64 = 1

  @Option(name: .long, help: ArgumentHelp("Folder of the GUM .conllu files.", valueName: "dir"))
  var gum = "../shared/data/gum-wikinews-entities"

  @Option(name: .long, help: ArgumentHelp("Folder of the US Census 1990 name files (invented-name copies).", valueName: "dir"))
  var census = "../shared/data/us-census-1990-names"

  @Option(name: .long, help: "Invented-name copies of each training sentence with a person or place (0: none).")
  var copies = 2

  @Option(
    name: .customLong("articles"),
    help: ArgumentHelp(
      "Folder of briefs with gold files for silver training data (repeatable; the measurement sets heldout, blind2, blind3 and the current blind set are refused).",
      valueName: "dir"))
  var articles: [String] = ["Data/articles/dev", "Data/articles/blind"]

  @Option(
    name: .long,
    help: ArgumentHelp("Only print the first N tagged GUM sentences (to check the labels) and exit.", valueName: "n"))
  var showGum: Int?

  @Option(name: .long, help: ArgumentHelp("Only print the tags of a model (the bundled one by default) for TEXT and exit.", valueName: "text"))
  var tag: String?

  @Option(name: .long, help: ArgumentHelp("The model file --tag uses.", valueName: "path"))
  var model: String?

  func run() throws {
    do {
      if let text = tag {
        var tagger = try EntityTagger.bundled.get()
        if let model { tagger = EntityTagger(model: try TaggerModel.load(path: model), gazetteer: tagger.gazetteer) }
        let units = Array(text.utf16)
        let tokens = Tokenizer.tokenize(units, 0..<units.count)
        let (tags, margins) = tagger.tag(tokens, lexiconMatches: Lexicon.shared.matches(in: tokens), lexicon: .shared)
        for (k, t) in tokens.enumerated() { print("\(t.text)\t\(tags[k])\t\(String(format: "%.1f", margins[k]))") }
        return
      }
      if let n = showGum {
        let titleWords = Set(Lexicon.shared.titleWords.flatMap { $0.split(separator: " ").map(String.init) })
        let docs = try GUMReader.documents(directory: gum, titleWords: titleWords)
        for s in docs.flatMap(\.sentences).prefix(n) {
          print(zip(s.tokens, s.tags).map { $1 == .outside ? $0.text : "\($0.text)/\($1)" }.joined(separator: " "))
        }
        return
      }
      var trainer = TaggerTrainer(gazetteer: try EntityTagger.bundledGazetteer(), lexicon: Lexicon.shared)
      trainer.iterations = max(1, iterations)
      trainer.seed = seed
      var training = TaggerTraining(gumDirectory: gum, articleDirectories: articles, trainer: trainer)
      if copies > 0 {
        training.substitution = try NameSubstitution.load(censusDirectory: census, lexicon: Lexicon.shared)
        training.substitutionCopies = copies
      }
      let (model, report) = try training.run()
      let data = model.serialized()
      try data.write(to: URL(fileURLWithPath: output))
      print(
        "Trained on \(report.trainingSentences) sentences (\(report.gumTrainingDocuments) GUM documents, "
          + "\(report.silverSentences) silver sentences from briefs, \(copies) invented-name copies), "
          + "\(iterations) iterations, seed \(seed).")
      print("Wrote \(output): \(report.featureCount) features, \(data.count) bytes.\n")
      print("Held-out GUM documents: \(report.heldOutDocuments.joined(separator: ", "))\n")
      print(report.heldOut.markdown(), terminator: "")
    } catch let e as TaggerModelError {
      FileHandle.standardError.write(Data("\(e.description)\n".utf8))
      throw ExitCode(1)
    }
  }
}

/// `bilat train meetings`: trains the learned meeting model on the project's own gold.
struct TrainMeetingsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "meetings",
    abstract: "Train the learned meeting model (pairs of people in a sentence: did they meet?).",
    discussion: """
      Extracts every article with a gold file under the --set folders (rules and tagger, no \
      meeting model), labels each pair of people named in one sentence by the gold's MET_WITH \
      relations and trains an averaged perceptron. --hold-out leaves a folder out (to score the \
      model on it with `bilat eval DIR --meeting-model PATH`). The same folders, epochs and seed \
      give the same model file. Run from the repository root; the real sets' texts must be present.
      """)

  @Option(name: .long, help: ArgumentHelp("Where to write the model.", valueName: "path"))
  var output = "Data/models/meetings.tsv"

  @OptionGroup var options: LearnedTrainingOptions

  func run() throws {
    try options.train(output: output, what: ("pairs", "met")) { MeetingTraining.examples($0, $1) }
  }
}
