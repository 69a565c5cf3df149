-- Hand-written SQL over Bilat's schema for each query of queries-everyday.cypher (same @id),
-- keeping the exact Cypher semantics like queries-bilat.sql: every label checked, undirected
-- patterns as both directions (a self-loop once), relationship uniqueness kept.
-- Each statement ends with ';' at the end of a line.

-- @id e01_common_contacts
-- Neighbours of a (with the relationship reaching them), each probed for a relationship to b.
WITH a(id) AS (
  SELECT p.node_id FROM node_property p
    CROSS JOIN node_label l ON l.node_id = p.node_id AND l.label = 'Person'
   WHERE p.key = 'name' AND p.value = 'Xi Jinping'),
b(id) AS (
  SELECT p.node_id FROM node_property p
    CROSS JOIN node_label l ON l.node_id = p.node_id AND l.label = 'Person'
   WHERE p.key = 'name' AND p.value = 'Kassym-Jomart Tokayev'),
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
SELECT (SELECT count(*) FROM node_property ac
          CROSS JOIN node_label al ON al.node_id = ac.node_id AND al.label = 'Person'
          CROSS JOIN relationship r ON r.start_id = ac.node_id AND r.type = 'MET_WITH'
          CROSS JOIN node_property bc ON bc.node_id = r.end_id AND bc.key = 'country'
          CROSS JOIN node_label bl ON bl.node_id = r.end_id AND bl.label = 'Person'
          CROSS JOIN relationship_property d ON d.relationship_id = r.id AND d.key = 'date'
         WHERE ac.key = 'country' AND ac.value = 'Kazakhstan' AND bc.value = 'China'
           AND d.value >= '2023-01-01' AND d.value <= '2023-12-31')
     + (SELECT count(*) FROM node_property ac
          CROSS JOIN node_label al ON al.node_id = ac.node_id AND al.label = 'Person'
          CROSS JOIN relationship r ON r.end_id = ac.node_id AND r.type = 'MET_WITH'
          CROSS JOIN node_property bc ON bc.node_id = r.start_id AND bc.key = 'country'
          CROSS JOIN node_label bl ON bl.node_id = r.start_id AND bl.label = 'Person'
          CROSS JOIN relationship_property d ON d.relationship_id = r.id AND d.key = 'date'
         WHERE ac.key = 'country' AND ac.value = 'Kazakhstan' AND bc.value = 'China'
           AND d.value >= '2023-01-01' AND d.value <= '2023-12-31')
       AS meetings;

-- @id e03_country_people_ranked
WITH p(id) AS (
  SELECT c.node_id FROM node_property c
    CROSS JOIN node_label l ON l.node_id = c.node_id AND l.label = 'Person'
   WHERE c.key = 'country' AND c.value = 'Kazakhstan'),
m(id, n) AS (
  SELECT p.id,
         (SELECT count(*) FROM relationship r
            CROSS JOIN node_label ol ON ol.node_id = r.end_id AND ol.label = 'Person'
           WHERE r.start_id = p.id AND r.type = 'MET_WITH')
       + (SELECT count(*) FROM relationship r
            CROSS JOIN node_label ol ON ol.node_id = r.start_id AND ol.label = 'Person'
           WHERE r.end_id = p.id AND r.type = 'MET_WITH' AND r.start_id <> r.end_id)
    FROM p)
SELECT n.value AS name, sum(m.n) AS meetings
  FROM m LEFT JOIN node_property n ON n.node_id = m.id AND n.key = 'name'
 GROUP BY n.value
 ORDER BY meetings DESC, name
 LIMIT 10;

-- @id e04_country_officials_met
WITH p(id) AS (
  SELECT r.end_id FROM node_property x
    CROSS JOIN node_label xl ON xl.node_id = x.node_id AND xl.label = 'Person'
    CROSS JOIN relationship r ON r.start_id = x.node_id AND r.type = 'MET_WITH'
   WHERE x.key = 'name' AND x.value = 'Xi Jinping'
  UNION
  SELECT r.start_id FROM node_property x
    CROSS JOIN node_label xl ON xl.node_id = x.node_id AND xl.label = 'Person'
    CROSS JOIN relationship r ON r.end_id = x.node_id AND r.type = 'MET_WITH'
   WHERE x.key = 'name' AND x.value = 'Xi Jinping')
SELECT DISTINCT pn.value AS person, o.value AS organization
  FROM p
  CROSS JOIN node_label pl ON pl.node_id = p.id AND pl.label = 'Person'
  CROSS JOIN relationship h ON h.start_id = p.id AND h.type = 'HOLDS_ROLE'
  CROSS JOIN node_property oc ON oc.node_id = h.end_id AND oc.key = 'country'
  CROSS JOIN node_label ol ON ol.node_id = h.end_id AND ol.label = 'Organization'
  LEFT JOIN node_property pn ON pn.node_id = p.id AND pn.key = 'name'
  LEFT JOIN node_property o ON o.node_id = h.end_id AND o.key = 'name'
 WHERE oc.value = 'Kazakhstan'
 ORDER BY person, organization;

-- @id e05_person_meetings_in_range
SELECT o.value AS name, d.value AS date
  FROM node_property x
  CROSS JOIN node_label xl ON xl.node_id = x.node_id AND xl.label = 'Person'
  CROSS JOIN relationship r ON r.start_id = x.node_id AND r.type = 'MET_WITH'
  CROSS JOIN relationship_property d ON d.relationship_id = r.id AND d.key = 'date'
  CROSS JOIN node_label ol ON ol.node_id = r.end_id AND ol.label = 'Person'
  LEFT JOIN node_property o ON o.node_id = r.end_id AND o.key = 'name'
 WHERE x.key = 'name' AND x.value = 'Li Qiang' AND d.value >= '2020-01-01' AND d.value < '2021-01-01'
UNION ALL
SELECT o.value, d.value
  FROM node_property x
  CROSS JOIN node_label xl ON xl.node_id = x.node_id AND xl.label = 'Person'
  CROSS JOIN relationship r ON r.end_id = x.node_id AND r.type = 'MET_WITH'
  CROSS JOIN relationship_property d ON d.relationship_id = r.id AND d.key = 'date'
  CROSS JOIN node_label ol ON ol.node_id = r.start_id AND ol.label = 'Person'
  LEFT JOIN node_property o ON o.node_id = r.start_id AND o.key = 'name'
 WHERE x.key = 'name' AND x.value = 'Li Qiang' AND d.value >= '2020-01-01' AND d.value < '2021-01-01'
   AND r.start_id <> r.end_id
 ORDER BY date, name;

-- @id e06_country_people_count
SELECT count(*) AS people
  FROM node_property c
  CROSS JOIN node_label l ON l.node_id = c.node_id AND l.label = 'Person'
 WHERE c.key = 'country' AND c.value = 'Kazakhstan';

-- @id e07_country_agreements_in_year
SELECT partner, count(*) AS agreements FROM (
  SELECT o.value AS partner
    FROM node_property x
    CROSS JOIN node_label xl ON xl.node_id = x.node_id AND xl.label = 'Country'
    CROSS JOIN relationship r ON r.start_id = x.node_id AND r.type = 'AGREED'
    CROSS JOIN relationship_property d ON d.relationship_id = r.id AND d.key = 'date'
    CROSS JOIN node_label ol ON ol.node_id = r.end_id AND ol.label = 'Country'
    LEFT JOIN node_property o ON o.node_id = r.end_id AND o.key = 'name'
   WHERE x.key = 'name' AND x.value = 'China' AND substr(d.value, 1, 4) = '2022'
  UNION ALL
  SELECT o.value
    FROM node_property x
    CROSS JOIN node_label xl ON xl.node_id = x.node_id AND xl.label = 'Country'
    CROSS JOIN relationship r ON r.end_id = x.node_id AND r.type = 'AGREED'
    CROSS JOIN relationship_property d ON d.relationship_id = r.id AND d.key = 'date'
    CROSS JOIN node_label ol ON ol.node_id = r.start_id AND ol.label = 'Country'
    LEFT JOIN node_property o ON o.node_id = r.start_id AND o.key = 'name'
   WHERE x.key = 'name' AND x.value = 'China' AND substr(d.value, 1, 4) = '2022'
     AND r.start_id <> r.end_id)
 GROUP BY partner
 ORDER BY agreements DESC, partner
 LIMIT 10;

-- @id e08_meeting_places
SELECT place, count(*) AS meetings FROM (
  SELECT pl.value AS place
    FROM node_property x
    CROSS JOIN node_label xl ON xl.node_id = x.node_id AND xl.label = 'Person'
    CROSS JOIN relationship r ON r.start_id = x.node_id AND r.type = 'MET_WITH'
    CROSS JOIN node_label ol ON ol.node_id = r.end_id AND ol.label = 'Person'
    LEFT JOIN relationship_property pl ON pl.relationship_id = r.id AND pl.key = 'place'
   WHERE x.key = 'name' AND x.value = 'Xi Jinping'
  UNION ALL
  SELECT pl.value
    FROM node_property x
    CROSS JOIN node_label xl ON xl.node_id = x.node_id AND xl.label = 'Person'
    CROSS JOIN relationship r ON r.end_id = x.node_id AND r.type = 'MET_WITH'
    CROSS JOIN node_label ol ON ol.node_id = r.start_id AND ol.label = 'Person'
    LEFT JOIN relationship_property pl ON pl.relationship_id = r.id AND pl.key = 'place'
   WHERE x.key = 'name' AND x.value = 'Xi Jinping' AND r.start_id <> r.end_id)
 GROUP BY place
 ORDER BY meetings DESC, place
 LIMIT 5;
