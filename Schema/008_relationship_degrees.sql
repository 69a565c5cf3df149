-- Bilat property graph, version 8: each node's number of relationships per type
-- (docs/storage-v2.md, "Version 8"), so that a count over one hop grouped by a node is read
-- instead of computed (`MATCH (p:Person)-[:MET_WITH]-(:Person) RETURN p.name, count(*)`), as
-- Neo4j's count store answers it.
--
-- One row per (node, relationship type) the node has a relationship of: `start_count` counts
-- the relationships it starts whose end is another node, `end_count` those it ends whose start is
-- another node, `loop_count` its self-loops (each once). So `(a)-[:T]->()` counts
-- start_count + loop_count of `a`, `(a)<-[:T]-()` end_count + loop_count, and `(a)-[:T]-()` all
-- three: an undirected pattern matches a self-loop once, as openCypher says and as the
-- relationship join does (its reversed branch requires `start_id <> end_id`). A row whose counts
-- all fall to 0 is deleted: the table equals a GROUP BY over `relationship` at every commit.
-- Three counts in one row rather than one row per side: 314k rows instead of 407k on the large
-- workload, 4.2 MB instead of 5.0 (docs/storage-v2.md, "Version 8").
--
-- Kept exact by the triggers below in the writer's own transaction, whichever writer it is
-- (ingest, Cypher CREATE, `bilat create`, the store's deletes, article replacement). A node's
-- relationships are deleted before the node by Schema/007's `relationship_endpoint_label_node_delete`,
-- which fires these triggers, so a deleted node leaves no row; a relationship's type and ends
-- never change (007's `relationship_endpoint_label_fixed_ends` refuses it). A bulk import drops
-- these triggers for its load, counts in memory what it wrote and recreates them in its
-- transaction (GraphImporter, RelationshipDegrees.Counter). A later migration that rebuilds
-- `relationship` must recreate them.
CREATE TABLE relationship_degree (
  node_id     INTEGER NOT NULL,
  type_id     INTEGER NOT NULL,
  start_count INTEGER NOT NULL CHECK (start_count >= 0),
  end_count   INTEGER NOT NULL CHECK (end_count >= 0),
  loop_count  INTEGER NOT NULL CHECK (loop_count >= 0),
  PRIMARY KEY (node_id, type_id)
) WITHOUT ROWID;

INSERT INTO relationship_degree(node_id, type_id, start_count, end_count, loop_count)
SELECT node_id, type_id, sum(side = 0), sum(side = 1), sum(side = 2) FROM (
  SELECT start_id AS node_id, type_id, CASE WHEN start_id = end_id THEN 2 ELSE 0 END AS side FROM relationship
  UNION ALL
  SELECT end_id, type_id, 1 FROM relationship WHERE start_id <> end_id)
GROUP BY node_id, type_id;

-- A relationship adds one at its start (to loop_count for a self-loop) and one at its end.
CREATE TRIGGER relationship_degree_insert AFTER INSERT ON relationship
BEGIN
  INSERT INTO relationship_degree(node_id, type_id, start_count, end_count, loop_count)
  SELECT NEW.start_id, NEW.type_id, NEW.start_id <> NEW.end_id, 0, NEW.start_id = NEW.end_id WHERE true
  UNION ALL
  SELECT NEW.end_id, NEW.type_id, 0, 1, 0 WHERE NEW.start_id <> NEW.end_id
  ON CONFLICT (node_id, type_id) DO UPDATE SET
    start_count = start_count + excluded.start_count,
    end_count = end_count + excluded.end_count,
    loop_count = loop_count + excluded.loop_count;
END;

-- Removed, it takes them back, and a row left with no relationship goes. Each statement names
-- whole keys: primary-key lookups.
CREATE TRIGGER relationship_degree_delete AFTER DELETE ON relationship
BEGIN
  UPDATE relationship_degree
  SET start_count = start_count - (OLD.start_id <> OLD.end_id), loop_count = loop_count - (OLD.start_id = OLD.end_id)
  WHERE node_id = OLD.start_id AND type_id = OLD.type_id;
  UPDATE relationship_degree SET end_count = end_count - 1
  WHERE node_id = OLD.end_id AND type_id = OLD.type_id AND OLD.start_id <> OLD.end_id;
  DELETE FROM relationship_degree
  WHERE node_id IN (OLD.start_id, OLD.end_id) AND type_id = OLD.type_id
    AND start_count = 0 AND end_count = 0 AND loop_count = 0;
END;
