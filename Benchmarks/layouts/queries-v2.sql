-- One SQL text per query of ../../shared/bench/queries.cypher (q01-q11) and
-- ../bilat-bench/queries-everyday.cypher (e01-e08) for the row layouts (candidates 2 and 3),
-- written the way a general compiler would emit it: the same join strategy as the v1 hand SQL
-- (queries-bilat.sql, queries-everyday.sql), every label checked, typed comparisons, undirected
-- patterns as two directions (the second without self-loops), nothing keyed to this data set.
-- Macros, expanded per layout by layouts.py:
--   {L a X}    a's node row has label X
--   {N a k}    node property k of a, as compared with a string constant (may use an index)
--   {NS a k}   the type guard of that comparison: the value is a string
--   {NV a k}   node property k of a, read as a value (returned, grouped, sorted)
--   {R r k}, {RS r k}, {RV r k}   the same for relationship properties
-- A relationship reached from a bound endpoint has its property filters written with unary +
-- (as v1's compiler does with +type), so that SQLite walks the endpoint's index instead of a
-- property index on the relationship (e02: 34x slower without).
-- Each statement ends with ';' at the end of a line.

-- @id q01_who_met_person
SELECT {NV o name} AS name
  FROM node x
  CROSS JOIN relationship r ON r.start_id = x.id AND r.type = 'MET_WITH'
  CROSS JOIN node o ON o.id = r.end_id
 WHERE {N x name} = 'Alikhan Smailov' AND {NS x name} AND {L x Person} AND {L o Person}
UNION
SELECT {NV o name}
  FROM node x
  CROSS JOIN relationship r ON r.end_id = x.id AND r.type = 'MET_WITH'
  CROSS JOIN node o ON o.id = r.start_id
 WHERE {N x name} = 'Alikhan Smailov' AND {NS x name} AND {L x Person} AND {L o Person}
 ORDER BY name;

-- @id q02_meetings_in_date_range
SELECT {NV a name} AS a_name, {NV b name} AS b_name, {RV r date} AS date
  FROM relationship r
  CROSS JOIN node a ON a.id = r.start_id
  CROSS JOIN node b ON b.id = r.end_id
 WHERE r.type = 'MET_WITH' AND {R r date} >= '2023-01-01' AND {R r date} <= '2023-03-31' AND {RS r date}
   AND {L a Person} AND {L b Person}
 ORDER BY date, a_name, b_name;

-- @id q03_two_hop_count
WITH n1(id) AS (
  SELECT r.end_id FROM node x CROSS JOIN relationship r ON r.start_id = x.id AND r.type = 'MET_WITH'
   WHERE {N x name} = 'Kassym-Jomart Tokayev' AND {NS x name} AND {L x Person}
  UNION
  SELECT r.start_id FROM node x CROSS JOIN relationship r ON r.end_id = x.id AND r.type = 'MET_WITH'
   WHERE {N x name} = 'Kassym-Jomart Tokayev' AND {NS x name} AND {L x Person}),
m(id) AS (SELECT n1.id FROM n1 CROSS JOIN node n ON n.id = n1.id WHERE {L n Person}),
n2(id) AS (
  SELECT r.end_id FROM m CROSS JOIN relationship r ON r.start_id = m.id AND r.type = 'MET_WITH'
  UNION
  SELECT r.start_id FROM m CROSS JOIN relationship r ON r.end_id = m.id AND r.type = 'MET_WITH')
SELECT count(*) AS reachable
  FROM n2 CROSS JOIN node b ON b.id = n2.id
 WHERE {L b Person} AND {NV b name} IS NOT NULL
   AND NOT ({N b name} = 'Kassym-Jomart Tokayev' AND {NS b name});

-- @id q04_projects_per_sector
SELECT {NV s name} AS sector, count(*) AS projects
  FROM relationship r
  CROSS JOIN node p ON p.id = r.start_id
  CROSS JOIN node s ON s.id = r.end_id
 WHERE r.type = 'IN_SECTOR' AND {L p Project} AND {L s Sector}
 GROUP BY {NV s name}
 ORDER BY projects DESC, sector;

-- @id q05_country_pair_meetings
SELECT (SELECT count(*) FROM node a
          CROSS JOIN relationship r ON r.start_id = a.id AND r.type = 'MET_WITH'
          CROSS JOIN node b ON b.id = r.end_id
         WHERE {N a country} = 'Kazakhstan' AND {NS a country} AND {L a Person}
           AND {N b country} = 'China' AND {NS b country} AND {L b Person})
     + (SELECT count(*) FROM node a
          CROSS JOIN relationship r ON r.end_id = a.id AND r.type = 'MET_WITH'
          CROSS JOIN node b ON b.id = r.start_id
         WHERE {N a country} = 'Kazakhstan' AND {NS a country} AND {L a Person}
           AND {N b country} = 'China' AND {NS b country} AND {L b Person}
           AND r.start_id <> r.end_id)
       AS meetings;

-- @id q06_varlen_1_3_reachable
WITH RECURSIVE x(id) AS (
  SELECT a.id FROM node a WHERE {N a name} = 'Alikhan Smailov' AND {NS a name} AND {L a Person}),
r(id, d) AS (
  SELECT id, 0 FROM x
  UNION SELECT e.end_id, r.d + 1 FROM r JOIN relationship e ON e.start_id = r.id AND e.type = 'MET_WITH' WHERE r.d < 3
  UNION SELECT e.start_id, r.d + 1 FROM r JOIN relationship e ON e.end_id = r.id AND e.type = 'MET_WITH' WHERE r.d < 3)
SELECT count(DISTINCT r.id) AS reachable
  FROM r CROSS JOIN node b ON b.id = r.id
 WHERE r.d >= 1 AND {L b Person} AND {NV b name} IS NOT NULL
   AND NOT ({N b name} = 'Alikhan Smailov' AND {NS b name});

-- @id q07_top10_most_met
WITH person(id) AS MATERIALIZED (SELECT n.id FROM node n WHERE {L n Person}),
c(id, c) AS (
  SELECT r.start_id, count(*) FROM relationship r INDEXED BY relationship_out
   WHERE +r.type = 'MET_WITH' AND +r.start_id IN person AND +r.end_id IN person GROUP BY r.start_id
  UNION ALL
  SELECT r.end_id, count(*) FROM relationship r INDEXED BY relationship_in
   WHERE +r.type = 'MET_WITH' AND +r.start_id IN person AND +r.end_id IN person
     AND r.start_id <> r.end_id GROUP BY r.end_id)
SELECT {NV n name} AS name, sum(c.c) AS meetings
  FROM c CROSS JOIN node n ON n.id = c.id
 GROUP BY {NV n name}
 ORDER BY meetings DESC, name
 LIMIT 10;

-- @id q08_agreements_between_countries
SELECT {RV r date} AS date, {RV r about} AS about
  FROM node a CROSS JOIN node b
  CROSS JOIN relationship r ON r.start_id = a.id AND r.type = 'AGREED' AND r.end_id = b.id
 WHERE {N a name} = 'Kazakhstan' AND {NS a name} AND {L a Country}
   AND {N b name} = 'China' AND {NS b name} AND {L b Country}
UNION ALL
SELECT {RV r date}, {RV r about}
  FROM node a CROSS JOIN node b
  CROSS JOIN relationship r ON r.end_id = a.id AND r.type = 'AGREED' AND r.start_id = b.id
 WHERE {N a name} = 'Kazakhstan' AND {NS a name} AND {L a Country}
   AND {N b name} = 'China' AND {NS b name} AND {L b Country} AND r.start_id <> r.end_id
 ORDER BY date, about;

-- @id q09_shortest_path
WITH RECURSIVE s(id) AS (
  SELECT n.id FROM node n WHERE {N n name} = 'Xi Jinping' AND {NS n name} AND {L n Person}),
t(id) AS (
  SELECT n.id FROM node n WHERE {N n name} = 'Dana Iskakova' AND {NS n name} AND {L n Person}),
r(id, d, hit) AS (
  SELECT id, 0, 0 FROM s
  UNION SELECT e.end_id, r.d + 1, e.end_id = (SELECT id FROM t) FROM r
          CROSS JOIN relationship e ON e.start_id = r.id AND e.type = 'MET_WITH' WHERE r.d < 6
  UNION SELECT e.start_id, r.d + 1, e.start_id = (SELECT id FROM t) FROM r
          CROSS JOIN relationship e ON e.end_id = r.id AND e.type = 'MET_WITH' WHERE r.d < 6
  ORDER BY 3 DESC, 2)
SELECT d AS hops FROM r WHERE hit LIMIT 1;

-- @id q10_orgs_of_contacts
WITH p(id) AS (
  SELECT r.end_id FROM node x CROSS JOIN relationship r ON r.start_id = x.id AND r.type = 'MET_WITH'
   WHERE {N x name} = 'Xi Jinping' AND {NS x name} AND {L x Person}
  UNION
  SELECT r.start_id FROM node x CROSS JOIN relationship r ON r.end_id = x.id AND r.type = 'MET_WITH'
   WHERE {N x name} = 'Xi Jinping' AND {NS x name} AND {L x Person})
SELECT {NV o name} AS org, count(DISTINCT p.id) AS people
  FROM p
  CROSS JOIN node pn ON pn.id = p.id
  CROSS JOIN relationship h ON h.start_id = p.id AND h.type = 'HOLDS_ROLE'
  CROSS JOIN node o ON o.id = h.end_id
 WHERE {L pn Person} AND {L o Organization}
 GROUP BY {NV o name}
 ORDER BY people DESC, org
 LIMIT 10;

-- @id q11_point_lookup
SELECT {NV n id} AS id, {NV n name} AS name, {NV n country} AS country
  FROM node n
 WHERE {N n name} = 'Kassym-Jomart Tokayev' AND {NS n name} AND {L n Person};

-- @id e01_common_contacts
WITH a(id) AS (
  SELECT n.id FROM node n WHERE {N n name} = 'Xi Jinping' AND {NS n name} AND {L n Person}),
b(id) AS (
  SELECT n.id FROM node n WHERE {N n name} = 'Kassym-Jomart Tokayev' AND {NS n name} AND {L n Person}),
c(id, rel) AS (
  SELECT r.end_id, r.id FROM a CROSS JOIN relationship r ON r.start_id = a.id AND r.type = 'MET_WITH'
  UNION ALL
  SELECT r.start_id, r.id FROM a CROSS JOIN relationship r ON r.end_id = a.id AND r.type = 'MET_WITH'
   WHERE r.start_id <> r.end_id)
SELECT count(DISTINCT c.id) AS common
  FROM c CROSS JOIN b
 WHERE EXISTS (SELECT 1 FROM relationship s
                WHERE s.start_id = c.id AND s.type = 'MET_WITH' AND s.end_id = b.id AND s.id <> c.rel)
    OR EXISTS (SELECT 1 FROM relationship s
                WHERE s.end_id = c.id AND s.type = 'MET_WITH' AND s.start_id = b.id AND s.id <> c.rel
                  AND s.start_id <> s.end_id);

-- @id e02_country_pair_meetings_in_year
SELECT (SELECT count(*) FROM node a
          CROSS JOIN relationship r ON r.start_id = a.id AND r.type = 'MET_WITH'
          CROSS JOIN node b ON b.id = r.end_id
         WHERE {N a country} = 'Kazakhstan' AND {NS a country} AND {L a Person}
           AND {N b country} = 'China' AND {NS b country} AND {L b Person}
           AND +{R r date} >= '2023-01-01' AND +{R r date} <= '2023-12-31' AND {RS r date})
     + (SELECT count(*) FROM node a
          CROSS JOIN relationship r ON r.end_id = a.id AND r.type = 'MET_WITH'
          CROSS JOIN node b ON b.id = r.start_id
         WHERE {N a country} = 'Kazakhstan' AND {NS a country} AND {L a Person}
           AND {N b country} = 'China' AND {NS b country} AND {L b Person}
           AND +{R r date} >= '2023-01-01' AND +{R r date} <= '2023-12-31' AND {RS r date}
           AND r.start_id <> r.end_id)
       AS meetings;

-- @id e03_country_people_ranked
WITH p(id) AS (
  SELECT n.id FROM node n WHERE {N n country} = 'Kazakhstan' AND {NS n country} AND {L n Person}),
m(id, n) AS (
  SELECT p.id,
         (SELECT count(*) FROM relationship r CROSS JOIN node o ON o.id = r.end_id
           WHERE r.start_id = p.id AND r.type = 'MET_WITH' AND {L o Person})
       + (SELECT count(*) FROM relationship r CROSS JOIN node o ON o.id = r.start_id
           WHERE r.end_id = p.id AND r.type = 'MET_WITH' AND r.start_id <> r.end_id AND {L o Person})
    FROM p)
SELECT {NV n name} AS name, sum(m.n) AS meetings
  FROM m CROSS JOIN node n ON n.id = m.id
 GROUP BY {NV n name}
 ORDER BY meetings DESC, name
 LIMIT 10;

-- @id e04_country_officials_met
WITH p(id) AS (
  SELECT r.end_id FROM node x CROSS JOIN relationship r ON r.start_id = x.id AND r.type = 'MET_WITH'
   WHERE {N x name} = 'Xi Jinping' AND {NS x name} AND {L x Person}
  UNION
  SELECT r.start_id FROM node x CROSS JOIN relationship r ON r.end_id = x.id AND r.type = 'MET_WITH'
   WHERE {N x name} = 'Xi Jinping' AND {NS x name} AND {L x Person})
SELECT DISTINCT {NV pn name} AS person, {NV o name} AS organization
  FROM p
  CROSS JOIN node pn ON pn.id = p.id
  CROSS JOIN relationship h ON h.start_id = p.id AND h.type = 'HOLDS_ROLE'
  CROSS JOIN node o ON o.id = h.end_id
 WHERE {L pn Person} AND {L o Organization} AND {N o country} = 'Kazakhstan' AND {NS o country}
 ORDER BY person, organization;

-- @id e05_person_meetings_in_range
SELECT {NV o name} AS name, {RV r date} AS date
  FROM node x
  CROSS JOIN relationship r ON r.start_id = x.id AND r.type = 'MET_WITH'
  CROSS JOIN node o ON o.id = r.end_id
 WHERE {N x name} = 'Li Qiang' AND {NS x name} AND {L x Person} AND {L o Person}
   AND +{R r date} >= '2020-01-01' AND +{R r date} < '2021-01-01' AND {RS r date}
UNION ALL
SELECT {NV o name}, {RV r date}
  FROM node x
  CROSS JOIN relationship r ON r.end_id = x.id AND r.type = 'MET_WITH'
  CROSS JOIN node o ON o.id = r.start_id
 WHERE {N x name} = 'Li Qiang' AND {NS x name} AND {L x Person} AND {L o Person}
   AND +{R r date} >= '2020-01-01' AND +{R r date} < '2021-01-01' AND {RS r date}
   AND r.start_id <> r.end_id
 ORDER BY date, name;

-- @id e06_country_people_count
SELECT count(*) AS people
  FROM node n
 WHERE {N n country} = 'Kazakhstan' AND {NS n country} AND {L n Person};

-- @id e07_country_agreements_in_year
SELECT partner, count(*) AS agreements FROM (
  SELECT {NV o name} AS partner
    FROM node x
    CROSS JOIN relationship r ON r.start_id = x.id AND r.type = 'AGREED'
    CROSS JOIN node o ON o.id = r.end_id
   WHERE {N x name} = 'China' AND {NS x name} AND {L x Country} AND {L o Country}
     AND instr({R r date}, '2022') = 1 AND {RS r date}
  UNION ALL
  SELECT {NV o name}
    FROM node x
    CROSS JOIN relationship r ON r.end_id = x.id AND r.type = 'AGREED'
    CROSS JOIN node o ON o.id = r.start_id
   WHERE {N x name} = 'China' AND {NS x name} AND {L x Country} AND {L o Country}
     AND instr({R r date}, '2022') = 1 AND {RS r date} AND r.start_id <> r.end_id)
 GROUP BY partner
 ORDER BY agreements DESC, partner
 LIMIT 10;

-- @id e08_meeting_places
SELECT place, count(*) AS meetings FROM (
  SELECT {RV r place} AS place
    FROM node x
    CROSS JOIN relationship r ON r.start_id = x.id AND r.type = 'MET_WITH'
    CROSS JOIN node o ON o.id = r.end_id
   WHERE {N x name} = 'Xi Jinping' AND {NS x name} AND {L x Person} AND {L o Person}
  UNION ALL
  SELECT {RV r place}
    FROM node x
    CROSS JOIN relationship r ON r.end_id = x.id AND r.type = 'MET_WITH'
    CROSS JOIN node o ON o.id = r.start_id
   WHERE {N x name} = 'Xi Jinping' AND {NS x name} AND {L x Person} AND {L o Person}
     AND r.start_id <> r.end_id)
 GROUP BY place
 ORDER BY meetings DESC, place
 LIMIT 5;
