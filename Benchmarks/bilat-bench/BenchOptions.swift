import Foundation

/// Command line of `bilat-bench`.
struct BenchOptions {
  enum Section: String, CaseIterable { case `import`, queries, extraction, export }
  /// Engines measured beside Bilat on the same files: the plain-schema SQLite reference
  /// (`../shared/bench/queries.sql`) and Kuzu 0.11.3 (`Benchmarks/kuzu/run_kuzu.sh`).
  enum Peer: String, CaseIterable { case sql, kuzu }

  /// Scale of the graph the query and export sections run on (small with `--quick`).
  var scale: Workload.Scale = .large
  /// Fewer runs, and the import of the small workload only.
  var quick = false
  /// Where generated workloads are kept (`DIR/small`, `DIR/large`).
  var data = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("bilat-bench-data")
  var shared: String?
  var sections = Set(Section.allCases)
  var importRuns: Int?
  /// Only the queries whose id starts with one of these (all when empty).
  var queries: [String] = []
  /// Print each query's EXPLAIN (generated SQL and SQLite's plan) on standard error.
  var explain = false
  /// Keep the query graph in this file (imported there when it does not exist yet).
  var keepGraph: String?
  /// Peers measured in the import and query sections (both by default).
  var peers = Set(Peer.allCases)

  static let usage = """
    usage: bilat-bench [--scale small|large] [--quick] [--data DIR] [--shared DIR]
                       [--only import,queries,extraction,export] [--import-runs N]
                       [--query ID[,ID...]] [--explain] [--keep-graph FILE]
                       [--peers sql,kuzu | --peers none | --no-kuzu]

    Prints a markdown table of Bilat's import, query, extraction and export speed, each next to
    its plain-SQLite reference where there is one, and (import, queries) beside the peers: the
    plain two-table SQLite schema of ../shared/bench/queries.sql and Kuzu 0.11.3 (a Python virtual
    environment made by Benchmarks/kuzu/run_kuzu.sh on first use; pip needs PyPI then). Workloads are generated with
    ../shared/bench/gen_graph.py into DIR (default $TMPDIR/bilat-bench-data) unless already there.
    """

  static func parse(_ arguments: [String]) throws -> BenchOptions {
    var options = BenchOptions()
    var scaleGiven = false
    var rest = arguments[...]
    func value(_ flag: String) throws -> String {
      guard let value = rest.popFirst() else { throw BenchError("\(flag) needs a value\n\(usage)") }
      return value
    }
    while let argument = rest.popFirst() {
      switch argument {
      case "--scale":
        let text = try value(argument)
        guard let scale = Workload.Scale(rawValue: text) else { throw BenchError("--scale small|large, not \(text)") }
        options.scale = scale
        scaleGiven = true
      case "--quick": options.quick = true
      case "--explain": options.explain = true
      case "--keep-graph": options.keepGraph = try value(argument)
      case "--data": options.data = URL(fileURLWithPath: try value(argument))
      case "--shared": options.shared = try value(argument)
      case "--import-runs":
        guard let runs = Int(try value(argument)), runs > 0 else { throw BenchError("--import-runs takes a count") }
        options.importRuns = runs
      case "--no-kuzu": options.peers.remove(.kuzu)
      case "--peers":
        var peers = Set<Peer>()
        for name in try value(argument).split(separator: ",") where name != "none" {
          guard let peer = Peer(rawValue: String(name)) else { throw BenchError("unknown peer \(name) (sql, kuzu)") }
          peers.insert(peer)
        }
        options.peers = peers
      case "--query": options.queries = try value(argument).split(separator: ",").map(String.init)
      case "--only":
        var sections = Set<Section>()
        for name in try value(argument).split(separator: ",") {
          guard let section = Section(rawValue: String(name)) else { throw BenchError("unknown section \(name)") }
          sections.insert(section)
        }
        options.sections = sections
      case "-h", "--help":
        print(usage)
        exit(0)
      default: throw BenchError("unknown argument \(argument)\n\(usage)")
      }
    }
    if options.quick && !scaleGiven { options.scale = .small }
    return options
  }
}
