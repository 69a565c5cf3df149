/// Which words may tell the kind of an unnamed project ("uranium mining projects") and which
/// capitalized words before a project head name none ("Such projects", "Another project").
extension Patterns {
  /// Nouns in -ing that tell what a project does: "uranium mining projects", "oil processing
  /// projects". Other -ing words before "projects" are verbs of the sentence ("firms executing
  /// projects") or of the project ("initiating power projects").
  static let nominalIngWords: Set<String> = [
    "mining", "processing", "building", "engineering", "housing", "shipping", "banking", "manufacturing",
    "refining", "farming", "training", "financing", "learning", "recycling", "packaging", "dredging",
    "drilling", "fishing", "printing", "pumping", "clearing", "logistics",
  ]

  /// Words that qualify how many, how good or how shared projects are, or belong to the clause
  /// around them, rather than tell their kind: "mutual transport projects", "talks that touched
  /// projects", "allies who can project power".
  static let projectClauseWords: Set<String> = [
    "mutual", "that", "which", "can", "may", "when", "where", "another", "present", "prospective", "massive",
    "detailed", "huge", "concrete", "certain", "possible", "potential", "relevant", "respective",
  ]

  /// Whether a lower-case word before "project(s)" cannot be part of the project's kind: a verb
  /// form (past participle, a non-nominal -ing form, an adverb in -ly) or a clause word.
  static func endsProjectKind(_ w: String) -> Bool {
    if projectClauseWords.contains(w) { return true }
    if w.count > 4 && w.hasSuffix("ly") { return true }
    // "defined", "completed", "covered" (not "speed")
    if w.count > 5 && w.hasSuffix("ed") { return true }
    if w.count > 4 && w.hasSuffix("ing") && !nominalIngWords.contains(w) { return true }
    return false
  }

  /// Capitalized words that open a sentence about projects without naming one: "Such projects
  /// ...", "Another project ...", "Longer-term projects ...".
  static let genericProjectOpeners: Set<String> = [
    "another", "such", "other", "similar", "further", "future", "longer-term", "long-term", "short-term",
    "medium-term", "these", "those", "many", "several", "both",
  ]

  /// Participles that make a name before "projects" their backer, not their name:
  /// "Norway-assisted projects", "Japan-funded projects".
  static let backerSuffixes: [String] = ["-assisted", "-funded", "-backed", "-financed", "-built", "-sponsored"]

  /// Whether the capitalized part `lo..<hi` before a project head names no project: a lone
  /// generic opener or a backer ("Norway-assisted").
  static func namesNoProject(_ t: [Token], _ lo: Int, _ hi: Int) -> Bool {
    guard hi - lo == 1 else { return false }
    let w = t[lo].lower
    return genericProjectOpeners.contains(w) || backerSuffixes.contains { w.hasSuffix($0) }
  }
}
