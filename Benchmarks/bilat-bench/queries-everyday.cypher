// Everyday query shapes kept by the project, run after the shared set by `bilat-bench --only
// queries` (same format as ../shared/bench/queries.cypher; hand SQL in queries-everyday.sql).
// Labels, keys and names are those of ../shared/bench/gen_graph.py, which guarantees them at
// every scale. They are shapes, not tuned paths: a two-hop pattern bound at both ends, a
// relationship-property range with node-property filters on both ends, OPTIONAL MATCH with a
// count, filters on a node two hops from the anchor, grouping by a relationship property.
//
// @id e01_common_contacts
MATCH (a:Person {name: 'Xi Jinping'})-[:MET_WITH]-(c)-[:MET_WITH]-(b:Person {name: 'Kassym-Jomart Tokayev'}) RETURN count(DISTINCT c) AS common
// @id e02_country_pair_meetings_in_year
MATCH (a:Person)-[r:MET_WITH]-(b:Person) WHERE a.country = 'Kazakhstan' AND b.country = 'China' AND r.date >= '2023-01-01' AND r.date <= '2023-12-31' RETURN count(*) AS meetings
// @id e03_country_people_ranked
MATCH (p:Person {country: 'Kazakhstan'}) OPTIONAL MATCH (p)-[m:MET_WITH]-(:Person) RETURN p.name AS name, count(m) AS meetings ORDER BY meetings DESC, name LIMIT 10
// @id e04_country_officials_met
MATCH (x:Person {name: 'Xi Jinping'})-[:MET_WITH]-(p:Person)-[:HOLDS_ROLE]->(o:Organization) WHERE o.country = 'Kazakhstan' RETURN DISTINCT p.name AS person, o.name AS organization ORDER BY person, organization
// @id e05_person_meetings_in_range
MATCH (p:Person {name: 'Li Qiang'})-[r:MET_WITH]-(o:Person) WHERE r.date >= '2020-01-01' AND r.date < '2021-01-01' RETURN o.name AS name, r.date AS date ORDER BY date, name
// @id e06_country_people_count
MATCH (p:Person) WHERE p.country = 'Kazakhstan' RETURN count(*) AS people
// @id e07_country_agreements_in_year
MATCH (c:Country {name: 'China'})-[r:AGREED]-(o:Country) WHERE r.date STARTS WITH '2022' RETURN o.name AS partner, count(*) AS agreements ORDER BY agreements DESC, partner LIMIT 10
// @id e08_meeting_places
MATCH (p:Person {name: 'Xi Jinping'})-[r:MET_WITH]-(:Person) RETURN r.place AS place, count(*) AS meetings ORDER BY meetings DESC, place LIMIT 5
