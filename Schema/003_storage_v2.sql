-- Bilat property graph, version 3 (Storage v2, docs/storage-v2.md): one row per node and per
-- relationship. Hot keys are real columns that hold string values only; a hot key's
-- non-string value and every other property are in `props`, a JSON object with its keys in
-- sorted order (a null property is an absent key). Types in JSON: string, integer, real
-- (written with a '.' or an exponent), true/false, array (list), object (map); +-Infinity as
-- 9e999 / -9e999 (SQLite reads them back as +-Inf).
--
-- Applied by the migrator in the IMMEDIATE transaction that runs every pending file, with
-- PRAGMA foreign_keys off (it cannot change inside a transaction) and a foreign_key_check
-- before the commit. alias, article, evidence and article_fts are kept as they are: their
-- foreign keys name `node` and `relationship`, which resolve to the new tables.
CREATE TABLE node_v3 (
  id      INTEGER PRIMARY KEY,
  label   TEXT,                  -- first label in sorted order; NULL = no label
  name    CHECK (typeof(name) = 'text' OR name IS NULL),
  country CHECK (typeof(country) = 'text' OR country IS NULL),
  props   TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE node_extra_label (  -- the second and further labels
  node_id INTEGER NOT NULL REFERENCES node(id) ON DELETE CASCADE,
  label   TEXT    NOT NULL,
  PRIMARY KEY (node_id, label)
) WITHOUT ROWID;
CREATE TABLE relationship_v3 (
  id       INTEGER PRIMARY KEY,
  type     TEXT    NOT NULL,
  start_id INTEGER NOT NULL REFERENCES node(id) ON DELETE CASCADE,
  end_id   INTEGER NOT NULL REFERENCES node(id) ON DELETE CASCADE,
  date     CHECK (typeof(date) = 'text' OR date IS NULL),
  props    TEXT    NOT NULL DEFAULT '{}'
);

-- A v1 property row as a JSON value: floats with 17 significant digits (json_group_object
-- would print 15, and `Inf` for an infinite one), booleans and lists/maps as JSON.
INSERT INTO node_v3(id, label, name, country, props)
SELECT n.id,
  (SELECT min(label) FROM node_label WHERE node_id = n.id),
  (SELECT value FROM node_property WHERE node_id = n.id AND key = 'name' AND value_type = 'string'),
  (SELECT value FROM node_property WHERE node_id = n.id AND key = 'country' AND value_type = 'string'),
  coalesce((SELECT json_group_object(key, CASE value_type
      WHEN 'boolean' THEN json(iif(value, 'true', 'false'))
      WHEN 'list' THEN json(value)
      WHEN 'map' THEN json(value)
      WHEN 'float' THEN json(iif(abs(value) > 1.7976931348623157e308, iif(value > 0, '9e999', '-9e999'),
                                 printf('%!.17g', value)))
      ELSE value END)
    FROM node_property
    WHERE node_id = n.id AND NOT (key IN ('name', 'country') AND value_type = 'string')), '{}')
FROM node n;

INSERT INTO node_extra_label(node_id, label)
SELECT node_id, label FROM node_label l
WHERE label > (SELECT min(label) FROM node_label WHERE node_id = l.node_id);

INSERT INTO relationship_v3(id, type, start_id, end_id, date, props)
SELECT r.id, r.type, r.start_id, r.end_id,
  (SELECT value FROM relationship_property WHERE relationship_id = r.id AND key = 'date' AND value_type = 'string'),
  coalesce((SELECT json_group_object(key, CASE value_type
      WHEN 'boolean' THEN json(iif(value, 'true', 'false'))
      WHEN 'list' THEN json(value)
      WHEN 'map' THEN json(value)
      WHEN 'float' THEN json(iif(abs(value) > 1.7976931348623157e308, iif(value > 0, '9e999', '-9e999'),
                                 printf('%!.17g', value)))
      ELSE value END)
    FROM relationship_property
    WHERE relationship_id = r.id AND NOT (key = 'date' AND value_type = 'string')), '{}')
FROM relationship r;

DROP TABLE relationship_property;
DROP TABLE relationship;
DROP TABLE node_property;
DROP TABLE node_label;
DROP TABLE node;
ALTER TABLE node_v3 RENAME TO node;
ALTER TABLE relationship_v3 RENAME TO relationship;

CREATE INDEX node_by_label ON node(label);
-- Anchors by name or country; each covers the label test.
CREATE INDEX node_by_name ON node(name, label);
CREATE INDEX node_by_country ON node(country, label);
CREATE INDEX node_extra_label_by_label ON node_extra_label(label, node_id);
-- Covering indexes for anchored traversal in both directions by type.
CREATE INDEX relationship_out ON relationship(start_id, type, end_id);
CREATE INDEX relationship_in  ON relationship(end_id, type, start_id);
-- Relationships of a type, and date ranges within one.
CREATE INDEX relationship_by_date ON relationship(type, date);
