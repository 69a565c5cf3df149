-- Hand-written SQLite SQL for each query of queries-everyday.cypher (same @id), over
-- Bilat's Storage v2 schema (Schema/003_storage_v2.sql to 006, docs/storage-v2.md):
--   node(id, label_id, name, country, props)    label_id = first label's id in `label`; name, country strings only
--   node_extra_label(node_id, label_id)         the other labels
--   relationship(id, type_id, start_id, end_id, date, props)
-- Generated from ../layouts/queries-v2.sql with its `hybrid` macros (layouts.py `expand`), the
-- SQL the design record measured: every label checked, typed comparisons, undirected patterns as
-- two directions, unary + on the filters of a relationship reached from a bound endpoint.
-- This is the reference the benchmark holds Bilat's Cypher engine to, on the same connection.
-- Each statement ends with ';' at the end of a line.

-- @id e01_common_contacts
WITH a(id) AS (
  SELECT n.id FROM node n WHERE n.name = 'Xi Jinping' AND 1 AND (n.label_id = (SELECT id FROM label WHERE name = 'Person') OR n.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person')))),
b(id) AS (
  SELECT n.id FROM node n WHERE n.name = 'Kassym-Jomart Tokayev' AND 1 AND (n.label_id = (SELECT id FROM label WHERE name = 'Person') OR n.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person')))),
c(id, rel) AS (
  SELECT r.end_id, r.id FROM a CROSS JOIN relationship r ON r.start_id = a.id AND r.type_id = (SELECT id FROM relationship_type WHERE name = 'MET_WITH')
  UNION ALL
  SELECT r.start_id, r.id FROM a CROSS JOIN relationship r ON r.end_id = a.id AND r.type_id = (SELECT id FROM relationship_type WHERE name = 'MET_WITH')
   WHERE r.start_id <> r.end_id)
SELECT count(DISTINCT c.id) AS common
  FROM c CROSS JOIN b
 WHERE EXISTS (SELECT 1 FROM relationship s
                WHERE s.start_id = c.id AND s.type_id = (SELECT id FROM relationship_type WHERE name = 'MET_WITH') AND s.end_id = b.id AND s.id <> c.rel)
    OR EXISTS (SELECT 1 FROM relationship s
                WHERE s.end_id = c.id AND s.type_id = (SELECT id FROM relationship_type WHERE name = 'MET_WITH') AND s.start_id = b.id AND s.id <> c.rel
                  AND s.start_id <> s.end_id);

-- @id e02_country_pair_meetings_in_year
SELECT (SELECT count(*) FROM node a
          CROSS JOIN relationship r ON r.start_id = a.id AND r.type_id = (SELECT id FROM relationship_type WHERE name = 'MET_WITH')
          CROSS JOIN node b ON b.id = r.end_id
         WHERE a.country = 'Kazakhstan' AND 1 AND (a.label_id = (SELECT id FROM label WHERE name = 'Person') OR a.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person')))
           AND b.country = 'China' AND 1 AND (b.label_id = (SELECT id FROM label WHERE name = 'Person') OR b.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person')))
           AND +r.date >= '2023-01-01' AND +r.date <= '2023-12-31' AND 1)
     + (SELECT count(*) FROM node a
          CROSS JOIN relationship r ON r.end_id = a.id AND r.type_id = (SELECT id FROM relationship_type WHERE name = 'MET_WITH')
          CROSS JOIN node b ON b.id = r.start_id
         WHERE a.country = 'Kazakhstan' AND 1 AND (a.label_id = (SELECT id FROM label WHERE name = 'Person') OR a.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person')))
           AND b.country = 'China' AND 1 AND (b.label_id = (SELECT id FROM label WHERE name = 'Person') OR b.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person')))
           AND +r.date >= '2023-01-01' AND +r.date <= '2023-12-31' AND 1
           AND r.start_id <> r.end_id)
       AS meetings;

-- @id e03_country_people_ranked
WITH p(id) AS (
  SELECT n.id FROM node n WHERE n.country = 'Kazakhstan' AND 1 AND (n.label_id = (SELECT id FROM label WHERE name = 'Person') OR n.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person')))),
m(id, n) AS (
  SELECT p.id,
         (SELECT count(*) FROM relationship r CROSS JOIN node o ON o.id = r.end_id
           WHERE r.start_id = p.id AND r.type_id = (SELECT id FROM relationship_type WHERE name = 'MET_WITH') AND (o.label_id = (SELECT id FROM label WHERE name = 'Person') OR o.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person'))))
       + (SELECT count(*) FROM relationship r CROSS JOIN node o ON o.id = r.start_id
           WHERE r.end_id = p.id AND r.type_id = (SELECT id FROM relationship_type WHERE name = 'MET_WITH') AND r.start_id <> r.end_id AND (o.label_id = (SELECT id FROM label WHERE name = 'Person') OR o.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person'))))
    FROM p)
SELECT coalesce(n.name, json_extract(n.props, '$.name')) AS name, sum(m.n) AS meetings
  FROM m CROSS JOIN node n ON n.id = m.id
 GROUP BY coalesce(n.name, json_extract(n.props, '$.name'))
 ORDER BY meetings DESC, name
 LIMIT 10;

-- @id e04_country_officials_met
WITH p(id) AS (
  SELECT r.end_id FROM node x CROSS JOIN relationship r ON r.start_id = x.id AND r.type_id = (SELECT id FROM relationship_type WHERE name = 'MET_WITH')
   WHERE x.name = 'Xi Jinping' AND 1 AND (x.label_id = (SELECT id FROM label WHERE name = 'Person') OR x.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person')))
  UNION
  SELECT r.start_id FROM node x CROSS JOIN relationship r ON r.end_id = x.id AND r.type_id = (SELECT id FROM relationship_type WHERE name = 'MET_WITH')
   WHERE x.name = 'Xi Jinping' AND 1 AND (x.label_id = (SELECT id FROM label WHERE name = 'Person') OR x.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person'))))
SELECT DISTINCT coalesce(pn.name, json_extract(pn.props, '$.name')) AS person, coalesce(o.name, json_extract(o.props, '$.name')) AS organization
  FROM p
  CROSS JOIN node pn ON pn.id = p.id
  CROSS JOIN relationship h ON h.start_id = p.id AND h.type_id = (SELECT id FROM relationship_type WHERE name = 'HOLDS_ROLE')
  CROSS JOIN node o ON o.id = h.end_id
 WHERE (pn.label_id = (SELECT id FROM label WHERE name = 'Person') OR pn.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person'))) AND (o.label_id = (SELECT id FROM label WHERE name = 'Organization') OR o.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Organization'))) AND o.country = 'Kazakhstan' AND 1
 ORDER BY person, organization;

-- @id e05_person_meetings_in_range
SELECT coalesce(o.name, json_extract(o.props, '$.name')) AS name, coalesce(r.date, json_extract(r.props, '$.date')) AS date
  FROM node x
  CROSS JOIN relationship r ON r.start_id = x.id AND r.type_id = (SELECT id FROM relationship_type WHERE name = 'MET_WITH')
  CROSS JOIN node o ON o.id = r.end_id
 WHERE x.name = 'Li Qiang' AND 1 AND (x.label_id = (SELECT id FROM label WHERE name = 'Person') OR x.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person'))) AND (o.label_id = (SELECT id FROM label WHERE name = 'Person') OR o.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person')))
   AND +r.date >= '2020-01-01' AND +r.date < '2021-01-01' AND 1
UNION ALL
SELECT coalesce(o.name, json_extract(o.props, '$.name')), coalesce(r.date, json_extract(r.props, '$.date'))
  FROM node x
  CROSS JOIN relationship r ON r.end_id = x.id AND r.type_id = (SELECT id FROM relationship_type WHERE name = 'MET_WITH')
  CROSS JOIN node o ON o.id = r.start_id
 WHERE x.name = 'Li Qiang' AND 1 AND (x.label_id = (SELECT id FROM label WHERE name = 'Person') OR x.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person'))) AND (o.label_id = (SELECT id FROM label WHERE name = 'Person') OR o.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person')))
   AND +r.date >= '2020-01-01' AND +r.date < '2021-01-01' AND 1
   AND r.start_id <> r.end_id
 ORDER BY date, name;

-- @id e06_country_people_count
SELECT count(*) AS people
  FROM node n
 WHERE n.country = 'Kazakhstan' AND 1 AND (n.label_id = (SELECT id FROM label WHERE name = 'Person') OR n.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person')));

-- @id e07_country_agreements_in_year
SELECT partner, count(*) AS agreements FROM (
  SELECT coalesce(o.name, json_extract(o.props, '$.name')) AS partner
    FROM node x
    CROSS JOIN relationship r ON r.start_id = x.id AND r.type_id = (SELECT id FROM relationship_type WHERE name = 'AGREED')
    CROSS JOIN node o ON o.id = r.end_id
   WHERE x.name = 'China' AND 1 AND (x.label_id = (SELECT id FROM label WHERE name = 'Country') OR x.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Country'))) AND (o.label_id = (SELECT id FROM label WHERE name = 'Country') OR o.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Country')))
     AND instr(r.date, '2022') = 1 AND 1
  UNION ALL
  SELECT coalesce(o.name, json_extract(o.props, '$.name'))
    FROM node x
    CROSS JOIN relationship r ON r.end_id = x.id AND r.type_id = (SELECT id FROM relationship_type WHERE name = 'AGREED')
    CROSS JOIN node o ON o.id = r.start_id
   WHERE x.name = 'China' AND 1 AND (x.label_id = (SELECT id FROM label WHERE name = 'Country') OR x.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Country'))) AND (o.label_id = (SELECT id FROM label WHERE name = 'Country') OR o.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Country')))
     AND instr(r.date, '2022') = 1 AND 1 AND r.start_id <> r.end_id)
 GROUP BY partner
 ORDER BY agreements DESC, partner
 LIMIT 10;

-- @id e08_meeting_places
SELECT place, count(*) AS meetings FROM (
  SELECT json_extract(r.props, '$.place') AS place
    FROM node x
    CROSS JOIN relationship r ON r.start_id = x.id AND r.type_id = (SELECT id FROM relationship_type WHERE name = 'MET_WITH')
    CROSS JOIN node o ON o.id = r.end_id
   WHERE x.name = 'Xi Jinping' AND 1 AND (x.label_id = (SELECT id FROM label WHERE name = 'Person') OR x.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person'))) AND (o.label_id = (SELECT id FROM label WHERE name = 'Person') OR o.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person')))
  UNION ALL
  SELECT json_extract(r.props, '$.place')
    FROM node x
    CROSS JOIN relationship r ON r.end_id = x.id AND r.type_id = (SELECT id FROM relationship_type WHERE name = 'MET_WITH')
    CROSS JOIN node o ON o.id = r.start_id
   WHERE x.name = 'Xi Jinping' AND 1 AND (x.label_id = (SELECT id FROM label WHERE name = 'Person') OR x.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person'))) AND (o.label_id = (SELECT id FROM label WHERE name = 'Person') OR o.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person')))
     AND r.start_id <> r.end_id)
 GROUP BY place
 ORDER BY meetings DESC, place
 LIMIT 5;
