-- Hand-written SQLite SQL for each query of ../shared/bench/queries.cypher (same @id), over
-- Bilat's Storage v2 schema (Schema/003_storage_v2.sql to 006, docs/storage-v2.md):
--   node(id, label_id, name, country, props)    label_id = first label's id in `label`; name, country strings only
--   node_extra_label(node_id, label_id)         the other labels
--   relationship(id, type_id, start_id, end_id, date, props)
-- Generated from ../layouts/queries-v2.sql with its `hybrid` macros (layouts.py `expand`), the
-- SQL the design record measured: every label checked, typed comparisons, undirected patterns as
-- two directions, unary + on the filters of a relationship reached from a bound endpoint.
-- This is the reference the benchmark holds Bilat's Cypher engine to, on the same connection.
-- Each statement ends with ';' at the end of a line.

-- @id q01_who_met_person
SELECT coalesce(o.name, json_extract(o.props, '$.name')) AS name
  FROM node x
  CROSS JOIN relationship r ON r.start_id = x.id AND r.type_id = (SELECT id FROM relationship_type WHERE name = 'MET_WITH')
  CROSS JOIN node o ON o.id = r.end_id
 WHERE x.name = 'Alikhan Smailov' AND 1 AND (x.label_id = (SELECT id FROM label WHERE name = 'Person') OR x.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person'))) AND (o.label_id = (SELECT id FROM label WHERE name = 'Person') OR o.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person')))
UNION
SELECT coalesce(o.name, json_extract(o.props, '$.name'))
  FROM node x
  CROSS JOIN relationship r ON r.end_id = x.id AND r.type_id = (SELECT id FROM relationship_type WHERE name = 'MET_WITH')
  CROSS JOIN node o ON o.id = r.start_id
 WHERE x.name = 'Alikhan Smailov' AND 1 AND (x.label_id = (SELECT id FROM label WHERE name = 'Person') OR x.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person'))) AND (o.label_id = (SELECT id FROM label WHERE name = 'Person') OR o.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person')))
 ORDER BY name;

-- @id q02_meetings_in_date_range
SELECT coalesce(a.name, json_extract(a.props, '$.name')) AS a_name, coalesce(b.name, json_extract(b.props, '$.name')) AS b_name, coalesce(r.date, json_extract(r.props, '$.date')) AS date
  FROM relationship r
  CROSS JOIN node a ON a.id = r.start_id
  CROSS JOIN node b ON b.id = r.end_id
 WHERE r.type_id = (SELECT id FROM relationship_type WHERE name = 'MET_WITH') AND r.date >= '2023-01-01' AND r.date <= '2023-03-31' AND 1
   AND (a.label_id = (SELECT id FROM label WHERE name = 'Person') OR a.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person'))) AND (b.label_id = (SELECT id FROM label WHERE name = 'Person') OR b.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person')))
 ORDER BY date, a_name, b_name;

-- @id q03_two_hop_count
WITH n1(id) AS (
  SELECT r.end_id FROM node x CROSS JOIN relationship r ON r.start_id = x.id AND r.type_id = (SELECT id FROM relationship_type WHERE name = 'MET_WITH')
   WHERE x.name = 'Kassym-Jomart Tokayev' AND 1 AND (x.label_id = (SELECT id FROM label WHERE name = 'Person') OR x.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person')))
  UNION
  SELECT r.start_id FROM node x CROSS JOIN relationship r ON r.end_id = x.id AND r.type_id = (SELECT id FROM relationship_type WHERE name = 'MET_WITH')
   WHERE x.name = 'Kassym-Jomart Tokayev' AND 1 AND (x.label_id = (SELECT id FROM label WHERE name = 'Person') OR x.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person')))),
m(id) AS (SELECT n1.id FROM n1 CROSS JOIN node n ON n.id = n1.id WHERE (n.label_id = (SELECT id FROM label WHERE name = 'Person') OR n.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person')))),
n2(id) AS (
  SELECT r.end_id FROM m CROSS JOIN relationship r ON r.start_id = m.id AND r.type_id = (SELECT id FROM relationship_type WHERE name = 'MET_WITH')
  UNION
  SELECT r.start_id FROM m CROSS JOIN relationship r ON r.end_id = m.id AND r.type_id = (SELECT id FROM relationship_type WHERE name = 'MET_WITH'))
SELECT count(*) AS reachable
  FROM n2 CROSS JOIN node b ON b.id = n2.id
 WHERE (b.label_id = (SELECT id FROM label WHERE name = 'Person') OR b.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person'))) AND coalesce(b.name, json_extract(b.props, '$.name')) IS NOT NULL
   AND NOT (b.name = 'Kassym-Jomart Tokayev' AND 1);

-- @id q04_projects_per_sector
SELECT coalesce(s.name, json_extract(s.props, '$.name')) AS sector, count(*) AS projects
  FROM relationship r
  CROSS JOIN node p ON p.id = r.start_id
  CROSS JOIN node s ON s.id = r.end_id
 WHERE r.type_id = (SELECT id FROM relationship_type WHERE name = 'IN_SECTOR') AND (p.label_id = (SELECT id FROM label WHERE name = 'Project') OR p.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Project'))) AND (s.label_id = (SELECT id FROM label WHERE name = 'Sector') OR s.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Sector')))
 GROUP BY coalesce(s.name, json_extract(s.props, '$.name'))
 ORDER BY projects DESC, sector;

-- @id q05_country_pair_meetings
SELECT (SELECT count(*) FROM node a
          CROSS JOIN relationship r ON r.start_id = a.id AND r.type_id = (SELECT id FROM relationship_type WHERE name = 'MET_WITH')
          CROSS JOIN node b ON b.id = r.end_id
         WHERE a.country = 'Kazakhstan' AND 1 AND (a.label_id = (SELECT id FROM label WHERE name = 'Person') OR a.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person')))
           AND b.country = 'China' AND 1 AND (b.label_id = (SELECT id FROM label WHERE name = 'Person') OR b.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person'))))
     + (SELECT count(*) FROM node a
          CROSS JOIN relationship r ON r.end_id = a.id AND r.type_id = (SELECT id FROM relationship_type WHERE name = 'MET_WITH')
          CROSS JOIN node b ON b.id = r.start_id
         WHERE a.country = 'Kazakhstan' AND 1 AND (a.label_id = (SELECT id FROM label WHERE name = 'Person') OR a.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person')))
           AND b.country = 'China' AND 1 AND (b.label_id = (SELECT id FROM label WHERE name = 'Person') OR b.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person')))
           AND r.start_id <> r.end_id)
       AS meetings;

-- @id q06_varlen_1_3_reachable
WITH RECURSIVE x(id) AS (
  SELECT a.id FROM node a WHERE a.name = 'Alikhan Smailov' AND 1 AND (a.label_id = (SELECT id FROM label WHERE name = 'Person') OR a.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person')))),
r(id, d) AS (
  SELECT id, 0 FROM x
  UNION SELECT e.end_id, r.d + 1 FROM r JOIN relationship e ON e.start_id = r.id AND e.type_id = (SELECT id FROM relationship_type WHERE name = 'MET_WITH') WHERE r.d < 3
  UNION SELECT e.start_id, r.d + 1 FROM r JOIN relationship e ON e.end_id = r.id AND e.type_id = (SELECT id FROM relationship_type WHERE name = 'MET_WITH') WHERE r.d < 3)
SELECT count(DISTINCT r.id) AS reachable
  FROM r CROSS JOIN node b ON b.id = r.id
 WHERE r.d >= 1 AND (b.label_id = (SELECT id FROM label WHERE name = 'Person') OR b.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person'))) AND coalesce(b.name, json_extract(b.props, '$.name')) IS NOT NULL
   AND NOT (b.name = 'Alikhan Smailov' AND 1);

-- @id q07_top10_most_met
WITH person(id) AS MATERIALIZED (SELECT n.id FROM node n WHERE (n.label_id = (SELECT id FROM label WHERE name = 'Person') OR n.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person')))),
c(id, c) AS (
  SELECT r.start_id, count(*) FROM relationship r INDEXED BY relationship_out
   WHERE +r.type_id = (SELECT id FROM relationship_type WHERE name = 'MET_WITH') AND +r.start_id IN person AND +r.end_id IN person GROUP BY r.start_id
  UNION ALL
  SELECT r.end_id, count(*) FROM relationship r INDEXED BY relationship_in
   WHERE +r.type_id = (SELECT id FROM relationship_type WHERE name = 'MET_WITH') AND +r.start_id IN person AND +r.end_id IN person
     AND r.start_id <> r.end_id GROUP BY r.end_id)
SELECT coalesce(n.name, json_extract(n.props, '$.name')) AS name, sum(c.c) AS meetings
  FROM c CROSS JOIN node n ON n.id = c.id
 GROUP BY coalesce(n.name, json_extract(n.props, '$.name'))
 ORDER BY meetings DESC, name
 LIMIT 10;

-- @id q08_agreements_between_countries
SELECT coalesce(r.date, json_extract(r.props, '$.date')) AS date, json_extract(r.props, '$.about') AS about
  FROM node a CROSS JOIN node b
  CROSS JOIN relationship r ON r.start_id = a.id AND r.type_id = (SELECT id FROM relationship_type WHERE name = 'AGREED') AND r.end_id = b.id
 WHERE a.name = 'Kazakhstan' AND 1 AND (a.label_id = (SELECT id FROM label WHERE name = 'Country') OR a.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Country')))
   AND b.name = 'China' AND 1 AND (b.label_id = (SELECT id FROM label WHERE name = 'Country') OR b.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Country')))
UNION ALL
SELECT coalesce(r.date, json_extract(r.props, '$.date')), json_extract(r.props, '$.about')
  FROM node a CROSS JOIN node b
  CROSS JOIN relationship r ON r.end_id = a.id AND r.type_id = (SELECT id FROM relationship_type WHERE name = 'AGREED') AND r.start_id = b.id
 WHERE a.name = 'Kazakhstan' AND 1 AND (a.label_id = (SELECT id FROM label WHERE name = 'Country') OR a.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Country')))
   AND b.name = 'China' AND 1 AND (b.label_id = (SELECT id FROM label WHERE name = 'Country') OR b.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Country'))) AND r.start_id <> r.end_id
 ORDER BY date, about;

-- @id q09_shortest_path
WITH RECURSIVE s(id) AS (
  SELECT n.id FROM node n WHERE n.name = 'Xi Jinping' AND 1 AND (n.label_id = (SELECT id FROM label WHERE name = 'Person') OR n.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person')))),
t(id) AS (
  SELECT n.id FROM node n WHERE n.name = 'Dana Iskakova' AND 1 AND (n.label_id = (SELECT id FROM label WHERE name = 'Person') OR n.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person')))),
r(id, d, hit) AS (
  SELECT id, 0, 0 FROM s
  UNION SELECT e.end_id, r.d + 1, e.end_id = (SELECT id FROM t) FROM r
          CROSS JOIN relationship e ON e.start_id = r.id AND e.type_id = (SELECT id FROM relationship_type WHERE name = 'MET_WITH') WHERE r.d < 6
  UNION SELECT e.start_id, r.d + 1, e.start_id = (SELECT id FROM t) FROM r
          CROSS JOIN relationship e ON e.end_id = r.id AND e.type_id = (SELECT id FROM relationship_type WHERE name = 'MET_WITH') WHERE r.d < 6
  ORDER BY 3 DESC, 2)
SELECT d AS hops FROM r WHERE hit LIMIT 1;

-- @id q10_orgs_of_contacts
WITH p(id) AS (
  SELECT r.end_id FROM node x CROSS JOIN relationship r ON r.start_id = x.id AND r.type_id = (SELECT id FROM relationship_type WHERE name = 'MET_WITH')
   WHERE x.name = 'Xi Jinping' AND 1 AND (x.label_id = (SELECT id FROM label WHERE name = 'Person') OR x.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person')))
  UNION
  SELECT r.start_id FROM node x CROSS JOIN relationship r ON r.end_id = x.id AND r.type_id = (SELECT id FROM relationship_type WHERE name = 'MET_WITH')
   WHERE x.name = 'Xi Jinping' AND 1 AND (x.label_id = (SELECT id FROM label WHERE name = 'Person') OR x.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person'))))
SELECT coalesce(o.name, json_extract(o.props, '$.name')) AS org, count(DISTINCT p.id) AS people
  FROM p
  CROSS JOIN node pn ON pn.id = p.id
  CROSS JOIN relationship h ON h.start_id = p.id AND h.type_id = (SELECT id FROM relationship_type WHERE name = 'HOLDS_ROLE')
  CROSS JOIN node o ON o.id = h.end_id
 WHERE (pn.label_id = (SELECT id FROM label WHERE name = 'Person') OR pn.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person'))) AND (o.label_id = (SELECT id FROM label WHERE name = 'Organization') OR o.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Organization')))
 GROUP BY coalesce(o.name, json_extract(o.props, '$.name'))
 ORDER BY people DESC, org
 LIMIT 10;

-- @id q11_point_lookup
SELECT json_extract(n.props, '$.id') AS id, coalesce(n.name, json_extract(n.props, '$.name')) AS name, coalesce(n.country, json_extract(n.props, '$.country')) AS country
  FROM node n
 WHERE n.name = 'Kassym-Jomart Tokayev' AND 1 AND (n.label_id = (SELECT id FROM label WHERE name = 'Person') OR n.id IN (SELECT node_id FROM node_extra_label WHERE label_id = (SELECT id FROM label WHERE name = 'Person')));
