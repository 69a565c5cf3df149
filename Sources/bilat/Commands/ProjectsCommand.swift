import ArgumentParser
import BilatQuery
import Foundation

struct ProjectsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "projects",
    abstract: "Projects and facilities, with their sectors and countries.",
    discussion: """
      A project's sectors come from IN_SECTOR relationships; its countries from LOCATED_IN (to a \
      country, or to a city in one), CONCERNS relationships to countries, and its `country` property.
      """)

  @OptionGroup var store: StoreOptions
  @OptionGroup var output: QueryOutputOptions

  @Option(name: .long, help: "Only projects in this sector (case-insensitive).")
  var sector: String?

  @Option(name: .long, help: "Only projects in or concerning this country.")
  var country: String?

  @Flag(name: .long, help: "Print the Cypher query (to stderr) before the result.")
  var showQuery = false

  static func query(sector: Bool, country: Bool) -> String {
    ProjectListing.clauses(sectorFilter: sector, countryFilter: country) + """
      RETURN p.name AS name, head(labels(p)) AS kind, sectors, countries,
             head([e IN evidence(p) | e.source]) AS source
      ORDER BY name
      """
  }

  func run() throws {
    let graph = try store.openExisting()
    var parameters: [String: CypherValue] = [:]
    if let sector { parameters["sector"] = .string(sector) }
    if let country {
      // Resolve the country through aliases ("PRC", "Qazaqstan") to its stored name.
      let id = try EverydayQuery.resolve(country, label: "Country", what: "country", in: graph)
      let name = try CypherEngine(store: graph).run(
        "MATCH (c) WHERE id(c) = $id RETURN c.name", parameters: ["id": .int(id)])
      parameters["country"] = name.rows.first?.first ?? .string(country)
    }
    try EverydayQuery.run(
      Self.query(sector: sector != nil, country: country != nil), parameters, store: graph, output: output,
      showQuery: showQuery)
  }
}
