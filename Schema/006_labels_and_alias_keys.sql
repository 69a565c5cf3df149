-- Bilat property graph, version 6: node labels as small integers and aliases without their
-- `key` column (docs/storage-v2.md, "Version 6"), for the large shared workload's file at
-- 1.5x the plain schema's.
--
-- A node's labels are ids in `label`, as relationship types are ids in `relationship_type`
-- (NameTable in BilatStore is the one place that knows both tables): `node.label_id` is the id
-- of its first label in the order of the names (NULL: no label), `node_extra_label.label_id`
-- the others. Writers register a label the first time they see it, in their own transaction; an
-- id never changes and a label is never removed.
--
-- An alias's `key` was NameKey.normalized(surface): a function of the row, now computed where it
-- is needed (the alias lookup checks it on the rows `alias_by_folded_key` finds, the folded key
-- being a function of it). Applied like 003 and 005: in the migrator's IMMEDIATE transaction
-- with foreign keys off (relationship, alias, article and evidence name `node`, replaced here)
-- and a foreign_key_check before the commit.
CREATE TABLE label (
  id   INTEGER PRIMARY KEY,
  name TEXT    NOT NULL UNIQUE
);
INSERT INTO label(name)
SELECT label FROM node WHERE label IS NOT NULL UNION SELECT label FROM node_extra_label ORDER BY 1;

CREATE TABLE node_v6 (
  id       INTEGER PRIMARY KEY,
  label_id INTEGER REFERENCES label(id),  -- first label in the order of the names; NULL = none
  name     CHECK (typeof(name) = 'text' OR name IS NULL),
  country  CHECK (typeof(country) = 'text' OR country IS NULL),
  props    TEXT NOT NULL DEFAULT '{}'
);
INSERT INTO node_v6(id, label_id, name, country, props)
SELECT n.id, l.id, n.name, n.country, n.props
FROM node n LEFT JOIN label l ON l.name = n.label
ORDER BY n.id;

CREATE TABLE node_extra_label_v6 (  -- the second and further labels
  node_id  INTEGER NOT NULL REFERENCES node(id) ON DELETE CASCADE,
  label_id INTEGER NOT NULL REFERENCES label(id),
  PRIMARY KEY (node_id, label_id)
) WITHOUT ROWID;
INSERT INTO node_extra_label_v6(node_id, label_id)
SELECT e.node_id, l.id FROM node_extra_label e JOIN label l ON l.name = e.label
ORDER BY e.node_id, l.id;

CREATE TABLE alias_v6 (
  node_id    INTEGER NOT NULL REFERENCES node(id) ON DELETE CASCADE,
  surface    TEXT    NOT NULL,
  folded_key TEXT    NOT NULL,  -- NameKey.transliterationFolded(surface)
  PRIMARY KEY (node_id, surface)
) WITHOUT ROWID;
INSERT INTO alias_v6(node_id, surface, folded_key)
SELECT node_id, surface, folded_key FROM alias ORDER BY node_id, surface;

DROP TABLE alias;
DROP TABLE node_extra_label;
DROP TABLE node;
ALTER TABLE node_v6 RENAME TO node;
ALTER TABLE node_extra_label_v6 RENAME TO node_extra_label;
ALTER TABLE alias_v6 RENAME TO alias;

CREATE INDEX node_by_label ON node(label_id);
-- Anchors by name or country; each covers the label test; only the nodes that have one.
CREATE INDEX node_by_name ON node(name, label_id) WHERE name IS NOT NULL;
CREATE INDEX node_by_country ON node(country, label_id) WHERE country IS NOT NULL;
CREATE INDEX node_extra_label_by_label ON node_extra_label(label_id, node_id);
CREATE INDEX alias_by_folded_key ON alias(folded_key, node_id);
