-- What ingest-service's cleaning removed or repaired, and how the bytes were decoded, as the enriched event carried it
-- (CleaningReport JSON: {charset, charsetConfidence, removed: [{kind, text}]}). Null when the event carried none:
-- articles stored before this column, or sent by producers that predate the report.
ALTER TABLE article ADD COLUMN cleaning jsonb;
