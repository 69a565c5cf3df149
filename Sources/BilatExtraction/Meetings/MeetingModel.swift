import Foundation

/// A learned decision over a pair of people named in one sentence: did they meet? An averaged
/// perceptron over generic features of the sentence (``MeetingFeatures``): the words between
/// and around the two names, with titles, countries and names abstracted to their kind, the
/// distance, whether their countries differ, plan and cancel words, the rules' meeting trigger.
/// It adds meetings the rules do not find; it never removes one. Trained by `bilat train
/// meetings` from the project's own gold; the model is a small text file (`Data/models/meetings.tsv`).
public struct MeetingModel: Sendable, Equatable {
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

  public func met(_ features: [String]) -> Bool { score(features) > threshold }

  /// The text form: a header line, then `feature<TAB>weight` lines sorted by feature.
  public func serialized() -> String {
    var out = "# bilat meeting-pair model\tformat \(MeetingModel.formatVersion)\tthreshold \(threshold)\n"
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
      case .unreadable(let p): return "\(p): cannot read the meeting model (rebuild it with `bilat train meetings`)"
      case .malformed(let p, let line): return "\(p):\(line): not a meeting model line (rebuild it with `bilat train meetings`)"
      }
    }
  }

  public static func parse(_ text: String, path: String) throws -> MeetingModel {
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
    return MeetingModel(weights: weights, threshold: threshold)
  }

  public static func load(path: String) throws -> MeetingModel {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw LoadError.unreadable(path) }
    return try parse(text, path: path)
  }

  /// The bundled model (`Data/models/meetings.tsv`), or nil when the package has none.
  public static let bundled: MeetingModel? = {
    guard let dir = Bundle.module.url(forResource: "models", withExtension: nil) else { return nil }
    let path = dir.appendingPathComponent("meetings.tsv").path
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    do { return try load(path: path) } catch { preconditionFailure("\(error)") }
  }()

  /// One training example: a pair's features and whether the gold says the two met.
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
    -> MeetingModel
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
    return MeetingModel(weights: averaged, threshold: threshold)
  }
}
