import Foundation

/// Silver training sentences from the project's own briefs: each gold entity's name and
/// aliases are looked up in the brief's sentences and tagged where they occur.
public enum SilverCorpus {
  /// Folders that are evaluation sets nobody may read or train on: the same measurement sets
  /// the learned models refuse (``MeetingTraining/refused``), the current blind set included.
  public static var forbiddenFolders: Set<String> { Set(MeetingTraining.refused) }

  static let types: [String: EntityTag.EntityType] = [
    "Person": .person, "Organization": .organization, "Country": .location, "City": .location, "Place": .location,
  ]

  /// Tagged sentences of every brief with a gold file under `directory`.
  public static func sentences(directory: String) throws -> [TaggedSentence] {
    let parts = URL(fileURLWithPath: directory).standardizedFileURL.pathComponents
    if let bad = parts.first(where: { forbiddenFolders.contains($0) }) {
      throw TaggerModelError.evaluationSet(path: directory, folder: bad)
    }
    var out: [TaggedSentence] = []
    for path in Evaluator.goldFiles(in: directory) {
      let gold = try GoldFile.load(path: path)
      let dir = (path as NSString).deletingLastPathComponent
      let article = try ArticleReader.read(path: (dir as NSString).appendingPathComponent(gold.article))
      var names: [(name: [String], type: EntityTag.EntityType)] = []
      for e in gold.entities {
        guard let type = types[e.label] else { continue }
        for n in [e.name] + (e.aliases ?? []) {
          let u = Array(n.utf16)
          names.append((Tokenizer.tokenize(u, 0..<u.count).map(\.text), type))
        }
      }
      for s in SentenceSplitter.sentences(of: article) {
        out.append(TaggedSentence(tokens: Tokenizer.tokenize(article.units, s.range), names: names))
      }
    }
    return out
  }
}
