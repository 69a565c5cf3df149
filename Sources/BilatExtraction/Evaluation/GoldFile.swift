import Foundation

/// A hand-made gold annotation of one article (format documented in `Data/articles/README.md`).
public struct GoldFile: Decodable, Sendable {
  public var article: String
  public var published: String?
  public var entities: [GoldEntity]
  public var relations: [GoldRelation]

  /// Reads a gold file.
  public static func load(path: String) throws -> GoldFile {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    do {
      return try JSONDecoder().decode(GoldFile.self, from: data)
    } catch {
      throw EvaluationError.badGold(path: path, reason: "\(error)")
    }
  }
}

/// An entity of a gold file.
public struct GoldEntity: Decodable, Sendable {
  public var label: String
  public var name: String
  public var aliases: [String]?
  public var title: String?
  public var country: String?
  public var organization: String?
}

/// A relation of a gold file.
public struct GoldRelation: Decodable, Sendable {
  public var type: String
  public var start: String?
  public var end: String
  public var meeting: [String]?
  public var date: String?
  public var place: String?
  public var mode: String?
  public var about: String?
  public var title: String?
}

/// Errors of the evaluator, with the file at fault.
public enum EvaluationError: Error, CustomStringConvertible, LocalizedError, Equatable {
  case badGold(path: String, reason: String)
  case missingArticle(gold: String, article: String)
  case noGold(directory: String)

  public var description: String {
    switch self {
    case .badGold(let p, let r): return "\(p): error: cannot read gold file: \(r)"
    case .missingArticle(let g, let a): return "\(g): error: article '\(a)' not found beside the gold file"
    case .noGold(let d): return "\(d): error: no *.gold.json files found"
    }
  }

  public var errorDescription: String? { description }
}
