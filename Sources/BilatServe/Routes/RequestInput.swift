import BilatExport
import Foundation
import Hummingbird

/// Reading and checking request parameters: a bad one is a 400 that names it.
extension Request {
  /// Every value of a query parameter as sent (form-decoded: `+` is a space).
  func rawParameters(_ name: String) -> [String] {
    FormEncoding.values(name, in: uri.query ?? "")
  }

  /// A query parameter, trimmed; nil when absent or empty.
  func parameter(_ name: String) -> String? {
    guard let value = rawParameters(name).first else { return nil }
    let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
    return trimmed.isEmpty ? nil : trimmed
  }

  /// A list parameter: comma-separated, and/or repeated (`types=A&types=B`, as checkboxes send).
  func list(_ name: String) -> [String] {
    rawParameters(name).flatMap(Self.splitAtCommas).filter { !$0.isEmpty }
  }

  /// The trimmed parts of `text` between commas, split at the comma scalar: a comma followed by a
  /// combining mark or an emoji modifier is one Swift Character (and one for Foundation's
  /// `components(separatedBy:)` here), yet it still separates two names.
  static func splitAtCommas(_ text: String) -> [String] {
    text.unicodeScalars.split(separator: ",", omittingEmptySubsequences: false)
      .map { String(String.UnicodeScalarView($0)).trimmingCharacters(in: .whitespacesAndNewlines) }
  }

  /// Two names separated by one comma (`between=A,B`), or none when the parameter is empty.
  func pair(_ name: String) throws -> [String] {
    guard let raw = parameter(name) else { return [] }
    let parts = Self.splitAtCommas(raw)
    guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty }) else {
      throw ServeError.badRequest("\(name) takes two names separated by one comma, e.g. \(name)=Kazakhstan,China")
    }
    return parts
  }

  func integer(_ name: String, default fallback: Int, in range: ClosedRange<Int>) throws -> Int {
    guard let text = parameter(name) else { return fallback }
    guard let value = Int(text), range.contains(value) else {
      throw ServeError.badRequest("\(name) must be a whole number in \(range.lowerBound)...\(range.upperBound), not '\(text)'")
    }
    return value
  }

  func date(_ name: String) throws -> String? {
    guard let text = parameter(name) else { return nil }
    try GraphService.checkDate(text, parameter: name)
    return text
  }

  /// Relationship types or labels: ASCII identifiers only, as Bilat's types and labels are (and as
  /// the OpenAPI file's pattern says, so that every value the schema allows is accepted).
  func identifiers(_ name: String) throws -> [String] {
    let values = list(name)
    for value in values where !value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) {
      throw ServeError.badRequest("\(name) takes names such as MET_WITH or Person, separated by commas; not '\(value)'")
    }
    return values
  }

  /// The meeting filter of the who-met page, API and CSV.
  func meetingFilter() throws -> MeetingFilter {
    MeetingFilter(
      person: parameter("person"), countries: try pair("countries"), since: try date("since"), until: try date("until"))
  }

  /// The export selection options (as `bilat export`): types, labels, since, until, around,
  /// depth, or `node` (an id) with depth and types for a neighbourhood.
  func exportSelection(_ service: GraphService) throws -> GraphSelectionRequest {
    let depth = try integer("depth", default: 1, in: 0...service.settings.maxDepth)
    if let node = parameter("node") {
      guard let id = Int64(node) else { throw ServeError.badRequest("node must be a node id, not '\(node)'") }
      return .neighbourhood(id: id, depth: depth, types: try identifiers("types"))
    }
    return .criteria(
      SelectionCriteria(
        types: try identifiers("types"), labels: try identifiers("labels"), since: try date("since"),
        until: try date("until"), around: parameter("around"), depth: depth))
  }
}

/// What an export or picture request selects.
enum GraphSelectionRequest: Sendable {
  case neighbourhood(id: Int64, depth: Int, types: [String])
  case criteria(SelectionCriteria)

  func resolve(_ service: GraphService) throws -> GraphSelection {
    switch self {
    case .neighbourhood(let id, let depth, let types):
      try service.neighbourhood(of: id, depth: depth, types: types, maxNodes: service.settings.maxPictureNodes)
    case .criteria(let criteria):
      try service.selection(criteria)
    }
  }
}
