import BilatCore
import Foundation

/// True positives, false positives and false negatives, with precision, recall and F1.
public struct Score: Codable, Sendable, Equatable {
  public var truePositives = 0
  public var falsePositives = 0
  public var falseNegatives = 0

  public init() {}

  public var gold: Int { truePositives + falseNegatives }
  public var predicted: Int { truePositives + falsePositives }
  /// 1 when nothing was predicted (no false claims).
  public var precision: Double { predicted == 0 ? 1 : Double(truePositives) / Double(predicted) }
  /// 1 when there was nothing to find.
  public var recall: Double { gold == 0 ? 1 : Double(truePositives) / Double(gold) }
  public var f1: Double {
    let p = precision
    let r = recall
    return p + r == 0 ? 0 : 2 * p * r / (p + r)
  }

  static func + (a: Score, b: Score) -> Score {
    var s = Score()
    s.truePositives = a.truePositives + b.truePositives
    s.falsePositives = a.falsePositives + b.falsePositives
    s.falseNegatives = a.falseNegatives + b.falseNegatives
    return s
  }
}

/// Correct out of total, for meeting dates and places.
public struct Accuracy: Codable, Sendable, Equatable {
  public var correct = 0
  public var total = 0
  public init() {}
  public var value: Double { total == 0 ? 1 : Double(correct) / Double(total) }
}

/// Scores of an extraction against gold files.
public struct EvaluationReport: Codable, Sendable {
  public var articles = 0
  public var entities: [String: Score] = [:]
  public var relations: [String: Score] = [:]
  public var meetingDate = Accuracy()
  public var meetingPlace = Accuracy()
  /// Per-article misses and false alarms, for debugging ("FN Person: X").
  public var details: [String: [String]] = [:]

  public init() {}

  static let entityOrder = [
    "Person", "Country", "City", "Place", "Organization", "Facility", "Project", "Agreement", "Sector",
  ]
  static let relationOrder = RelationshipType.evaluated.map(\.rawValue)

  /// The scores as a markdown table.
  public func markdown(title: String) -> String {
    func f(_ d: Double) -> String { String(format: "%.2f", d) }
    var out = "### \(title) (\(articles) articles)\n\n| kind | gold | predicted | correct | precision | recall | F1 |\n"
    out += "|---|---:|---:|---:|---:|---:|---:|\n"
    for (names, table) in [(EvaluationReport.entityOrder, entities), (EvaluationReport.relationOrder, relations)] {
      let keys = names + table.keys.filter { !names.contains($0) }.sorted()
      for k in keys {
        guard let s = table[k] else { continue }
        out +=
          "| \(k) | \(s.gold) | \(s.predicted) | \(s.truePositives) | \(f(s.precision)) | \(f(s.recall)) | \(f(s.f1)) |\n"
      }
    }
    let e = entities.values.reduce(Score(), +)
    let r = relations.values.reduce(Score(), +)
    out += "\nAggregate: entities P \(f(e.precision)) R \(f(e.recall)) F1 \(f(e.f1)); "
    out += "relations P \(f(r.precision)) R \(f(r.recall)) F1 \(f(r.f1))\n"
    out += "\nMeeting date accuracy: \(f(meetingDate.value)) (\(meetingDate.correct)/\(meetingDate.total)); "
    out += "meeting place accuracy: \(f(meetingPlace.value)) (\(meetingPlace.correct)/\(meetingPlace.total))\n"
    return out
  }
}
