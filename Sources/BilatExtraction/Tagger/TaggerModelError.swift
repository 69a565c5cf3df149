import Foundation

/// Why a tagger model or its gazetteers could not be loaded or trained, with the file at fault
/// and what to do about it.
public enum TaggerModelError: Error, CustomStringConvertible, LocalizedError, Equatable, Sendable {
  case missing(path: String, reason: String)
  case truncated(path: String, expected: Int, actual: Int)
  case corrupt(path: String, reason: String)
  case unsupportedVersion(path: String, version: UInt32)
  case noTrainingData(path: String)
  case evaluationSet(path: String, folder: String)
  case badCorpus(path: String, line: Int, reason: String)

  public var description: String {
    switch self {
    case .missing(let p, let r):
      return "\(p): error: tagger resource not found (\(r)); rebuild the package or run `bilat train tagger`"
    case .truncated(let p, let e, let a):
      return "\(p): error: tagger model is truncated (\(a) bytes, expected \(e)); run `bilat train tagger` again"
    case .corrupt(let p, let r):
      return "\(p): error: tagger model is corrupt (\(r)); run `bilat train tagger` again"
    case .unsupportedVersion(let p, let v):
      return "\(p): error: tagger model format version \(v) is not \(TaggerModel.formatVersion); run `bilat train tagger`"
    case .noTrainingData(let p):
      return "\(p): error: no GUM .conllu training files found; pass --gum DIR (see Data/models/ATTRIBUTION.md)"
    case .evaluationSet(let p, let f):
      return "\(p): error: '\(f)' is an evaluation set and is never used for training; use Data/articles/dev or blind"
    case .badCorpus(let p, let l, let r):
      return "\(p):\(l): error: \(r)"
    }
  }

  public var errorDescription: String? { description }
}

extension TaggerModelError {
  /// The UTF-8 text of a file the tagger needs, or `.missing` naming it.
  static func text(of path: String) throws(TaggerModelError) -> String {
    do {
      return try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      throw .missing(path: path, reason: error.localizedDescription)
    }
  }
}
