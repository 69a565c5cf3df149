-- Bilat property graph, version 1.
-- Applied once, in a transaction, by the store's migrator; PRAGMA user_version records it.
-- Every table is documented in README.md ("The database").

-- Nodes: identity only; labels and properties live in their own tables so that any
-- label or property key works and each can be indexed.
CREATE TABLE node (
  id INTEGER PRIMARY KEY
);

CREATE TABLE node_label (
  node_id INTEGER NOT NULL REFERENCES node(id) ON DELETE CASCADE,
  label   TEXT    NOT NULL,
  PRIMARY KEY (node_id, label)
) WITHOUT ROWID;
-- Label scans: all nodes with a label.
CREATE INDEX node_label_by_label ON node_label(label, node_id);

-- Typed properties. `value` holds text, integer and real values natively; booleans are
-- stored as 0/1 and lists/maps as JSON text, told apart by `value_type`.
-- A null property is simply absent, as in Cypher. The CHECKs are written as OR chains: an
-- IN list there makes SQLite 3.40 build an ephemeral table on every insert (5x slower loads).
CREATE TABLE node_property (
  node_id    INTEGER NOT NULL REFERENCES node(id) ON DELETE CASCADE,
  key        TEXT    NOT NULL,
  value,      -- no declared type: BLOB affinity, values kept exactly as written
  value_type TEXT    NOT NULL CHECK (value_type = 'string' OR value_type = 'integer' OR value_type = 'float'
                                    OR value_type = 'boolean' OR value_type = 'list' OR value_type = 'map'),
  PRIMARY KEY (node_id, key)
) WITHOUT ROWID;
-- Lookup by property value (e.g. name), and key scans.
CREATE INDEX node_property_by_value ON node_property(key, value, node_id);

CREATE TABLE relationship (
  id       INTEGER PRIMARY KEY,
  type     TEXT    NOT NULL,
  start_id INTEGER NOT NULL REFERENCES node(id) ON DELETE CASCADE,
  end_id   INTEGER NOT NULL REFERENCES node(id) ON DELETE CASCADE
);
-- Covering indexes for anchored traversal in both directions by type.
CREATE INDEX relationship_out ON relationship(start_id, type, end_id);
CREATE INDEX relationship_in  ON relationship(end_id, type, start_id);
CREATE INDEX relationship_by_type ON relationship(type);

CREATE TABLE relationship_property (
  relationship_id INTEGER NOT NULL REFERENCES relationship(id) ON DELETE CASCADE,
  key             TEXT    NOT NULL,
  value,           -- no declared type: BLOB affinity
  value_type      TEXT    NOT NULL CHECK (value_type = 'string' OR value_type = 'integer' OR value_type = 'float'
                                    OR value_type = 'boolean' OR value_type = 'list' OR value_type = 'map'),
  PRIMARY KEY (relationship_id, key)
) WITHOUT ROWID;
-- Range scans on a property across relationships (e.g. date).
CREATE INDEX relationship_property_by_value ON relationship_property(key, value, relationship_id);

-- Every surface form seen for a node. `key` is the typography-folded form
-- (NameKey.normalized), `folded_key` the transliteration-folded one.
CREATE TABLE alias (
  node_id    INTEGER NOT NULL REFERENCES node(id) ON DELETE CASCADE,
  surface    TEXT    NOT NULL,
  key        TEXT    NOT NULL,
  folded_key TEXT    NOT NULL,
  PRIMARY KEY (node_id, surface)
) WITHOUT ROWID;
CREATE INDEX alias_by_key ON alias(key, node_id);
CREATE INDEX alias_by_folded_key ON alias(folded_key, node_id);

-- Source articles. `source` is the path or URL it was read from; `content_hash` is the
-- SHA-256 of the text, so the same text is stored once.
CREATE TABLE article (
  id           INTEGER PRIMARY KEY,
  source       TEXT    NOT NULL UNIQUE,
  title        TEXT,
  outlet       TEXT,
  published    TEXT,
  url          TEXT,
  content_hash TEXT    NOT NULL UNIQUE,
  text         TEXT    NOT NULL,
  node_id      INTEGER REFERENCES node(id) ON DELETE SET NULL,
  ingested_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- Provenance: which article, sentence and character span (UTF-16 offsets into
-- article.text, end exclusive) and which rule produced a node or relationship.
CREATE TABLE evidence (
  id              INTEGER PRIMARY KEY,
  article_id      INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
  node_id         INTEGER REFERENCES node(id) ON DELETE CASCADE,
  relationship_id INTEGER REFERENCES relationship(id) ON DELETE CASCADE,
  sentence_index  INTEGER NOT NULL,
  sentence        TEXT    NOT NULL,
  start_offset    INTEGER NOT NULL,
  end_offset      INTEGER NOT NULL,
  rule            TEXT    NOT NULL,
  confidence      REAL    NOT NULL DEFAULT 1.0 CHECK (confidence >= 0 AND confidence <= 1),
  CHECK ((node_id IS NULL) <> (relationship_id IS NULL)),
  CHECK (start_offset <= end_offset)
);
CREATE INDEX evidence_by_node ON evidence(node_id) WHERE node_id IS NOT NULL;
CREATE INDEX evidence_by_relationship ON evidence(relationship_id) WHERE relationship_id IS NOT NULL;
CREATE INDEX evidence_by_article ON evidence(article_id);

-- Full-text search over article text (external content, kept in sync by triggers).
CREATE VIRTUAL TABLE article_fts USING fts5(title, text, content='article', content_rowid='id');
CREATE TRIGGER article_fts_insert AFTER INSERT ON article BEGIN
  INSERT INTO article_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN
  INSERT INTO article_fts(article_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER article_fts_update AFTER UPDATE ON article BEGIN
  INSERT INTO article_fts(article_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO article_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
