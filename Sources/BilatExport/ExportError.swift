import Foundation

/// Errors raised while choosing, writing or rendering an export.
public enum ExportError: Error, Equatable, Sendable {
  /// `--around NAME` matched no entity; `suggestions` are similar names (may be empty).
  case unknownEntity(name: String, suggestions: [String])
  /// `--around NAME` matched several entities; each candidate is described on one line.
  case ambiguousEntity(name: String, candidates: [String])
  /// An option value is malformed (e.g. a negative depth).
  case invalidOption(String)
  /// Graphviz `dot` is not on PATH.
  case graphvizMissing
  /// Graphviz ran but failed; `message` is its stderr.
  case graphvizFailed(status: Int32, message: String)
}

extension ExportError: CustomStringConvertible, LocalizedError {
  public var description: String {
    switch self {
    case .unknownEntity(let name, let suggestions):
      let tail =
        suggestions.isEmpty
        ? "" : "; similar names: " + suggestions.joined(separator: "; ")
      return "no entity is named '\(name)'\(tail)"
    case .ambiguousEntity(let name, let candidates):
      return "'\(name)' names \(candidates.count) entities; pick one by a fuller name: "
        + candidates.joined(separator: "; ")
    case .invalidOption(let message):
      return message
    case .graphvizMissing:
      return
        "Graphviz 'dot' was not found on PATH; install it (Debian/Ubuntu: apt-get install graphviz, "
        + "macOS: brew install graphviz) or export DOT without --render and render it elsewhere"
    case .graphvizFailed(let status, let message):
      let trimmed = message.trimmingCharacters(in: .whitespacesAndNewlines)
      return "Graphviz 'dot' failed (exit status \(status))" + (trimmed.isEmpty ? "" : ": \(trimmed)")
    }
  }

  public var errorDescription: String? { description }
}
