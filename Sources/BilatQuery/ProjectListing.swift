/// The Cypher that lists projects and facilities with their sectors and countries, shared by
/// `bilat projects` and the explorer's projects page so that both answer the same question.
public enum ProjectListing {
  /// `MATCH … WITH` clauses that bind `p` (a Project or Facility), `sectors` (names of its
  /// sectors) and `countries` (where it is located, directly, through its city, or by its own
  /// `country` property), then filter on `$sector` and `$country` when asked to; a RETURN follows.
  public static func clauses(sectorFilter: Bool, countryFilter: Bool) -> String {
    var filters: [String] = []
    if sectorFilter { filters.append("any(s IN sectors WHERE toLower(s) = toLower($sector))") }
    if countryFilter { filters.append("$country IN countries") }
    return """
      MATCH (p)
      WHERE p:Project OR p:Facility
      OPTIONAL MATCH (p)-[:IN_SECTOR]->(s:Sector)
      WITH p, collect(DISTINCT s.name) AS sectors
      OPTIONAL MATCH (p)-[:LOCATED_IN|CONCERNS]->(c:Country)
      WITH p, sectors, collect(DISTINCT c.name) AS direct
      OPTIONAL MATCH (p)-[:LOCATED_IN]->(:City)-[:LOCATED_IN]->(k:Country)
      WITH p, sectors, direct, collect(DISTINCT k.name) AS viaCity
      WITH p, sectors, direct + viaCity + CASE WHEN p.country IS NULL THEN [] ELSE [p.country] END AS countries
      \(filters.isEmpty ? "" : "WHERE " + filters.joined(separator: " AND ") + "\n")
      """
  }
}
