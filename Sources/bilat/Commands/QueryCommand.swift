import ArgumentParser
import BilatQuery
import BilatStore
import Foundation

/// Options shared by the commands that run Cypher and print a result.
struct QueryOutputOptions: ParsableArguments {
  @Option(name: .long, help: "Output format: table, json, csv or ndjson.")
  var format: ResultFormat = .table

  @Option(name: .long, help: "Stop with an error after this many rows.")
  var maxRows: Int = 1_000_000

  @Option(name: .long, help: "Stop with an error after this many seconds.")
  var timeout: Double = 30

  var queryOptions: QueryOptions { QueryOptions(rowLimit: maxRows, timeLimit: timeout) }
}

extension ResultFormat: ExpressibleByArgument {}

/// Prints a result and its warnings; errors go to stderr with the query position.
enum QueryPrinter {
  static func print(_ result: QueryResult, format: ResultFormat, warnings: Bool = true) {
    if warnings {
      for warning in result.warnings { FileHandle.standardError.write(Data((warning.description + "\n").utf8)) }
    }
    if result.columns == ["plan"] && format == .table {
      Swift.print(result.rows.map { $0.first?.displayText ?? "" }.joined(separator: "\n"))
      return
    }
    FileHandle.standardOutput.write(Data(result.formatted(format).utf8))
  }

  static func fail(_ error: CypherError) -> ExitCode {
    FileHandle.standardError.write(Data((error.description + "\n").utf8))
    return ExitCode.failure
  }
}

struct QueryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "query",
    abstract: "Run a read-only openCypher query.",
    discussion: """
      Examples:
        bilat query "MATCH (p:Person {name: 'Alikhan Smailov'})-[m:MET_WITH]-(o) RETURN o.name, m.date"
        bilat query --param name="'Ding Xuexiang'" 'MATCH (p:Person {name: $name}) RETURN p'
        bilat query 'EXPLAIN MATCH (n:Person) RETURN count(*)'
      Parameter values are Cypher literals ('text', 42, 1.5, true, [1, 2]); a value that is not a \
      literal is taken as a string. CREATE is refused here: use `bilat create`. An unbounded \
      variable-length relationship (`*`, `*2..`) stops at 32 hops. EXPLAIN shows the SQL and \
      SQLite's plan.
      """)

  @OptionGroup var store: StoreOptions
  @OptionGroup var output: QueryOutputOptions

  @Argument(help: "The query (or use --file).")
  var query: String?

  @Option(name: .long, help: "Read the query from a file.")
  var file: String?

  @Option(name: .customLong("param"), help: ArgumentHelp("A parameter, as name=value.", valueName: "name=value"))
  var parameters: [String] = []

  @Flag(name: .long, help: "Print the median and p95 run time to stderr after the result.")
  var timing = false

  @Option(name: .long, help: "With --timing: how many timed runs.")
  var `repeat`: Int = 10

  func validate() throws {
    if (query == nil) == (file == nil) { throw ValidationError("give a query or --file, not both") }
    if `repeat` < 1 { throw ValidationError("--repeat must be at least 1") }
  }

  func run() throws {
    let text = try query ?? String(contentsOfFile: file ?? "", encoding: .utf8)
    let parameters = try Self.parse(parameters)
    let engine = CypherEngine(store: try store.openExisting(), options: output.queryOptions)
    do {
      let result = try engine.run(text, parameters: parameters)
      QueryPrinter.print(result, format: output.format)
      if timing {
        var times: [Double] = []
        for _ in 0..<`repeat` {
          let start = DispatchTime.now().uptimeNanoseconds
          _ = try engine.run(text, parameters: parameters)
          times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        times.sort()
        let median = times[times.count / 2]
        let p95 = times[min(times.count - 1, Int((Double(times.count) * 0.95).rounded(.up)) - 1)]
        FileHandle.standardError.write(
          Data(String(format: "timing: %d runs, median %.3f ms, p95 %.3f ms\n", times.count, median, p95).utf8))
      }
    } catch {
      throw QueryPrinter.fail(error)
    }
  }

  /// `name=value` pairs; values are Cypher literals, or strings when they are not.
  static func parse(_ pairs: [String]) throws -> [String: CypherValue] {
    var result: [String: CypherValue] = [:]
    for pair in pairs {
      guard let eq = pair.firstIndex(of: "=") else { throw ValidationError("--param needs name=value, got '\(pair)'") }
      let name = String(pair[..<eq]).trimmingCharacters(in: CharacterSet(charactersIn: "$ "))
      let raw = String(pair[pair.index(after: eq)...])
      result[name] = (try? CypherValue.parseLiteral(raw)) ?? .string(raw)
    }
    return result
  }
}
