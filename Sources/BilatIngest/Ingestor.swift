import BilatCore
import BilatExtraction
import BilatStore
import Foundation

/// What ingesting one article did.
public enum IngestOutcome: String, Sendable, Equatable {
  /// First time this source was seen.
  case new
  /// Same text as already stored: nothing changed.
  case unchanged
  /// The source was known with another text: its old facts were replaced.
  case replaced
  /// Same text, read before by an older extractor version: extracted again, its old facts replaced.
  case reextracted
}

/// The result of ingesting one article.
public struct IngestResult: Sendable, Equatable {
  public var outcome: IngestOutcome
  public var articleID: Int64?
  /// Entities and relations extracted from the article (0 when unchanged).
  public var entities: Int
  public var relations: Int
}

/// Writes extractions into the graph store: one transaction per article, idempotent on
/// unchanged text, replacing a changed article's facts, and resolving entities across articles
/// (alias keys, transliteration folding, compatible first names and countries; one Meeting per
/// participants and date).
public struct Ingestor: Sendable {
  public let store: GraphStore
  public let extractor: Extractor

  public init(store: GraphStore, extractor: Extractor = Extractor()) {
    self.store = store
    self.extractor = extractor
  }

  /// Reads, extracts and stores the article at `path`. Reader errors (empty, binary, invalid
  /// UTF-8) are thrown before anything is written.
  @discardableResult
  public func ingest(path: String) throws -> IngestResult {
    let article = try ArticleReader.read(path: path)
    return try ingest(extractor.extract(article))
  }

  /// Stores an extraction in one write transaction.
  @discardableResult
  public func ingest(_ x: Extraction) throws -> IngestResult {
    let hash = ContentHash.of(x.article.text)
    return try store.write { g in
      var outcome = IngestOutcome.new
      // An article read by an older extractor is replaced like a changed one: the facts only it
      // supported go, and the current extractor's take is written.
      func current(_ a: StoredArticle) -> Bool { (a.extractorVersion ?? 0) >= Extractor.version }
      if let existing = try g.article(source: x.article.source) {
        if existing.contentHash == hash && current(existing) {
          return IngestResult(outcome: .unchanged, articleID: existing.id, entities: 0, relations: 0)
        }
        try g.deleteArticle(existing.id)
        outcome = existing.contentHash == hash ? .reextracted : .replaced
      } else if let same = try g.article(contentHash: hash) {
        if current(same) { return IngestResult(outcome: .unchanged, articleID: same.id, entities: 0, relations: 0) }
        try g.deleteArticle(same.id)
        outcome = .reextracted
      }
      var writer = GraphWriter(g: g, x: x)
      let articleID = try writer.writeArticle(hash: hash)
      try writer.writeEntities()
      try writer.writeRelations()
      return IngestResult(
        outcome: outcome, articleID: articleID, entities: x.entities.count, relations: x.relations.count)
    }
  }
}
