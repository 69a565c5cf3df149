-- Bilat property graph, version 7: an exact summary of the labels at each end of each
-- relationship type (docs/storage-v2.md, "Version 7"), so that a query can skip a label test
-- the data implies: when every MET_WITH relationship ends at a Person, `(:Person)-[:MET_WITH]->`
-- needs no test of the far end's label (the shared benchmark's hand SQL leaves such tests out).
--
-- One row per (relationship type, side, label): `count` is how many relationships of that type
-- have, at that side (0: start node, 1: end node), a node with that label; the row with
-- `label_id = 0` and `side = 0` counts all relationships of the type. A label test on that side
-- is implied when its count equals the total. Kept exact by the triggers below in the writer's
-- own transaction, whichever writer it is (ingest, Cypher CREATE/SET/REMOVE/DELETE, `bilat
-- create`, article replacement); a bulk import drops them for its load, adds the counts of what
-- it wrote and recreates them in its transaction (GraphImporter). A later migration that
-- rebuilds `node`, `node_extra_label` or `relationship` must recreate these triggers.
CREATE TABLE relationship_endpoint_label (
  type_id  INTEGER NOT NULL,
  side     INTEGER NOT NULL CHECK (side IN (0, 1)),
  label_id INTEGER NOT NULL,  -- 0: every relationship of the type (side 0 only)
  count    INTEGER NOT NULL,
  PRIMARY KEY (type_id, side, label_id)
) WITHOUT ROWID;

WITH labelled(node_id, label_id) AS (
  SELECT id, label_id FROM node WHERE label_id IS NOT NULL
  UNION ALL SELECT node_id, label_id FROM node_extra_label)
INSERT INTO relationship_endpoint_label(type_id, side, label_id, count)
SELECT type_id, 0, 0, count(*) FROM relationship GROUP BY type_id
UNION ALL
SELECT r.type_id, 0, l.label_id, count(*) FROM relationship r JOIN labelled l ON l.node_id = r.start_id
GROUP BY r.type_id, l.label_id
UNION ALL
SELECT r.type_id, 1, l.label_id, count(*) FROM relationship r JOIN labelled l ON l.node_id = r.end_id
GROUP BY r.type_id, l.label_id;

-- A relationship adds one to its type's total and to each label of each end.
CREATE TRIGGER relationship_endpoint_label_insert AFTER INSERT ON relationship
BEGIN
  INSERT INTO relationship_endpoint_label(type_id, side, label_id, count)
  SELECT NEW.type_id, 0, 0, 1
  UNION ALL SELECT NEW.type_id, 0, label_id, 1 FROM node WHERE id = NEW.start_id AND label_id IS NOT NULL
  UNION ALL SELECT NEW.type_id, 0, label_id, 1 FROM node_extra_label WHERE node_id = NEW.start_id
  UNION ALL SELECT NEW.type_id, 1, label_id, 1 FROM node WHERE id = NEW.end_id AND label_id IS NOT NULL
  UNION ALL SELECT NEW.type_id, 1, label_id, 1 FROM node_extra_label WHERE node_id = NEW.end_id
  ON CONFLICT (type_id, side, label_id) DO UPDATE SET count = count + excluded.count;
END;

-- Removed, it takes them back, reading the labels its ends still have (a node's relationships
-- go before the node: relationship_endpoint_label_node_delete).
CREATE TRIGGER relationship_endpoint_label_delete AFTER DELETE ON relationship
BEGIN
  UPDATE relationship_endpoint_label SET count = count - 1
  WHERE type_id = OLD.type_id AND (
    (side = 0 AND (label_id = 0 OR label_id IN (
      SELECT label_id FROM node WHERE id = OLD.start_id
      UNION ALL SELECT label_id FROM node_extra_label WHERE node_id = OLD.start_id)))
    OR (side = 1 AND label_id IN (
      SELECT label_id FROM node WHERE id = OLD.end_id
      UNION ALL SELECT label_id FROM node_extra_label WHERE node_id = OLD.end_id)));
END;

-- A relationship's type and ends never change (Cypher has no way to change them; no writer
-- does): an UPDATE that tries is refused rather than leaving the counts wrong.
CREATE TRIGGER relationship_endpoint_label_fixed_ends BEFORE UPDATE OF type_id, start_id, end_id ON relationship
WHEN OLD.type_id IS NOT NEW.type_id OR OLD.start_id IS NOT NEW.start_id OR OLD.end_id IS NOT NEW.end_id
BEGIN
  SELECT RAISE(ABORT, 'a relationship''s type and ends do not change: delete it and create another');
END;

-- A node's relationships are deleted before the node (the foreign keys would cascade them
-- after it, when its labels can no longer be read). Cypher refuses a plain DELETE of a node
-- that has relationships before it gets here; DETACH DELETE and article replacement remove
-- them first, so this only changes the order of the cascade.
CREATE TRIGGER relationship_endpoint_label_node_delete BEFORE DELETE ON node
BEGIN
  DELETE FROM relationship WHERE start_id = OLD.id;
  DELETE FROM relationship WHERE end_id = OLD.id;
END;

-- A node's first label changed (``GraphDatabase/addLabel``): its relationships move from the
-- old label's counts to the new one's.
CREATE TRIGGER relationship_endpoint_label_relabel AFTER UPDATE OF label_id ON node
WHEN OLD.label_id IS NOT NEW.label_id
BEGIN
  UPDATE relationship_endpoint_label
  SET count = count - (SELECT count(*) FROM relationship r
                       WHERE r.start_id = OLD.id AND r.type_id = relationship_endpoint_label.type_id)
  WHERE side = 0 AND label_id = OLD.label_id;
  UPDATE relationship_endpoint_label
  SET count = count - (SELECT count(*) FROM relationship r
                       WHERE r.end_id = OLD.id AND r.type_id = relationship_endpoint_label.type_id)
  WHERE side = 1 AND label_id = OLD.label_id;
  INSERT INTO relationship_endpoint_label(type_id, side, label_id, count)
  SELECT type_id, 0, NEW.label_id, count(*) FROM relationship WHERE start_id = NEW.id AND NEW.label_id IS NOT NULL
  GROUP BY type_id
  UNION ALL
  SELECT type_id, 1, NEW.label_id, count(*) FROM relationship WHERE end_id = NEW.id AND NEW.label_id IS NOT NULL
  GROUP BY type_id
  ON CONFLICT (type_id, side, label_id) DO UPDATE SET count = count + excluded.count;
END;

-- A further label added to or removed from a node, likewise.
CREATE TRIGGER relationship_endpoint_label_extra_insert AFTER INSERT ON node_extra_label
BEGIN
  INSERT INTO relationship_endpoint_label(type_id, side, label_id, count)
  SELECT type_id, 0, NEW.label_id, count(*) FROM relationship WHERE start_id = NEW.node_id GROUP BY type_id
  UNION ALL
  SELECT type_id, 1, NEW.label_id, count(*) FROM relationship WHERE end_id = NEW.node_id GROUP BY type_id
  ON CONFLICT (type_id, side, label_id) DO UPDATE SET count = count + excluded.count;
END;

CREATE TRIGGER relationship_endpoint_label_extra_delete AFTER DELETE ON node_extra_label
BEGIN
  UPDATE relationship_endpoint_label
  SET count = count - (SELECT count(*) FROM relationship r
                       WHERE r.start_id = OLD.node_id AND r.type_id = relationship_endpoint_label.type_id)
  WHERE side = 0 AND label_id = OLD.label_id;
  UPDATE relationship_endpoint_label
  SET count = count - (SELECT count(*) FROM relationship r
                       WHERE r.end_id = OLD.node_id AND r.type_id = relationship_endpoint_label.type_id)
  WHERE side = 1 AND label_id = OLD.label_id;
END;
