import ArgumentParser
import BilatExtraction
import Foundation

/// `bilat eval DIR`: scores extraction against the gold files of a folder.
struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Score extraction against gold annotations (precision, recall, F1).",
    discussion: """
      Reads every NAME.gold.json under DIR (recursively) with its article beside it, extracts the \
      article and prints precision, recall and F1 per entity label and relation type, plus the \
      date and place accuracy of matched meetings, as a markdown table. Names match with \
      transliteration folding and gold aliases; Project, Facility and Agreement names match on \
      content-word overlap. Nothing is written to the database.
      """)

  @Argument(help: ArgumentHelp("Folder with articles and their .gold.json files.", valueName: "dir"))
  var directory: String

  @Flag(name: .long, help: "Print the report as JSON instead of a markdown table.")
  var json = false

  @Flag(name: .long, help: "Also list each article's misses (FN) and false alarms (FP).")
  var details = false

  @Flag(name: .long, help: "Treat DIR as one article file and print what is extracted from it (no scoring).")
  var show = false

  @Option(name: .long, help: "Which recognizers extract: rules, tagger, or both.")
  var mode: ExtractionMode = .both

  @Flag(name: .long, help: "Score rules alone, the tagger alone and both, side by side.")
  var compare = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The learned meeting model: a file written by `bilat train meetings`, or none (the bundled one by default).",
      valueName: "path"))
  var meetingModel: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The learned document model: a file written by `bilat train documents`, bundled (Data/models/documents.tsv), or none (the default: off).",
      valueName: "path"))
  var documentModel: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The learned relation model: a file written by `bilat train relations`, bundled (Data/models/relations.tsv, the default), or none (the rules' relations).",
      valueName: "path"))
  var relationModel: String?

  /// The extractor of `options` with the learned models `--meeting-model`, `--document-model`
  /// and `--relation-model` name.
  func extractor(_ options: Extractor.Options) throws -> Extractor {
    var x = Extractor(options: options)
    if let path = meetingModel { x.meetingModel = path == "none" ? nil : try MeetingModel.load(path: path) }
    switch documentModel {
    case nil, "none": x.documentModel = nil
    case "bundled": x.documentModel = try LinearModel.bundledDocuments.get()
    case let path?: x.documentModel = try LinearModel.load(path: path)
    }
    switch relationModel {
    case nil: break
    case "none": x.relationModel = nil
    case "bundled": x.relationModel = try LinearModel.bundledRelations.get()
    case let path?: x.relationModel = try LinearModel.load(path: path)
    }
    return x
  }

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Instead of scoring, time N passes of reading and extracting every article of DIR in memory and print words per second.",
      valueName: "n"))
  var timeRuns: Int?

  func run() throws {
    do {
      try evaluate()
    } catch let e as EvaluationError {
      FileHandle.standardError.write(Data("\(e.description)\n".utf8))
      throw ExitCode(1)
    } catch let e as TaggerModelError {
      FileHandle.standardError.write(Data("\(e.description)\n".utf8))
      throw ExitCode(1)
    } catch let e as ReaderError {
      FileHandle.standardError.write(Data("\(e.description)\n".utf8))
      throw ExitCode(1)
    } catch let e as MeetingModel.LoadError {
      FileHandle.standardError.write(Data("\(e.description)\n".utf8))
      throw ExitCode(1)
    }
  }

  func evaluate() throws {
    if let n = timeRuns {
      try SpeedMeter.measure(directory: directory, runs: max(1, n))
      return
    }
    if show {
      try ExtractionPrinter.show(path: directory)
      return
    }
    if case .failure(let e) = EntityTagger.bundled, mode != .rules || compare {
      throw e
    }
    if compare {
      let columns = try ExtractionMode.allCases.map { m in
        (m.rawValue, try Evaluator(extractor: extractor(m.options)).evaluate(directory: directory))
      }
      print(EvaluationComparison(columns: columns).markdown(title: directory))
      return
    }
    let report = try Evaluator(extractor: extractor(mode.options)).evaluate(directory: directory)
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
      var r = report
      if !details { r.details = [:] }
      print(String(decoding: try encoder.encode(r), as: UTF8.self))
      return
    }
    print(report.markdown(title: directory))
    if details {
      for (article, notes) in report.details.sorted(by: { $0.key < $1.key }) where !notes.isEmpty {
        print("\n#### \(article)")
        for n in notes { print("- \(n)") }
      }
    }
  }
}

/// `--mode` of `bilat eval`.
enum ExtractionMode: String, CaseIterable, ExpressibleByArgument {
  case rules, tagger, both

  var options: Extractor.Options {
    switch self {
    case .rules: return .rulesOnly
    case .tagger: return .taggerOnly
    case .both: return .both
    }
  }
}
