import ArgumentParser
import BilatServe
import Foundation

/// `bilat serve`: the web explorer and JSON API over a graph, read-only.
struct ServeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Explore the graph in a browser, or query it over HTTP (JSON API, docs/openapi.yaml).",
    discussion: """
      Opens the database read-only and serves pages (search, entities, articles, who met whom, \
      projects, agreements, a query console) and the API under /api/. Binds 127.0.0.1 unless --host \
      says otherwise; any other host needs --token (or BILAT_TOKEN), which every request must then \
      carry (header 'Authorization: Bearer TOKEN', or ?token=TOKEN once in a browser). Pictures need \
      Graphviz's 'dot'.
      """)

  @OptionGroup var store: StoreOptions

  @Option(help: "The interface to listen on.")
  var host = "127.0.0.1"

  @Option(help: "The port to listen on (0: any free port, printed at start).")
  var port = 8080

  @Option(help: "A secret every request must carry (default: $BILAT_TOKEN); required off loopback.")
  var token: String?

  @Option(help: "Stop a query after this many seconds.")
  var timeout: Double = 10

  @Option(help: "Stop a query with an error after this many rows.")
  var maxRows = 10_000

  @Option(help: "Requests doing database work at once.")
  var concurrency = 8

  /// The root command is synchronous: the server runs in a task while this thread waits.
  func run() throws {
    let outcome = ServeOutcome()
    let done = DispatchSemaphore(value: 0)
    let command = self
    Task {
      do { try await command.serve() } catch { outcome.error = error }
      done.signal()
    }
    done.wait()
    if let error = outcome.error { throw error }
  }

  private func serve() async throws {
    let settings = ServeSettings(
      host: host, port: port, token: token ?? ProcessInfo.processInfo.environment["BILAT_TOKEN"],
      queryTimeout: timeout, queryRowLimit: maxRows, concurrentWork: concurrency)
    do {
      try settings.validate()
    } catch {
      throw ValidationError(error.message)
    }
    let service = try GraphService(readOnlyPath: store.resolvedPath, settings: settings)
    let host = self.host
    try await BilatServer(service: service).run { port in
      let line = "bilat serve: http://\(host.contains(":") ? "[\(host)]" : host):\(port)/ (database \(service.store.path), read-only)\n"
      FileHandle.standardOutput.write(Data(line.utf8))
    }
  }
}

/// How the server task ended, handed back to the waiting thread.
private final class ServeOutcome: @unchecked Sendable {
  var error: (any Error)?
}
