import ArgumentParser
import BilatExtraction
import Foundation

/// The options `bilat train meetings`, `bilat train documents` and `bilat train relations` share.
struct LearnedTrainingOptions: ParsableArguments {
  @Option(
    name: .customLong("set"), help: ArgumentHelp("A folder of articles with gold files (repeatable).", valueName: "dir")
  )
  var sets: [String] = LearnedTraining.developmentSets

  @Option(name: .long, help: ArgumentHelp("A folder of --set to leave out (repeatable).", valueName: "dir"))
  var holdOut: [String] = []

  @Option(name: .long, help: "Training passes over the data.")
  var epochs = 10

  @Option(name: .long, help: "Seed of the shuffling.")
  var seed: UInt64 = 1

  @Option(name: .long, help: "Score above which a candidate is accepted (a pair met, a document is kept).")
  var threshold: Float = 0

  /// Extracts the sets, labels their candidates with `label`, trains the model, writes it to
  /// `output` and prints what it was trained on (`what` names the candidates and the positives).
  /// `meetingModel` is the meeting model the extraction runs with (none by default: the meeting
  /// model's own candidates must not depend on one); the weights of `unjudged` features are left
  /// out of the written model (the relation model's types it learns from but does not judge).
  /// `configure` sets the extractor up from the gold files read (the relation model's proposals);
  /// `fit`, when given, makes the model of the examples instead of one averaged perceptron.
  func train(
    output: String, what: (String, String), meetingModel: MeetingModel? = nil, unjudged: [String] = [],
    configure: (inout Extractor, [GoldFile]) -> Void = { _, _ in },
    fit: (([LinearModel.Example]) -> LinearModel)? = nil,
    _ label: (Extraction, GoldFile) -> [LinearModel.Example]
  ) throws {
    let (examples, articles, chosen) = try LearnedTraining.examples(
      sets: sets, holdOut: holdOut, meetingModel: meetingModel, configure: configure, label)
    var model =
      fit?(examples) ?? LinearModel.train(examples, epochs: max(1, epochs), seed: seed, threshold: threshold)
    for f in unjudged { model.weights[f] = nil }
    let text = model.serialized()
    try text.write(toFile: output, atomically: true, encoding: .utf8)
    let positives = examples.filter(\.met).count
    print(
      "Trained on \(examples.count) \(what.0) (\(positives) \(what.1)) from \(articles) articles of "
        + "\(chosen.joined(separator: ", ")), \(epochs) epochs, seed \(seed).")
    print("Wrote \(output): \(model.weights.count) features, \(text.utf8.count) bytes.")
  }
}

/// What `bilat train meetings`, `documents` and `relations` share: the development sets, the
/// refusal of measurement sets, and the extraction of every article with a gold file (rules and
/// tagger; no learned model but the meeting model a trainer asks for) into labelled examples.
enum LearnedTraining {
  /// The folders with gold files a learned model trains on by default.
  static let developmentSets = [
    "Data/real/dev-r1", "Data/real/blind-r1", "Data/real/blind-r2", "Data/real/blind-r3", "Data/real/blind-r4",
    "Data/real/blind-r5", "Data/real/blind-r6", "Data/real/blind-r7", "Data/real/blind-r8", "Data/real/blind-r9",
    "Data/real/blind-r10", "Data/real/blind-r11", "Data/real/blind-r12", "Data/real/blind-r13",
    "Data/real/blind-r14", "Data/real/blind-r15", "Data/real/blind-r16", "Data/real/blind-r17",
    "Data/real/blind-r18", "Data/real/blind-r19", "Data/real/blind-r20", "Data/real/blind-r21", "Data/real/blind-r22",
    "Data/real/blind-r23", "Data/real/blind-r24", "Data/real/blind-r25", "Data/real/blind-r26", "Data/real/blind-r27",
    "Data/real/blind-r28", "Data/real/blind-r29", "Data/real/blind-r30",
    "Data/real/blind-r31",
    "Data/articles/dev", "Data/articles/blind",
  ]

  /// The examples `label` makes of each article of `sets` but `holdOut`, the number of articles
  /// and the folders read. A measurement folder (``MeetingTraining/refused``) or a missing text
  /// is an error printed with its path.
  static func examples(
    sets: [String], holdOut: [String], meetingModel: MeetingModel? = nil,
    configure: (inout Extractor, [GoldFile]) -> Void = { _, _ in },
    _ label: (Extraction, GoldFile) -> [LinearModel.Example]
  ) throws -> ([LinearModel.Example], Int, [String]) {
    func norm(_ p: String) -> String { p.hasSuffix("/") ? String(p.dropLast()) : p }
    let chosen = sets.map(norm).filter { !holdOut.map(norm).contains($0) }
    for s in chosen where MeetingTraining.refused.contains((s as NSString).lastPathComponent) {
      FileHandle.standardError.write(Data("\(s): a measurement set; it never trains a model\n".utf8))
      throw ExitCode(1)
    }
    var extractor = Extractor()
    extractor.meetingModel = meetingModel
    extractor.documentModel = nil
    extractor.relationModel = nil
    var golds: [(path: String, gold: GoldFile)] = []
    for dir in chosen {
      for path in Evaluator.goldFiles(in: dir) { golds.append((path, try GoldFile.load(path: path))) }
    }
    configure(&extractor, golds.map(\.gold))
    var examples: [LinearModel.Example] = []
    for (path, gold) in golds {
      let article = ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(gold.article)
      guard FileManager.default.fileExists(atPath: article) else {
        FileHandle.standardError.write(Data("\(article): text missing; rebuild it (Data/real/README.md)\n".utf8))
        throw ExitCode(1)
      }
      examples += label(try extractor.extract(path: article), gold)
    }
    return (examples, golds.count, chosen)
  }
}
