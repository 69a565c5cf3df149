import ArgumentParser
import BilatQuery
import Foundation

struct CreateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "create",
    abstract: "Add nodes and relationships by hand with a Cypher CREATE statement.",
    discussion: """
      Example:
        bilat create "CREATE (a:Person {name: 'Alikhan Smailov'})-[:MET_WITH {date: '2023-11-27'}]->(b:Person {name: 'Ding Xuexiang'})"
      The statement runs in one transaction: all of it is written or none.
      """)

  @OptionGroup var store: StoreOptions

  @Argument(help: "The CREATE statement (or use --file).")
  var statement: String?

  @Option(name: .long, help: "Read the statement from a file.")
  var file: String?

  @Option(name: .customLong("param"), help: ArgumentHelp("A parameter, as name=value.", valueName: "name=value"))
  var parameters: [String] = []

  func validate() throws {
    if (statement == nil) == (file == nil) { throw ValidationError("give a statement or --file, not both") }
  }

  func run() throws {
    let text = try statement ?? String(contentsOfFile: file ?? "", encoding: .utf8)
    let engine = CypherEngine(store: try store.open())
    let parameters = try QueryCommand.parse(parameters)
    do {
      let (result, stats) = try engine.create(text, parameters: parameters)
      if !result.columns.isEmpty { QueryPrinter.print(result, format: .table) }
      print(
        "created \(stats.nodes) node\(stats.nodes == 1 ? "" : "s"), \(stats.relationships) relationship\(stats.relationships == 1 ? "" : "s"), \(stats.properties) propert\(stats.properties == 1 ? "y" : "ies")"
      )
    } catch {
      throw QueryPrinter.fail(error)
    }
  }
}
