import ArgumentParser
import BilatQuery
import Foundation

struct AgreementsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "agreements",
    abstract: "Agreements between countries (AGREED relationships), with date, subject and source.",
    discussion: "Example: bilat agreements --between Kazakhstan China")

  @OptionGroup var store: StoreOptions
  @OptionGroup var output: QueryOutputOptions

  @Option(name: .long, parsing: .upToNextOption, help: "Two countries (or other parties).")
  var between: [String] = []

  @Flag(name: .long, help: "Print the Cypher query (to stderr) before the result.")
  var showQuery = false

  func validate() throws {
    if !between.isEmpty && between.count != 2 { throw ValidationError("--between takes two names") }
  }

  static func query(between: Bool) -> String {
    if between {
      return """
        MATCH (a)-[r:AGREED]-(b)
        WHERE id(a) = $a AND id(b) = $b
        RETURN a.name AS party, b.name AS other, r.date AS date, r.about AS about,
               head([e IN evidence(r) | e.source]) AS source
        ORDER BY date, about
        """
    }
    return """
      MATCH (a)-[r:AGREED]->(b)
      RETURN a.name AS party, b.name AS other, r.date AS date, r.about AS about,
             head([e IN evidence(r) | e.source]) AS source
      ORDER BY date, party, other, about
      """
  }

  func run() throws {
    let graph = try store.openExisting()
    var parameters: [String: CypherValue] = [:]
    if between.count == 2 {
      parameters["a"] = .int(try EverydayQuery.resolve(between[0], label: nil, what: "party", in: graph))
      parameters["b"] = .int(try EverydayQuery.resolve(between[1], label: nil, what: "party", in: graph))
    }
    try EverydayQuery.run(
      Self.query(between: between.count == 2), parameters, store: graph, output: output, showQuery: showQuery)
  }
}
