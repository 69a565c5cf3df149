import Foundation

/// A learned yes/no decision over a candidate's generic features: an averaged perceptron whose
/// weights are a small text file. Two models share it: the meeting model
/// (`Data/models/meetings.tsv`, `bilat train meetings`: did a pair of people named in one
/// sentence meet? It adds meetings the rules do not find) and the document model
/// (`Data/models/documents.tsv`, `bilat train documents`: is a project, agreement or facility
/// the rules found one the gold names? It drops those it doubts). Both are trained from the
/// project's own gold only.
public struct LinearModel: Sendable, Equatable {
  public static let formatVersion = 1
  public var weights: [String: Float]
  /// A pair met when its score is above this.
  public var threshold: Float

  public init(weights: [String: Float], threshold: Float = 0) {
    self.weights = weights
    self.threshold = threshold
  }

  public func score(_ features: [String]) -> Float {
    var s: Float = 0
    for f in features { s += weights[f] ?? 0 }
    return s
  }

  /// Whether the candidate is accepted: its score is above the threshold.
  public func accepts(_ features: [String]) -> Bool { score(features) > threshold }

  /// The meeting model's name for ``accepts(_:)``: the pair met.
  public func met(_ features: [String]) -> Bool { accepts(features) }

  /// The text form: a header line, then `feature<TAB>weight` lines sorted by feature.
  public func serialized() -> String {
    var out = "# bilat linear model\tformat \(LinearModel.formatVersion)\tthreshold \(threshold)\n"
    for (f, w) in weights.sorted(by: { $0.key < $1.key }) where w != 0 {
      out += "\(f)\t\(String(format: "%.4f", w))\n"
    }
    return out
  }

  public enum LoadError: Error, CustomStringConvertible {
    case unreadable(String)
    case malformed(String, line: Int)
    public var description: String {
      switch self {
      case .unreadable(let p): return "\(p): cannot read the learned model (rebuild it with `bilat train meetings`, `documents` or `relations`)"
      case .malformed(let p, let line): return "\(p):\(line): not a learned model line (rebuild it with `bilat train meetings`, `documents` or `relations`)"
      }
    }
  }

  public static func parse(_ text: String, path: String) throws -> LinearModel {
    var weights: [String: Float] = [:]
    var threshold: Float = 0
    for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
      if line.hasPrefix("#") {
        let parts = line.split(separator: "\t")
        guard n == 0, parts.count == 3, parts[1] == "format \(formatVersion)" else {
          throw LoadError.malformed(path, line: n + 1)
        }
        threshold = Float(parts[2].dropFirst("threshold ".count)) ?? 0
        continue
      }
      let parts = line.split(separator: "\t")
      guard parts.count == 2, let w = Float(parts[1]) else { throw LoadError.malformed(path, line: n + 1) }
      weights[String(parts[0])] = w
    }
    return LinearModel(weights: weights, threshold: threshold)
  }

  public static func load(path: String) throws -> LinearModel {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw LoadError.unreadable(path) }
    return try parse(text, path: path)
  }

  /// The bundled meeting model (`Data/models/meetings.tsv`), or nil when the package has none.
  public static let bundled: MeetingModel? = {
    guard let dir = Bundle.module.url(forResource: "models", withExtension: nil) else { return nil }
    let path = dir.appendingPathComponent("meetings.tsv").path
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    do { return try load(path: path) } catch { preconditionFailure("\(error)") }
  }()

  /// The bundled document model (`Data/models/documents.tsv`); a missing or malformed file is
  /// the failure, with its path.
  public static let bundledDocuments = bundled(file: "documents.tsv")

  /// The bundled relation model (`Data/models/relations.tsv`); a missing or malformed file is
  /// the failure, with its path.
  public static let bundledRelations = bundled(file: "relations.tsv")

  /// The model of a bundled load; a missing or malformed file stops the program with its path.
  static func orStop(_ loaded: Result<LinearModel, LoadError>) -> LinearModel {
    switch loaded {
    case .success(let m): return m
    case .failure(let e): preconditionFailure(e.description)
    }
  }

  /// The model file `file` of the bundled `Data/models`, or the failure with its path.
  static func bundled(file: String) -> Result<LinearModel, LoadError> {
    let path = (Bundle.module.url(forResource: "models", withExtension: nil)?.appendingPathComponent(file).path)
      ?? "Data/models/" + file
    do { return .success(try load(path: path)) } catch let e as LoadError { return .failure(e) } catch {
      return .failure(.unreadable(path))
    }
  }

  /// One training example: a candidate's features and whether the gold says yes (the pair met,
  /// the document is one the gold names).
  public struct Example: Sendable {
    public var features: [String]
    public var met: Bool
    public init(features: [String], met: Bool) {
      self.features = features
      self.met = met
    }
  }

  /// Trains an averaged perceptron: `epochs` passes over the examples in a seeded order. The
  /// same examples, epochs and seed give the same model.
  public static func train(_ examples: [Example], epochs: Int = 10, seed: UInt64 = 1, threshold: Float = 0)
    -> LinearModel
  {
    var w: [String: Float] = [:]
    var total: [String: Float] = [:]
    var stamp: [String: Int] = [:]
    var step = 1
    var order = Array(examples.indices)
    var state = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 33
    }
    for _ in 0..<epochs {
      for i in stride(from: order.count - 1, to: 0, by: -1) {
        order.swapAt(i, Int(next() % UInt64(i + 1)))
      }
      for k in order {
        let x = examples[k]
        var s: Float = 0
        for f in x.features { s += w[f] ?? 0 }
        let predicted = s > 0
        if predicted != x.met {
          let y: Float = x.met ? 1 : -1
          for f in x.features {
            let old = w[f] ?? 0
            total[f, default: 0] += Float(step - (stamp[f] ?? 0)) * old
            stamp[f] = step
            w[f] = old + y
          }
        }
        step += 1
      }
    }
    var averaged: [String: Float] = [:]
    for (f, v) in w {
      let t = (total[f] ?? 0) + Float(step - (stamp[f] ?? 0)) * v
      let a = t / Float(step)
      if abs(a) >= 0.0001 { averaged[f] = a }
    }
    return LinearModel(weights: averaged, threshold: threshold)
  }
}

/// The meeting model is a ``LinearModel`` over pair features (``MeetingCandidate``).
public typealias MeetingModel = LinearModel
