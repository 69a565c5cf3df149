-- Hand SQL for the everyday queries (../bilat-bench/queries-everyday.cypher, e01-e08) over the
-- shared plain two-table schema (nodes(id, kind, name, country), edges(src, dst, type, date,
-- place, about, title); indexes edges(src,type), edges(dst,type), nodes(name); ANALYZE), in the
-- style of ../../shared/bench/queries.sql: the bar the layouts are held to.
-- Each statement ends with ';' at the end of a line.

-- @id e01_common_contacts
-- Unary + on b's side: the schema has edges(src, type) and edges(dst, type) only, and without it
-- SQLite probes b's 13.7k edges for each of a's neighbours (over 60 s at the large scale).
WITH a(id) AS (SELECT id FROM nodes WHERE name = 'Xi Jinping' AND kind = 'Person'),
b(id) AS (SELECT id FROM nodes WHERE name = 'Kassym-Jomart Tokayev' AND kind = 'Person'),
c(id) AS (
  SELECT e.dst FROM a CROSS JOIN edges e ON e.src = a.id AND e.type = 'MET_WITH'
  UNION SELECT e.src FROM a CROSS JOIN edges e ON e.dst = a.id AND e.type = 'MET_WITH')
SELECT count(*) AS common FROM c CROSS JOIN b
 WHERE EXISTS (SELECT 1 FROM edges s WHERE s.src = c.id AND s.type = 'MET_WITH' AND +s.dst = b.id)
    OR EXISTS (SELECT 1 FROM edges s WHERE s.dst = c.id AND s.type = 'MET_WITH' AND +s.src = b.id);

-- @id e02_country_pair_meetings_in_year
SELECT (SELECT count(*) FROM nodes a JOIN edges e ON e.src = a.id AND e.type = 'MET_WITH'
          JOIN nodes b ON b.id = e.dst
         WHERE a.kind = 'Person' AND a.country = 'Kazakhstan' AND b.kind = 'Person' AND b.country = 'China'
           AND e.date >= '2023-01-01' AND e.date <= '2023-12-31')
     + (SELECT count(*) FROM nodes a JOIN edges e ON e.dst = a.id AND e.type = 'MET_WITH'
          JOIN nodes b ON b.id = e.src
         WHERE a.kind = 'Person' AND a.country = 'Kazakhstan' AND b.kind = 'Person' AND b.country = 'China'
           AND e.date >= '2023-01-01' AND e.date <= '2023-12-31')
       AS meetings;

-- @id e03_country_people_ranked
SELECT p.name AS name,
       (SELECT count(*) FROM edges e JOIN nodes o ON o.id = e.dst
         WHERE e.src = p.id AND e.type = 'MET_WITH' AND o.kind = 'Person')
     + (SELECT count(*) FROM edges e JOIN nodes o ON o.id = e.src
         WHERE e.dst = p.id AND e.type = 'MET_WITH' AND o.kind = 'Person') AS meetings
  FROM nodes p WHERE p.kind = 'Person' AND p.country = 'Kazakhstan'
 ORDER BY meetings DESC, name LIMIT 10;

-- @id e04_country_officials_met
WITH p(id) AS (
  SELECT e.dst FROM nodes x JOIN edges e ON e.src = x.id AND e.type = 'MET_WITH'
   WHERE x.name = 'Xi Jinping' AND x.kind = 'Person'
  UNION SELECT e.src FROM nodes x JOIN edges e ON e.dst = x.id AND e.type = 'MET_WITH'
   WHERE x.name = 'Xi Jinping' AND x.kind = 'Person')
SELECT DISTINCT pn.name AS person, o.name AS organization
  FROM p CROSS JOIN nodes pn ON pn.id = p.id
  CROSS JOIN edges h ON h.src = p.id AND h.type = 'HOLDS_ROLE' CROSS JOIN nodes o ON o.id = h.dst
 WHERE pn.kind = 'Person' AND o.kind = 'Organization' AND o.country = 'Kazakhstan'
 ORDER BY person, organization;

-- @id e05_person_meetings_in_range
SELECT o.name AS name, e.date AS date FROM nodes x
  JOIN edges e ON e.src = x.id AND e.type = 'MET_WITH' JOIN nodes o ON o.id = e.dst
 WHERE x.name = 'Li Qiang' AND x.kind = 'Person' AND o.kind = 'Person'
   AND e.date >= '2020-01-01' AND e.date < '2021-01-01'
UNION ALL
SELECT o.name, e.date FROM nodes x
  JOIN edges e ON e.dst = x.id AND e.type = 'MET_WITH' JOIN nodes o ON o.id = e.src
 WHERE x.name = 'Li Qiang' AND x.kind = 'Person' AND o.kind = 'Person'
   AND e.date >= '2020-01-01' AND e.date < '2021-01-01'
 ORDER BY date, name;

-- @id e06_country_people_count
SELECT count(*) AS people FROM nodes WHERE kind = 'Person' AND country = 'Kazakhstan';

-- @id e07_country_agreements_in_year
SELECT partner, count(*) AS agreements FROM (
  SELECT o.name AS partner FROM nodes x
    JOIN edges e ON e.src = x.id AND e.type = 'AGREED' JOIN nodes o ON o.id = e.dst
   WHERE x.name = 'China' AND x.kind = 'Country' AND o.kind = 'Country' AND substr(e.date, 1, 4) = '2022'
  UNION ALL
  SELECT o.name FROM nodes x
    JOIN edges e ON e.dst = x.id AND e.type = 'AGREED' JOIN nodes o ON o.id = e.src
   WHERE x.name = 'China' AND x.kind = 'Country' AND o.kind = 'Country' AND substr(e.date, 1, 4) = '2022')
 GROUP BY partner ORDER BY agreements DESC, partner LIMIT 10;

-- @id e08_meeting_places
SELECT place, count(*) AS meetings FROM (
  SELECT e.place AS place FROM nodes x
    JOIN edges e ON e.src = x.id AND e.type = 'MET_WITH' JOIN nodes o ON o.id = e.dst
   WHERE x.name = 'Xi Jinping' AND x.kind = 'Person' AND o.kind = 'Person'
  UNION ALL
  SELECT e.place FROM nodes x
    JOIN edges e ON e.dst = x.id AND e.type = 'MET_WITH' JOIN nodes o ON o.id = e.src
   WHERE x.name = 'Xi Jinping' AND x.kind = 'Person' AND o.kind = 'Person')
 GROUP BY place ORDER BY meetings DESC, place LIMIT 5;
