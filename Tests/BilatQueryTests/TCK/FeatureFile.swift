import Foundation

/// A scenario read from a Gherkin `.feature` file of the openCypher TCK (outlines expanded).
struct TCKScenario {
  var feature: String
  var file: String
  var name: String
  var steps: [Step]

  struct Step {
    var text: String
    var docString: String?
    var table: [[String]]
  }

  /// The key used in the passing list.
  var key: String { "\(file): \(name)" }
}

enum FeatureFile {
  /// Parses a feature file into scenarios, expanding Scenario Outlines over their Examples.
  static func parse(_ text: String, file: String) -> [TCKScenario] {
    let lines = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
    var feature = ""
    var scenarios: [TCKScenario] = []
    var i = 0
    var current: (name: String, outline: Bool, steps: [TCKScenario.Step], examples: [[String]])?
    // Gherkin's `Background:` steps run before every scenario of the file; they are read as a
    // pseudo-scenario and prepended when each real scenario is flushed.
    var background: [TCKScenario.Step] = []
    var inBackground = false

    func flush() {
      guard var c = current else { return }
      if inBackground {
        background = c.steps
        inBackground = false
        current = nil
        return
      }
      c.steps = background + c.steps
      if c.outline {
        guard c.examples.count > 1 else { return }
        let header = c.examples[0]
        for (n, values) in c.examples.dropFirst().enumerated() {
          func substitute(_ s: String) -> String {
            var out = s
            for (k, v) in zip(header, values) { out = out.replacingOccurrences(of: "<\(k)>", with: v) }
            return out
          }
          let steps = c.steps.map { step in
            TCKScenario.Step(
              text: substitute(step.text), docString: step.docString.map(substitute),
              table: step.table.map { $0.map(substitute) })
          }
          scenarios.append(TCKScenario(feature: feature, file: file, name: "\(c.name) #\(n + 1)", steps: steps))
        }
      } else {
        scenarios.append(TCKScenario(feature: feature, file: file, name: c.name, steps: c.steps))
      }
      current = nil
    }

    var inExamples = false
    while i < lines.count {
      let line = lines[i].trimmingCharacters(in: .whitespaces)
      i += 1
      if line.hasPrefix("#") || line.hasPrefix("@") || line.isEmpty { continue }
      if line.hasPrefix("Feature:") {
        feature = String(line.dropFirst(8)).trimmingCharacters(in: .whitespaces)
      } else if line.hasPrefix("Scenario Outline:") || line.hasPrefix("Scenario:") {
        flush()
        let outline = line.hasPrefix("Scenario Outline:")
        let name = String(line.drop { $0 != ":" }.dropFirst()).trimmingCharacters(in: .whitespaces)
        current = (name, outline, [], [])
        inExamples = false
      } else if line.hasPrefix("Background:") {
        flush()
        current = ("Background", false, [], [])
        inBackground = true
        inExamples = false
      } else if line.hasPrefix("Examples:") {
        inExamples = true
      } else if line.hasPrefix("\"\"\"") {
        var doc: [String] = []
        let indent = lines[i - 1].prefix { $0 == " " }.count
        while i < lines.count, !lines[i].trimmingCharacters(in: .whitespaces).hasPrefix("\"\"\"") {
          doc.append(String(lines[i].dropFirst(min(indent, lines[i].prefix { $0 == " " }.count))))
          i += 1
        }
        i += 1
        if var c = current, !c.steps.isEmpty {
          c.steps[c.steps.count - 1].docString = doc.joined(separator: "\n")
          current = c
        }
      } else if line.hasPrefix("|") {
        let cells = splitRow(line)
        if var c = current {
          if inExamples {
            c.examples.append(cells)
          } else if !c.steps.isEmpty {
            c.steps[c.steps.count - 1].table.append(cells)
          }
          current = c
        }
      } else if let word = line.split(separator: " ").first,
        ["Given", "And", "When", "Then", "But"].contains(String(word))
      {
        current?.steps.append(TCKScenario.Step(text: line, docString: nil, table: []))
      }
    }
    flush()
    return scenarios
  }

  /// Splits `| a | 'b|c' |` into cells, respecting quotes and `\|`.
  static func splitRow(_ line: String) -> [String] {
    var cells: [String] = []
    var cell = ""
    var quote: Character?
    var escaped = false
    for ch in line.dropFirst() {
      if escaped {
        cell.append(ch)
        escaped = false
        continue
      }
      if ch == "\\" {
        cell.append(ch)
        escaped = true
        continue
      }
      if let q = quote {
        if ch == q { quote = nil }
        cell.append(ch)
        continue
      }
      if ch == "'" || ch == "\"" {
        quote = ch
        cell.append(ch)
      } else if ch == "|" {
        cells.append(cell.trimmingCharacters(in: .whitespaces))
        cell = ""
      } else {
        cell.append(ch)
      }
    }
    return cells
  }
}
