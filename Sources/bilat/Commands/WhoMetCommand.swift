import ArgumentParser
import BilatCore
import BilatQuery
import BilatStore
import Foundation

/// Runs an everyday question: resolves names, prints the Cypher with --show-query, prints the result.
enum EverydayQuery {
  /// The node id a name denotes; prints the candidates and fails when it is ambiguous or unknown.
  static func resolve(_ name: String, label: String?, what: String, in store: GraphStore) throws -> Int64 {
    switch try NameResolver.resolve(name, label: label, in: store) {
    case .found(let id, _):
      return id
    case .ambiguous(let candidates):
      var message = "'\(name)' could be \(candidates.count) \(what)s:\n"
      for c in candidates { message += "  \(c.name) (node \(c.id))\n" }
      message += "use the exact name, or a query with id(n) = ..."
      FileHandle.standardError.write(Data((message + "\n").utf8))
      throw ExitCode.failure
    case .unknown(let suggestions):
      var message = "no \(what) named '\(name)'"
      if !suggestions.isEmpty {
        message += "; closest names:\n" + suggestions.prefix(5).map { "  \($0.name)" }.joined(separator: "\n")
      }
      FileHandle.standardError.write(Data((message + "\n").utf8))
      throw ExitCode.failure
    }
  }

  static func run(
    _ query: String, _ parameters: [String: CypherValue], store: GraphStore, output: QueryOutputOptions,
    showQuery: Bool
  ) throws {
    if showQuery {
      var shown = query
      for (name, value) in parameters.sorted(by: { $0.key < $1.key }) { shown += "\n// $\(name) = \(value)" }
      FileHandle.standardError.write(Data((shown + "\n").utf8))
    }
    do {
      let result = try CypherEngine(store: store, options: output.queryOptions).run(query, parameters: parameters)
      // Warnings about labels the built-in query names are noise here.
      QueryPrinter.print(result, format: output.format, warnings: false)
    } catch {
      throw QueryPrinter.fail(error)
    }
  }
}

struct WhoMetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "who-met",
    abstract: "The people someone met, with date, place and source article.",
    discussion: "Names resolve through aliases and transliteration variants (Toqayev finds Tokayev).")

  @OptionGroup var store: StoreOptions
  @OptionGroup var output: QueryOutputOptions

  @Argument(help: "The person's name.")
  var name: String

  @Option(name: .long, help: "Only meetings on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
  var since: String?

  @Option(
    name: .long,
    help: "Only meetings on or before this date; a year or month counts whole (YYYY, YYYY-MM or YYYY-MM-DD).")
  var until: String?

  @Flag(name: .long, help: "Print the Cypher query (to stderr) before the result.")
  var showQuery = false

  /// The query; a date window compares the stored date text with the bounds of `DateWindow`.
  static func query(dated: Bool) -> String {
    var conditions = ["id(p) = $person"]
    if dated { conditions.append("m.date >= $from AND m.date < $before") }
    return """
      MATCH (p)-[m:MET_WITH]-(other)
      WHERE \(conditions.joined(separator: " AND "))
      RETURN other.name AS met, m.date AS date, m.place AS place,
             head([e IN evidence(m) | e.source]) AS source
      ORDER BY date, met
      """
  }

  func validate() throws {
    do { _ = try DateWindow(since: since, until: until) } catch { throw ValidationError("--\(error)") }
  }

  func run() throws {
    let dates = try DateWindow(since: since, until: until)
    let graph = try store.openExisting()
    let person = try EverydayQuery.resolve(name, label: "Person", what: "person", in: graph)
    var parameters: [String: CypherValue] = ["person": .int(person)]
    if !dates.isEmpty {
      parameters["from"] = .string(dates.lowerBound)
      parameters["before"] = .string(dates.upperBound)
    }
    try EverydayQuery.run(
      Self.query(dated: !dates.isEmpty), parameters, store: graph, output: output,
      showQuery: showQuery)
  }
}
