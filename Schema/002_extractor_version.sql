-- The version of the extractor that read each article (`Extractor.version`). Articles stored
-- before this column existed have NULL: they are read again on their next ingest, as are
-- articles read by an older version.
ALTER TABLE article ADD COLUMN extractor_version INTEGER;
