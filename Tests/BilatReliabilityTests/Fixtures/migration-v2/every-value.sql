-- Rows for a schema-2 database (Schema/001 and 002 applied first) holding every value type,
-- for StorageV2MigrationTests; every-value.export.json is `bilat export json` of it as the
-- schema-2 bilat (before Storage v2) wrote it.
INSERT INTO node(id) VALUES (1), (2), (3), (4);
-- 0, 1 and 3 labels (node 1 none, node 4 one)
INSERT INTO node_label(node_id, label) VALUES (2, 'Person'), (3, 'Agency'), (3, 'Country'), (3, 'Zone'), (4, 'City');
INSERT INTO node_property(node_id, key, value, value_type) VALUES
  (1, 'name', 'Ai' || char(0) || 'gerim', 'string'),
  (1, 'note', 'x' || char(0) || 'y "quoted" \ back', 'string'),
  (1, 'ok', 1, 'boolean'),
  (1, 'no', 0, 'boolean'),
  (1, 'two', 2.0, 'float'),
  (1, 'sum', 0.30000000000000004, 'float'),
  (1, 'big', 1.5e300, 'float'),
  (1, 'inf', 9e999, 'float'),
  (1, 'ninf', -9e999, 'float'),
  (1, 'count', 42, 'integer'),
  (1, 'negative', -9223372036854775808, 'integer'),
  (1, 'list', '[1,"a\u0000b",2.5,true,null,[]]', 'list'),
  (1, 'map', '{"k":"v","n":{"x":1}}', 'map'),
  (1, 'dotted.key', 'dot', 'string'),
  (1, 'emoji 🇰🇿', 'flag', 'string'),
  (2, 'name', 7, 'integer'),
  (2, 'country', 'KZ', 'string'),
  (2, 'title', 'Minister', 'string'),
  (3, 'name', 'Kazakhstan', 'string'),
  (3, 'country', 'Kazakh' || char(0) || 'stan', 'string'),
  (4, 'name', '', 'string'),
  (4, 'country', 1.0, 'float');
INSERT INTO relationship(id, type, start_id, end_id) VALUES (1, 'MET_WITH', 1, 2), (2, 'LOCATED_IN', 2, 3),
  (3, 'AGREED', 3, 1), (4, 'MET_WITH', 2, 2);
INSERT INTO relationship_property(relationship_id, key, value, value_type) VALUES
  (1, 'date', '2024-05-01', 'string'),
  (1, 'place', 'As' || char(0) || 'tana', 'string'),
  (2, 'weight', 0.5, 'float'),
  (2, 'direct', 0, 'boolean'),
  (3, 'date', 2024, 'integer'),
  (3, 'about', 'trade', 'string');
INSERT INTO alias(node_id, surface, key, folded_key) VALUES (1, 'Aigerim', 'aigerim', 'aigerim'), (3, 'KZ', 'kz', 'kz');
INSERT INTO article(id, source, title, content_hash, text, node_id, extractor_version)
VALUES (1, 'talks.txt', 'Talks', 'h1', 'Aigerim met Bolat in Astana.', NULL, 6);
INSERT INTO evidence(article_id, node_id, relationship_id, sentence_index, sentence, start_offset, end_offset, rule)
VALUES (1, 1, NULL, 0, 'Aigerim met Bolat in Astana.', 0, 7, 'test'),
       (1, NULL, 1, 0, 'Aigerim met Bolat in Astana.', 0, 27, 'test');
