import Foundation

/// The `bilat train tagger` recipe: GUM Wikinews/interview documents (every fifth one, by
/// name, held out for scoring) plus silver sentences from the project's dev and blind briefs.
public struct TaggerTraining {
  public var gumDirectory: String
  public var articleDirectories: [String]
  public var trainer: TaggerTrainer
  /// Invented-name copies of the training sentences (none when nil).
  public var substitution: NameSubstitution?
  public var substitutionCopies = 1

  public init(gumDirectory: String, articleDirectories: [String], trainer: TaggerTrainer) {
    self.gumDirectory = gumDirectory
    self.articleDirectories = articleDirectories
    self.trainer = trainer
  }

  /// Sentence counts and held-out scores of one training run.
  public struct Report: Sendable {
    public var trainingSentences = 0
    public var gumTrainingDocuments = 0
    public var silverSentences = 0
    public var heldOutDocuments: [String] = []
    public var heldOut = TaggerScore()
    public var featureCount = 0
  }

  /// Words that begin titles (for trimming GUM person names to the name itself).
  static func titleWords(_ lexicon: Lexicon) -> Set<String> {
    Set(lexicon.titleWords.flatMap { $0.split(separator: " ").map(String.init) })
  }

  /// Trains on everything but the held-out GUM documents and scores those.
  public func run() throws -> (model: TaggerModel, report: Report) {
    let docs = try GUMReader.documents(directory: gumDirectory, titleWords: TaggerTraining.titleWords(trainer.lexicon))
    guard !docs.isEmpty else { throw TaggerModelError.noTrainingData(path: gumDirectory) }
    var report = Report()
    var training: [TaggedSentence] = []
    var heldOut: [TaggedSentence] = []
    for (k, d) in docs.enumerated() {
      if k % 5 == 4 {
        heldOut += d.sentences
        report.heldOutDocuments.append(d.name)
      } else {
        training += d.sentences
        report.gumTrainingDocuments += 1
      }
    }
    for dir in articleDirectories {
      let silver = try SilverCorpus.sentences(directory: dir)
      report.silverSentences += silver.count
      training += silver
    }
    if let substitution {
      training += substitution.augment(training, copies: substitutionCopies, seed: trainer.seed)
    }
    report.trainingSentences = training.count
    let model = trainer.train(training)
    report.featureCount = model.featureCount
    let tagger = EntityTagger(model: model, gazetteer: trainer.gazetteer)
    report.heldOut = TaggerScore.score(tagger, heldOut, lexicon: trainer.lexicon)
    return (model, report)
  }
}

/// Token accuracy and exact-match entity precision/recall of a tagger on gold sentences.
public struct TaggerScore: Sendable {
  public var tokens = 0
  public var correctTokens = 0
  public var entities: [EntityTag.EntityType: Score] = [:]

  public var tokenAccuracy: Double { tokens == 0 ? 1 : Double(correctTokens) / Double(tokens) }
  public var all: Score { entities.values.reduce(Score(), +) }

  public static func score(_ tagger: EntityTagger, _ sentences: [TaggedSentence], lexicon: Lexicon) -> TaggerScore {
    var s = TaggerScore()
    for sentence in sentences {
      let (tags, _) = tagger.tag(sentence.tokens, lexiconMatches: lexicon.matches(in: sentence.tokens), lexicon: lexicon)
      s.tokens += tags.count
      s.correctTokens += zip(tags, sentence.tags).filter { $0 == $1 }.count
      let predicted = TaggedEntity.entities(tags, margins: [])
      let gold = sentence.entities
      for type in EntityTag.EntityType.allCases {
        var sc = s.entities[type] ?? Score()
        let g = gold.filter { $0.type == type }.map(\.tokens)
        let p = predicted.filter { $0.type == type }.map(\.tokens)
        let hits = p.filter { g.contains($0) }.count
        sc.truePositives += hits
        sc.falsePositives += p.count - hits
        sc.falseNegatives += g.count - hits
        s.entities[type] = sc
      }
    }
    return s
  }

  /// The scores as a markdown table.
  public func markdown() -> String {
    func f(_ d: Double) -> String { String(format: "%.3f", d) }
    var out = "| type | gold | predicted | correct | precision | recall | F1 |\n|---|---:|---:|---:|---:|---:|---:|\n"
    for type in EntityTag.EntityType.allCases {
      let sc = entities[type] ?? Score()
      out += "| \(type.code) | \(sc.gold) | \(sc.predicted) | \(sc.truePositives) | \(f(sc.precision)) | \(f(sc.recall)) | \(f(sc.f1)) |\n"
    }
    let a = all
    out += "| all | \(a.gold) | \(a.predicted) | \(a.truePositives) | \(f(a.precision)) | \(f(a.recall)) | \(f(a.f1)) |\n"
    out += "\nToken accuracy: \(f(tokenAccuracy)) (\(correctTokens)/\(tokens))\n"
    return out
  }
}
