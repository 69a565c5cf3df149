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
    var filters: [String] = []
    if sector { filters.append("any(s IN sectors WHERE toLower(s) = toLower($sector))") }
    if country { filters.append("$country IN countries") }
    return """
      MATCH (p)
      WHERE p:Project OR p:Facility
      OPTIONAL MATCH (p)-[:IN_SECTOR]->(s:Sector)
      WITH p, collect(DISTINCT s.name) AS sectors
      OPTIONAL MATCH (p)-[:LOCATED_IN|CONCERNS]->(c:Country)
      WITH p, sectors, collect(DISTINCT c.name) AS direct
      OPTIONAL MATCH (p)-[:LOCATED_IN]->(:City)-[:LOCATED_IN]->(k:Country)
      WITH p, sectors, direct + collect(DISTINCT k.name)
           + CASE WHEN p.country IS NULL THEN [] ELSE [p.country] END AS countries
      \(filters.isEmpty ? "" : "WHERE " + filters.joined(separator: " AND ") + "\n")\
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
