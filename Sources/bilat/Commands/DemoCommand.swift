import ArgumentParser
import Foundation

/// `bilat demo`: the main job on the bundled data — ingest, sample questions, a picture.
///
/// It runs the same subcommands a user would type, so what it prints is what they would see.
struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: "Ingest the bundled articles, answer sample questions and write a DOT picture of the graph.",
    discussion: """
      Reads every article under --data (default Data/articles), writes the graph to \
      OUTPUT/bilat.sqlite, prints the answers to a few everyday questions, then writes \
      OUTPUT/bilat.dot (the whole graph) and OUTPUT/people.dot (who met whom), with SVG \
      renderings when Graphviz is installed. Running it again \
      re-ingests nothing that is unchanged.
      """)

  @Option(help: ArgumentHelp("The folder of articles to ingest.", valueName: "dir"))
  var data = "Data/articles"

  @Option(name: .shortAndLong, help: ArgumentHelp("The folder for the database and the pictures.", valueName: "dir"))
  var output = "out"

  /// The sample questions: a title, then the `bilat` arguments that answer it.
  static let questions: [(title: String, arguments: [String])] = [
    ("What does the graph hold?", ["stats"]),
    ("Whom did Tokayev meet, when and where?", ["who-met", "Tokayev", "--show-query"]),
    (
      "Who met whom since November 2023?",
      [
        "query",
        """
        MATCH (a:Person)-[m:MET_WITH]-(b:Person) WHERE m.date >= '2023-11-01' AND a.name < b.name \
        RETURN a.name AS person, b.name AS met, m.date AS date, m.place AS place, m.mode AS mode ORDER BY date
        """,
      ]
    ),
    (
      "Which sectors come up most in meetings?",
      [
        "query",
        """
        MATCH (:Meeting)-[:DISCUSSED]->(s:Sector) RETURN s.name AS sector, count(*) AS meetings \
        ORDER BY meetings DESC, sector LIMIT 8
        """,
      ]
    ),
    ("Which energy projects and facilities are there?", ["projects", "--sector", "energy"]),
    ("What did Kazakhstan and China agree?", ["agreements", "--between", "Kazakhstan", "China"]),
    (
      "Where does the Smailov–Ding meeting come from?",
      [
        "query",
        """
        MATCH (a:Person)-[m:MET_WITH]-(b:Person) WHERE a.name = 'Alikhan Smailov' AND b.name = 'Ding Xuexiang' \
        UNWIND evidence(m) AS e RETURN e.source AS article, e.sentence AS sentence
        """,
      ]
    ),
  ]

  func run() throws {
    try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
    let db = (output as NSString).appendingPathComponent("bilat.sqlite")
    let dot = (output as NSString).appendingPathComponent("bilat.dot")
    try Self.step("Ingesting \(data)", ["ingest", data, "--db", db])
    for question in Self.questions {
      try Self.step(question.title, question.arguments + ["--db", db])
    }
    // The whole graph, and the network of people and the countries and bodies they serve.
    let people = (output as NSString).appendingPathComponent("people.dot")
    let networkSelection = [
      "--types", "MET_WITH,HOLDS_ROLE", "--labels", "Person,Country,Organization", "--cluster", "country",
    ]
    try Self.step("Drawing the whole graph", ["export", "dot", "--db", db, "--merge-parallel", "--output", dot])
    try Self.step(
      "Drawing who met whom",
      ["export", "dot", "--db", db, "--merge-parallel"] + networkSelection + ["--output", people])
    if Self.graphvizInstalled() {
      for (name, selection) in [("bilat.svg", [String]()), ("people.svg", networkSelection)] {
        let svg = (output as NSString).appendingPathComponent(name)
        try Self.step(
          "Rendering \(svg)",
          ["export", "dot", "--db", db, "--merge-parallel"] + selection + ["--render", "svg", "--output", svg])
      }
    } else {
      print("\nGraphviz is not installed, so no SVG was rendered (apt-get install graphviz).")
    }
    print("\nDone: the graph is in \(db), the pictures in \(dot) and \(people).")
  }

  /// Prints a heading and the command, then runs it as if typed.
  static func step(_ title: String, _ arguments: [String]) throws {
    let shown = arguments.map { $0.contains(" ") || $0.contains("'") ? "\"\($0)\"" : $0 }.joined(separator: " ")
    print("\n## \(title)\n$ bilat \(shown)")
    // Commands write through stdio and through FileHandle; flush so the two never interleave.
    fflush(nil)
    var command = try Bilat.parseAsRoot(arguments)
    try command.run()
    fflush(nil)
  }

  static func graphvizInstalled() -> Bool {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/dot") }
  }
}
