import Foundation
import Testing

@testable import BilatExtraction

/// Sentences with inline names: "[PER Amara Velto] visited [LOC Sorvania]".
enum TaggerMarkup {
  static func sentence(_ markup: String) -> TaggedSentence {
    var text = ""
    var entities: [(range: Range<Int>, type: EntityTag.EntityType)] = []
    var rest = Substring(markup)
    while let open = rest.firstIndex(of: "[") {
      text += rest[..<open]
      guard let close = rest[open...].firstIndex(of: "]") else { break }
      let inner = rest[rest.index(after: open)..<close]
      let code = inner.prefix(3)
      let name = inner.dropFirst(4)
      let type = EntityTag.EntityType.allCases.first { $0.code == code } ?? .person
      let start = text.utf16.count
      text += name
      entities.append((start..<text.utf16.count, type))
      rest = rest[rest.index(after: close)...]
    }
    text += rest
    return TaggedSentence(text: text, entities: entities)
  }

  static let corpus: [String] = [
    "[PER Amara Velto] met [PER Kester Quill] in [LOC Sorvania] on Monday .",
    "The [ORG Drelnik Trade Bank] lent money to farmers in [LOC Ostrava Vale] .",
    "[PER Lina Marsk] , who leads the [ORG Union of Tin Miners] , spoke to reporters .",
    "Officials from [LOC Sorvania] and [LOC Keldoria] signed a deal with [ORG Velmar Holdings] .",
    "Yesterday [PER Kester Quill] flew to [LOC Ostrava Vale] to open a school .",
    "A new road will link [LOC Keldoria] with the coast , [PER Amara Velto] said .",
    "Workers of [ORG Velmar Holdings] went on strike after [PER Lina Marsk] left .",
    "The minister thanked the [ORG Drelnik Trade Bank] for its help .",
  ]
}

@Suite("Entity tagger training and model files")
struct TaggerTrainingTests {
  static func trainer(seed: UInt64 = 7) -> TaggerTrainer {
    var t = TaggerTrainer(gazetteer: TaggerGazetteer(), lexicon: Lexicon())
    t.iterations = 10
    t.seed = seed
    t.minimumCount = 1
    t.gazetteerDropout = 0
    return t
  }

  static var sentences: [TaggedSentence] { TaggerMarkup.corpus.map(TaggerMarkup.sentence) }

  @Test("markup gives BIO tags on Bilat tokens")
  func markup() {
    let s = TaggerMarkup.sentence("The [ORG Drelnik Trade Bank] lent money to [LOC Ostrava Vale] .")
    #expect(s.tags.map(\.description) == ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "B-LOC", "I-LOC", "O"])
  }

  @Test("training is deterministic given the seed and learns its corpus")
  func deterministicAndLearns() {
    let a = TaggerTrainingTests.trainer().train(TaggerTrainingTests.sentences)
    let b = TaggerTrainingTests.trainer().train(TaggerTrainingTests.sentences)
    #expect(a.serialized() == b.serialized())
    #expect(a.featureCount > 100)
    let tagger = EntityTagger(model: a, gazetteer: TaggerGazetteer())
    let score = TaggerScore.score(tagger, TaggerTrainingTests.sentences, lexicon: Lexicon())
    #expect(score.tokenAccuracy == 1.0)
    #expect(score.all.f1 == 1.0)
  }

  @Test("another seed shuffles differently but still learns the corpus")
  func otherSeed() {
    let model = TaggerTrainingTests.trainer(seed: 99).train(TaggerTrainingTests.sentences)
    let tagger = EntityTagger(model: model, gazetteer: TaggerGazetteer())
    #expect(TaggerScore.score(tagger, TaggerTrainingTests.sentences, lexicon: Lexicon()).all.f1 == 1.0)
  }

  @Test("a saved model loads back with the same weights and tags")
  func roundTrip() throws {
    let model = TaggerTrainingTests.trainer().train(TaggerTrainingTests.sentences)
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tagger-roundtrip-\(getpid()).bin")
    try model.serialized().write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let loaded = try TaggerModel.load(path: url.path)
    #expect(loaded.keys == model.keys)
    #expect(loaded.weights == model.weights)
    #expect(loaded.serialized() == model.serialized())
    let probe = TaggerMarkup.sentence("Yesterday [PER Amara Velto] flew to [LOC Keldoria] .")
    let before = EntityTagger(model: model, gazetteer: TaggerGazetteer()).tag(
      probe.tokens, lexiconMatches: [], lexicon: Lexicon())
    let after = EntityTagger(model: loaded, gazetteer: TaggerGazetteer()).tag(
      probe.tokens, lexiconMatches: [], lexicon: Lexicon())
    #expect(before.tags == after.tags)
    #expect(before.margins == after.margins)
  }

  static let damaged: [(String, @Sendable (Data) -> Data)] = [
    ("truncated", { $0.prefix($0.count - 9) }),
    ("header only", { $0.prefix(20) }),
    ("empty", { _ in Data() }),
    (
      "flipped weight byte",
      { d in
        var c = d
        c[c.count - 20] ^= 0x40
        return c
      }
    ),
    (
      "wrong magic",
      { d in
        var c = d
        c[0] = 0x58
        return c
      }
    ),
    ("trailing bytes", { $0 + Data([1, 2, 3]) }),
    (
      "future version",
      { d in
        var c = d
        c[8] = 9
        return c
      }
    ),
  ]

  @Test("a damaged model is a clear error naming the file and the fix", arguments: damaged.map(\.0))
  func damagedModel(_ damage: String) throws {
    let model = TaggerTrainingTests.trainer().train(TaggerTrainingTests.sentences)
    let change = try #require(TaggerTrainingTests.damaged.first { $0.0 == damage }?.1)
    do {
      _ = try TaggerModel.load(data: change(model.serialized()), path: "models/tagger.bin")
      Issue.record("a \(damage) model loaded")
    } catch {
      #expect(error.description.hasPrefix("models/tagger.bin: error: tagger model"))
      #expect(error.description.contains("run `bilat train tagger`"))
      switch damage {
      case "truncated", "header only", "empty":
        guard case .truncated = error else { Issue.record("\(error)"); return }
      case "future version":
        guard case .unsupportedVersion(_, 9) = error else { Issue.record("\(error)"); return }
      default:
        guard case .corrupt = error else { Issue.record("\(error)"); return }
      }
    }
  }

  @Test("a missing model file is an error, not an empty tagger")
  func missingModel() {
    #expect(throws: TaggerModelError.self) { try TaggerModel.load(path: "/nonexistent/tagger.bin") }
  }

  @Test("silver training refuses the evaluation sets", arguments: MeetingTraining.refused)
  func refusesEvaluationSets(_ folder: String) {
    let parent = folder.hasPrefix("blind-r") ? "Data/real" : "Data/articles"
    let dir = Fixture.repository.appendingPathComponent("\(parent)/\(folder)").path
    #expect(throws: TaggerModelError.evaluationSet(path: dir, folder: folder)) {
      try SilverCorpus.sentences(directory: dir)
    }
  }
}
