-- Bilat property graph, version 4: fewer and smaller index entries (docs/storage-v2.md,
-- "Version 4"). Tables and rows are those of version 3; only indexes change, so the migration
-- rewrites no row.
--
-- An alias's `folded_key` is a function of its `key` (NameKey.transliterationFolded folds the
-- normalized key), so every lookup by `key` is also a lookup by `folded_key`: the store looks up
-- `folded_key = fold(k) AND key = k` through alias_by_folded_key and checks `key` on the few rows
-- it finds. alias_by_key (key, node_id, and the primary key's surface) went unused.
DROP INDEX alias_by_key;

-- Anchors by name or country hold only the nodes that have one (the compiler looks them up with
-- `name = ?` / `country = ?`, which implies IS NOT NULL, so SQLite uses the partial index).
DROP INDEX node_by_name;
CREATE INDEX node_by_name ON node(name, label) WHERE name IS NOT NULL;
DROP INDEX node_by_country;
CREATE INDEX node_by_country ON node(country, label) WHERE country IS NOT NULL;
